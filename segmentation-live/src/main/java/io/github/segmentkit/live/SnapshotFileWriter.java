package io.github.segmentkit.live;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.schema.AttributeBinding;
import io.github.segmentkit.api.schema.DoubleBinding;
import io.github.segmentkit.api.schema.GeoPointBinding;
import io.github.segmentkit.api.schema.TagsBinding;
import java.io.BufferedOutputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
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
        Column column = new Column(SnapshotFormat.ROWS_PER_GROUP);
        int blocks = 0;
        header(state, payload);
        writeBlock(out, SnapshotFormat.HEAD, payload);
        blocks++;
        int slots = state.ids().length;
        for (int first = 0; first < slots; first += SnapshotFormat.ROWS_PER_GROUP) {
            rows(state, first, Math.min(slots, first + SnapshotFormat.ROWS_PER_GROUP), payload, column);
            writeBlock(out, SnapshotFormat.ROWS, payload);
            blocks++;
        }
        for (int set = 0; set <= state.members().length; set++) {
            RoaringBitmap bits = set < state.members().length ? state.members()[set] : state.alive();
            bits.runOptimize();
            payload.i32(set);
            bits.serialize(payload.asDataOutput());
            writeBlock(out, SnapshotFormat.MEMB, payload);
            blocks++;
        }
        payload.i32(blocks);
        writeBlock(out, SnapshotFormat.END, payload);
        out.flush();
    }

    private static <T> void header(SnapshotState<T> state, Payload payload) {
        payload.i64(state.sequence());
        payload.bool(state.hasClock());
        payload.i64(state.asOf().getEpochSecond());
        payload.i32(state.asOf().getNano());
        writeString(payload, state.zone().getId());
        payload.i32(state.ids().length);
        payload.i32(SnapshotFormat.ROWS_PER_GROUP);
        List<AttributeBinding<T>> bindings = state.schema().bindings();
        payload.i32(bindings.size());
        for (AttributeBinding<T> binding : bindings) {
            writeString(payload, binding.attribute().name());
            payload.u8(SnapshotFormat.code(binding.attribute().kind()));
        }
        payload.i32(state.segments().size());
        for (Segment segment : state.segments()) {
            writeString(payload, segment.name());
            writeString(payload, SnapshotFileReader.definition(segment));
        }
    }

    private static <T> void rows(SnapshotState<T> state, int first, int end, Payload payload, Column column) {
        int rows = end - first;
        payload.i32(first);
        payload.i32(rows);
        for (int slot = first; slot < end; slot++) {
            payload.i64(state.ids()[slot]);
        }
        int presentBytes = (rows + 7) >>> 3;
        for (AttributeBinding<T> binding : state.schema().bindings()) {
            Arrays.fill(column.present, 0, presentBytes, (byte) 0);
            // numbers and points are read as doubles, without the Double and GeoPoint a read() boxes them in (about
            // 80 of the 200 bytes a customer's saving allocated in the benchmarks' schema); the same values reach
            // the file, and the same exceptions leave it
            if (binding instanceof DoubleBinding<T> doubles) {
                for (int row = 0; row < rows; row++) {
                    double value = readDouble(doubles, state.customers().get(first + row), state.ids()[first + row]);
                    if (!Double.isNaN(value)) {
                        column.doubles[row] = value;
                        column.setPresent(row);
                    }
                }
                payload.bytes(column.present, 0, presentBytes);
                for (int row = 0; row < rows; row++) {
                    if (column.isPresent(row)) {
                        payload.i64(Double.doubleToRawLongBits(column.doubles[row]));
                    }
                }
            } else if (binding instanceof GeoPointBinding<T> points) {
                for (int row = 0; row < rows; row++) {
                    if (readPoint(points, state.customers().get(first + row), column, row,
                            state.ids()[first + row])) {
                        column.setPresent(row);
                    }
                }
                payload.bytes(column.present, 0, presentBytes);
                for (int row = 0; row < rows; row++) {
                    if (column.isPresent(row)) {
                        payload.i64(Double.doubleToRawLongBits(column.doubles[row]));
                        payload.i64(Double.doubleToRawLongBits(column.longitudes[row]));
                    }
                }
            } else {
                for (int row = 0; row < rows; row++) {
                    Object value = readValue(binding, state.customers().get(first + row), state.ids()[first + row]);
                    column.values[row] = value;
                    if (value != null) {
                        column.setPresent(row);
                    }
                }
                payload.bytes(column.present, 0, presentBytes);
                for (int row = 0; row < rows; row++) {
                    if (column.isPresent(row)) {
                        writeValue(payload, column.values[row]);
                    }
                }
                Arrays.fill(column.values, 0, rows, null);
            }
        }
    }

    private static <T> double readDouble(DoubleBinding<T> binding, T customer, long id) {
        try {
            return binding.applyAsDouble(customer);
        } catch (RuntimeException e) {
            throw unreadable(binding, id, e);
        }
    }

    private static <T> boolean readPoint(GeoPointBinding<T> binding, T customer, Column column, int row, long id) {
        try {
            return binding.readInto(customer, column.doubles, column.longitudes, row);
        } catch (RuntimeException e) {
            throw unreadable(binding, id, e);
        }
    }

    private static IllegalStateException unreadable(AttributeBinding<?> binding, long id, RuntimeException e) {
        return new IllegalStateException("cannot read '" + binding.attribute().name() + "' of customer " + id
                + " to snapshot it: " + e, e);
    }

    private static <T> Object readValue(AttributeBinding<T> binding, T customer, long id) {
        try {
            return binding instanceof TagsBinding<T> tags ? tagsOf(tags, customer) : binding.read(customer);
        } catch (RuntimeException e) {
            throw unreadable(binding, id, e);
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
    private static void writeValue(Payload payload, Object value) {
        if (value instanceof Long) {
            payload.i64((Long) value);
        } else if (value instanceof Double) {
            payload.i64(Double.doubleToRawLongBits((Double) value));
        } else if (value instanceof String) {
            writeString(payload, (String) value);
        } else if (value instanceof Boolean) {
            payload.bool((Boolean) value);
        } else if (value instanceof LocalDate) {
            payload.i64(((LocalDate) value).toEpochDay());
        } else if (value instanceof Instant) {
            payload.i64(((Instant) value).getEpochSecond());
            payload.i32(((Instant) value).getNano());
        } else if (value instanceof Set) {
            Set<?> tags = (Set<?>) value;
            payload.i32(tags.size());
            for (Object tag : tags) {
                writeString(payload, (String) tag);
            }
        } else if (value instanceof GeoPoint) {
            payload.i64(Double.doubleToRawLongBits(((GeoPoint) value).latitude()));
            payload.i64(Double.doubleToRawLongBits(((GeoPoint) value).longitude()));
        } else {
            throw new IllegalStateException("no snapshot encoding for a " + value.getClass().getName());
        }
    }

    /**
     * A string: UTF-8 when it has no lone surrogate, which UTF-8 would replace; its UTF-16 code units otherwise. An
     * encoding byte, the length in bytes, the bytes.
     */
    private static void writeString(Payload payload, String text) {
        // at most three bytes per char either way: UTF-8 takes three for a char of the basic plane and four for a
        // surrogate pair, the UTF-16 units two per char
        int start = payload.reserve(1 + Integer.BYTES + 3 * text.length());
        byte[] buffer = payload.buffer();
        int length = Utf8.encode(text, buffer, start + 1 + Integer.BYTES);
        if (length >= 0) {
            buffer[start] = SnapshotFormat.UTF_8;
        } else {
            buffer[start] = SnapshotFormat.UTF_16_UNITS;
            int at = start + 1 + Integer.BYTES;
            for (int i = 0; i < text.length(); i++) {
                buffer[at++] = (byte) (text.charAt(i) >>> 8);
                buffer[at++] = (byte) text.charAt(i);
            }
            length = 2 * text.length();
        }
        Payload.INT.set(buffer, start + 1, length);
        payload.advance(start + 1 + Integer.BYTES + length);
    }

    /** Writes the block of {@code payload}'s bytes, then empties {@code payload} for the next block. */
    private static void writeBlock(DataOutputStream out, String tag, Payload payload) throws IOException {
        byte[] body = payload.buffer();
        int length = payload.size();
        byte[] header = new byte[SnapshotFormat.BLOCK_HEADER_BYTES];
        System.arraycopy(SnapshotFormat.tagBytes(tag), 0, header, 0, 4);
        Payload.INT.set(header, 4, length);
        CRC32C crc = new CRC32C();
        crc.update(header);
        crc.update(body, 0, length);
        out.write(header);
        out.write(body, 0, length);
        out.writeInt((int) crc.getValue());
        payload.reset();
    }

    /**
     * The payload of the block being built, reused block after block: a byte array written big-endian, as
     * {@link DataOutputStream} would, but without its and {@code ByteArrayOutputStream}'s locks, which a write of
     * each int and long took (over a third of a save's time at a million customers).
     */
    private static final class Payload {
        static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
        static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

        private byte[] buffer = new byte[1 << 16];
        private int size;

        /** The bytes written since the last {@link #reset}: the first {@link #size()} of it. */
        byte[] buffer() {
            return buffer;
        }

        int size() {
            return size;
        }

        void reset() {
            size = 0;
        }

        /** Makes room for {@code bytes} more bytes and returns where they start; {@link #advance} ends them. */
        int reserve(int bytes) {
            if (bytes > buffer.length - size) {
                long needed = (long) size + bytes;
                if (needed > Integer.MAX_VALUE - 8) {
                    throw new IllegalStateException("a snapshot block would exceed 2 GiB");
                }
                buffer = Arrays.copyOf(buffer, (int) Math.max(needed, Math.min(2L * buffer.length,
                        Integer.MAX_VALUE - 8)));
            }
            return size;
        }

        /** Ends what was written since {@link #reserve} at {@code end}. */
        void advance(int end) {
            size = end;
        }

        void u8(int value) {
            reserve(1);
            buffer[size++] = (byte) value;
        }

        void bool(boolean value) {
            u8(value ? 1 : 0);
        }

        void i32(int value) {
            reserve(Integer.BYTES);
            INT.set(buffer, size, value);
            size += Integer.BYTES;
        }

        void i64(long value) {
            reserve(Long.BYTES);
            LONG.set(buffer, size, value);
            size += Long.BYTES;
        }

        void bytes(byte[] bytes, int offset, int length) {
            reserve(length);
            System.arraycopy(bytes, offset, buffer, size, length);
            size += length;
        }

        /** This payload as a {@link DataOutput}, for {@code RoaringBitmap.serialize}'s portable format. */
        DataOutput asDataOutput() {
            return new DataOutputStream(new OutputStream() {
                @Override
                public void write(int b) {
                    u8(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    bytes(bytes, offset, length);
                }
            });
        }
    }

    /**
     * One attribute's values for the rows of a block (and which are present), read before they are written; reused
     * attribute after attribute and block after block.
     */
    private static final class Column {
        final Object[] values;
        final double[] doubles;
        final double[] longitudes;
        final byte[] present;

        Column(int rows) {
            values = new Object[rows];
            doubles = new double[rows];
            longitudes = new double[rows];
            present = new byte[(rows + 7) >>> 3];
        }

        void setPresent(int row) {
            present[row >>> 3] |= (byte) (1 << (row & 7));
        }

        boolean isPresent(int row) {
            return (present[row >>> 3] & (1 << (row & 7))) != 0;
        }
    }
}
