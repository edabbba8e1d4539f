package io.github.segmentkit.live;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.schema.AttributeBinding;
import io.github.segmentkit.api.schema.TagsBinding;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32C;
import org.roaringbitmap.RoaringBitmap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a {@link SnapshotState} in the format of {@code docs/live-snapshot-format.md}: to a temporary file in the
 * target's directory, forced to the disk, then renamed over the target in one atomic step, so that a crash leaves
 * either the previous file or the new one under the target's name, never a part of one.
 */
final class SnapshotFileWriter {
    private static final Logger log = LoggerFactory.getLogger(SnapshotFileWriter.class);

    private SnapshotFileWriter() {
    }

    static <T> void write(Path target, SnapshotState<T> state) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Path temporary = Files.createTempFile(directory, absolute.getFileName().toString() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                writeTo(out, state);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot replace " + absolute + " atomically (" + e.getMessage() + "): the"
                        + " snapshot is not written rather than risk a torn file under that name", e);
            }
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        forceDirectory(directory);
    }

    /** Makes the rename itself durable; some file systems cannot open a directory, where this is skipped. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            log.debug("could not force directory {} to the disk: {}", directory, e.toString());
        }
    }

    private static <T> void writeTo(OutputStream file, SnapshotState<T> state) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(file, 1 << 16));
        out.write(SnapshotFormat.MAGIC);
        out.writeInt(SnapshotFormat.VERSION);
        // one payload for every block, emptied after each: a block's bytes are written from its buffer, so that
        // saving allocates no byte array per block or per string (the buffers and the strings' bytes were about
        // 0.8 of the 1.3 KB a customer's saving allocated, measured at a million customers)
        Payload payload = new Payload();
        int blocks = 0;
        header(state, payload);
        writeBlock(out, SnapshotFormat.HEAD, payload);
        blocks++;
        int slots = state.ids().length;
        for (int first = 0; first < slots; first += SnapshotFormat.ROWS_PER_GROUP) {
            rows(state, first, Math.min(slots, first + SnapshotFormat.ROWS_PER_GROUP), payload);
            writeBlock(out, SnapshotFormat.ROWS, payload);
            blocks++;
        }
        for (int set = 0; set <= state.members().length; set++) {
            RoaringBitmap bits = set < state.members().length ? state.members()[set] : state.alive();
            bits.runOptimize();
            payload.data.writeInt(set);
            bits.serialize(payload.data);
            writeBlock(out, SnapshotFormat.MEMB, payload);
            blocks++;
        }
        payload.data.writeInt(blocks);
        writeBlock(out, SnapshotFormat.END, payload);
        out.flush();
    }

    private static <T> void header(SnapshotState<T> state, Payload payload) throws IOException {
        DataOutputStream data = payload.data;
        data.writeLong(state.sequence());
        data.writeBoolean(state.hasClock());
        data.writeLong(state.asOf().getEpochSecond());
        data.writeInt(state.asOf().getNano());
        writeString(payload, state.zone().getId());
        data.writeInt(state.ids().length);
        data.writeInt(SnapshotFormat.ROWS_PER_GROUP);
        List<AttributeBinding<T>> bindings = state.schema().bindings();
        data.writeInt(bindings.size());
        for (AttributeBinding<T> binding : bindings) {
            writeString(payload, binding.attribute().name());
            data.writeByte(SnapshotFormat.code(binding.attribute().kind()));
        }
        data.writeInt(state.segments().size());
        for (Segment segment : state.segments()) {
            writeString(payload, segment.name());
            writeString(payload, SnapshotFileReader.definition(segment));
        }
    }

    private static <T> void rows(SnapshotState<T> state, int first, int end, Payload payload) throws IOException {
        DataOutputStream data = payload.data;
        int rows = end - first;
        data.writeInt(first);
        data.writeInt(rows);
        for (int slot = first; slot < end; slot++) {
            data.writeLong(state.ids()[slot]);
        }
        Object[] column = new Object[rows];
        for (AttributeBinding<T> binding : state.schema().bindings()) {
            byte[] present = new byte[(rows + 7) >>> 3];
            for (int row = 0; row < rows; row++) {
                column[row] = readValue(binding, state.customers().get(first + row), state.ids()[first + row]);
                if (column[row] != null) {
                    present[row >>> 3] |= (byte) (1 << (row & 7));
                }
            }
            data.write(present);
            for (Object value : column) {
                if (value != null) {
                    writeValue(payload, value);
                }
            }
        }
    }

    private static <T> Object readValue(AttributeBinding<T> binding, T customer, long id) {
        try {
            return binding instanceof TagsBinding<T> tags ? tagsOf(tags, customer) : binding.read(customer);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot read '" + binding.attribute().name() + "' of customer " + id
                    + " to snapshot it: " + e, e);
        }
    }

    /**
     * The customer's tags as a set, as {@link TagsBinding#read} gives them but without its copy when the customer
     * holds a set already (those copies were a fifth of what a save allocated); any other collection is copied,
     * which drops its repeats. A null tag is refused either way.
     */
    private static <T> Collection<String> tagsOf(TagsBinding<T> binding, T customer) {
        Collection<String> tags = binding.tags(customer);
        if (!(tags instanceof Set)) {
            return tags == null ? null : Set.copyOf(tags);
        }
        for (String tag : tags) {
            if (tag == null) {
                throw new NullPointerException("the tag set holds null");
            }
        }
        return tags;
    }

    /** One value, by its Java type (the normalised types of {@link AttributeBinding#read}). */
    private static void writeValue(Payload payload, Object value) throws IOException {
        DataOutputStream data = payload.data;
        if (value instanceof Long) {
            data.writeLong((Long) value);
        } else if (value instanceof Double) {
            data.writeLong(Double.doubleToRawLongBits((Double) value));
        } else if (value instanceof String) {
            writeString(payload, (String) value);
        } else if (value instanceof Boolean) {
            data.writeBoolean((Boolean) value);
        } else if (value instanceof LocalDate) {
            data.writeLong(((LocalDate) value).toEpochDay());
        } else if (value instanceof Instant) {
            data.writeLong(((Instant) value).getEpochSecond());
            data.writeInt(((Instant) value).getNano());
        } else if (value instanceof Set) {
            Set<?> tags = (Set<?>) value;
            data.writeInt(tags.size());
            for (Object tag : tags) {
                writeString(payload, (String) tag);
            }
        } else if (value instanceof GeoPoint) {
            data.writeLong(Double.doubleToRawLongBits(((GeoPoint) value).latitude()));
            data.writeLong(Double.doubleToRawLongBits(((GeoPoint) value).longitude()));
        } else {
            throw new IllegalStateException("no snapshot encoding for a " + value.getClass().getName());
        }
    }

    static void writeString(Payload payload, String text) throws IOException {
        DataOutputStream data = payload.data;
        // at most three bytes per char either way: UTF-8 takes three for a char of the basic plane and four for a
        // surrogate pair, the UTF-16 units two per char
        byte[] bytes = payload.scratch(3 * text.length());
        int length;
        if (wellFormed(text)) {
            data.writeByte(SnapshotFormat.UTF_8);
            length = Utf8.encode(text, bytes);
        } else {
            data.writeByte(SnapshotFormat.UTF_16_UNITS);
            // UTF-8 would replace a lone surrogate: write the chars themselves
            for (int i = 0; i < text.length(); i++) {
                bytes[2 * i] = (byte) (text.charAt(i) >>> 8);
                bytes[2 * i + 1] = (byte) text.charAt(i);
            }
            length = 2 * text.length();
        }
        data.writeInt(length);
        data.write(bytes, 0, length);
    }

    /** Whether every surrogate of {@code text} is part of a pair, so that UTF-8 keeps it exactly. */
    private static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Writes the block of {@code payload}'s bytes, then empties {@code payload} for the next block. */
    private static void writeBlock(DataOutputStream out, String tag, Payload payload) throws IOException {
        payload.data.flush();
        byte[] body = payload.bytes.buffer();
        int length = payload.bytes.size();
        byte[] header = new byte[SnapshotFormat.BLOCK_HEADER_BYTES];
        System.arraycopy(SnapshotFormat.tagBytes(tag), 0, header, 0, 4);
        header[4] = (byte) (length >>> 24);
        header[5] = (byte) (length >>> 16);
        header[6] = (byte) (length >>> 8);
        header[7] = (byte) length;
        CRC32C crc = new CRC32C();
        crc.update(header);
        crc.update(body, 0, length);
        out.write(header);
        out.write(body, 0, length);
        out.writeInt((int) crc.getValue());
        payload.bytes.reset();
    }

    /** The payload of the block being built, and a scratch array for a string's bytes; reused block after block. */
    private static final class Payload {
        final BlockBytes bytes = new BlockBytes();
        final DataOutputStream data = new DataOutputStream(bytes);
        private byte[] scratch = new byte[256];

        /** The scratch array, at least {@code length} long. */
        byte[] scratch(int length) {
            if (scratch.length < length) {
                scratch = new byte[Math.max(length, 2 * scratch.length)];
            }
            return scratch;
        }
    }

    /** A byte array stream whose bytes are read in place. */
    private static final class BlockBytes extends ByteArrayOutputStream {
        BlockBytes() {
            super(1 << 16);
        }

        /** The array holding the bytes written since the last reset: the first {@link #size()} of it. */
        byte[] buffer() {
            return buf;
        }
    }
}
