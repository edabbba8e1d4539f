package io.github.segmentkit.live;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * The blocks of a snapshot file, one after the other, each checked against its CRC32C before its payload is handed
 * out. A block's claimed length is checked against the bytes left in the file before anything is allocated.
 */
final class SnapshotBlocks {
    private final Path file;
    private final FileChannel channel;
    private final long size;
    private long position = SnapshotFormat.PREAMBLE_BYTES;

    SnapshotBlocks(Path file, FileChannel channel, long size) {
        this.file = file;
        this.channel = channel;
        this.size = size;
    }

    /** The offset of the next block. */
    long position() {
        return position;
    }

    boolean hasNext() {
        return position < size;
    }

    /** One checked block. */
    record Block(String tag, long offset, SnapshotCursor cursor) {
    }

    Block next() throws IOException {
        long start = position;
        long left = size - start;
        if (left < SnapshotFormat.BLOCK_HEADER_BYTES) {
            throw truncated(start, null, "a block header needs " + SnapshotFormat.BLOCK_HEADER_BYTES
                    + " bytes, the file has " + left + " left");
        }
        ByteBuffer header = read(start, SnapshotFormat.BLOCK_HEADER_BYTES);
        byte[] tagBytes = new byte[4];
        header.get(tagBytes);
        String tag = printable(tagBytes);
        long length = Integer.toUnsignedLong(header.getInt());
        long needed = SnapshotFormat.BLOCK_HEADER_BYTES + length + SnapshotFormat.BLOCK_TRAILER_BYTES;
        if (needed > left) {
            throw truncated(start, tag, "the block claims " + length + " payload bytes and a checksum, the file has "
                    + (left - SnapshotFormat.BLOCK_HEADER_BYTES) + " bytes left");
        }
        if (length > Integer.MAX_VALUE - SnapshotFormat.BLOCK_HEADER_BYTES) {
            throw new SnapshotFileException(file, start + 4, tag, SnapshotFileException.Reason.MALFORMED,
                    "the block claims " + length + " payload bytes, more than a block may hold", null);
        }
        ByteBuffer payload = read(start + SnapshotFormat.BLOCK_HEADER_BYTES, (int) length);
        long crcAt = start + SnapshotFormat.BLOCK_HEADER_BYTES + length;
        int stored = read(crcAt, SnapshotFormat.BLOCK_TRAILER_BYTES).getInt();
        CRC32C crc = new CRC32C();
        crc.update(header.flip());
        crc.update(payload);
        payload.flip();
        if ((int) crc.getValue() != stored) {
            throw new SnapshotFileException(file, crcAt, tag, SnapshotFileException.Reason.BAD_CHECKSUM,
                    String.format("the block from byte %d has CRC32C %08x, its checksum says %08x", start,
                            (int) crc.getValue(), stored), null);
        }
        position = crcAt + SnapshotFormat.BLOCK_TRAILER_BYTES;
        return new Block(tag, start, new SnapshotCursor(file, tag, start + SnapshotFormat.BLOCK_HEADER_BYTES, payload));
    }

    SnapshotFileException truncated(long offset, String tag, String detail) {
        return new SnapshotFileException(file, offset, tag, SnapshotFileException.Reason.TRUNCATED, detail, null);
    }

    /** Exactly {@code length} bytes from {@code offset}; the caller has checked that the file holds them. */
    private ByteBuffer read(long offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                throw truncated(offset + buffer.position(), null, "the file ended while being read (was it"
                        + " truncated meanwhile?)");
            }
        }
        return buffer.flip();
    }

    /** The tag as text, with any byte that is not printable ASCII as an escape. */
    private static String printable(byte[] tag) {
        StringBuilder text = new StringBuilder();
        for (byte b : tag) {
            if (b >= 0x20 && b < 0x7F) {
                text.append((char) b);
            } else {
                text.append(String.format("\\x%02x", b & 0xFF));
            }
        }
        return text.toString();
    }
}
