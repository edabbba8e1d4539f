package io.github.segmentkit.live;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.file.Path;

/**
 * Reads the payload of one checksummed block of a snapshot file, checking every length against the bytes left in
 * the block before it reads or allocates anything, so that a claimed count can never allocate more than the file
 * holds. Failures are {@link SnapshotFileException}s naming the file, the absolute byte offset and the block.
 */
final class SnapshotCursor {
    private final Path file;
    private final String tag;
    private final long base;
    private final ByteBuffer payload;

    /**
     * @param file    the snapshot file, for messages
     * @param tag     the block's tag
     * @param base    the offset of the payload's first byte in the file
     * @param payload the payload, positioned at its start; a heap buffer, whose array strings are decoded from
     */
    SnapshotCursor(Path file, String tag, long base, ByteBuffer payload) {
        this.file = file;
        this.tag = tag;
        this.base = base;
        this.payload = payload;
    }

    /** The offset in the file of the next byte to read. */
    long offset() {
        return base + payload.position();
    }

    int remaining() {
        return payload.remaining();
    }

    byte u8(String what) {
        need(1, what);
        return payload.get();
    }

    boolean bool(String what) {
        long at = offset();
        byte value = u8(what);
        if (value != 0 && value != 1) {
            throw malformed(at, what + " is " + value + ", neither 0 nor 1");
        }
        return value == 1;
    }

    int i32(String what) {
        need(Integer.BYTES, what);
        return payload.getInt();
    }

    long i64(String what) {
        need(Long.BYTES, what);
        return payload.getLong();
    }

    double f64(String what) {
        return Double.longBitsToDouble(i64(what));
    }

    /**
     * A count of items that take at least {@code bytesEach} bytes each.
     *
     * @throws SnapshotFileException when it is negative or the block cannot hold that many items
     */
    int count(String what, int bytesEach) {
        long at = offset();
        int count = i32(what);
        if (count < 0) {
            throw malformed(at, what + " is negative: " + count);
        }
        if ((long) count * bytesEach > payload.remaining()) {
            throw malformed(at, what + " is " + count + ", but " + count + " × " + bytesEach + " bytes do not fit in"
                    + " the " + payload.remaining() + " bytes left in the block");
        }
        return count;
    }

    /** {@code length} raw bytes, as a view of the payload. */
    ByteBuffer bytes(int length, String what) {
        need(length, what);
        ByteBuffer slice = payload.slice();
        slice.limit(length);
        payload.position(payload.position() + length);
        return slice;
    }

    /** A string: its encoding (UTF-8, or UTF-16 code units), its length in bytes, its bytes. */
    String string(String what) {
        return string(what, null);
    }

    /**
     * {@link #string(String)}, a UTF-8 string decoded by {@code strings} (which shares equal ones) unless it is
     * {@code null}. {@code what} is only concatenated into a message when the string is malformed: this runs for
     * every stored value.
     */
    String string(String what, StoredStrings strings) {
        long at = offset();
        byte encoding = u8(what);
        long lengthAt = offset();
        if (payload.remaining() < Integer.BYTES) {
            throw malformed(lengthAt, what + "'s length needs " + Integer.BYTES + " bytes, the block has "
                    + payload.remaining() + " left");
        }
        int length = payload.getInt();
        if (length < 0 || length > payload.remaining()) {
            throw malformed(lengthAt, what + "'s length is " + (length < 0 ? "negative: " + length : length
                    + ", but " + length + " × 1 bytes do not fit in the " + payload.remaining()
                    + " bytes left in the block"));
        }
        int start = payload.arrayOffset() + payload.position();
        if (encoding == SnapshotFormat.UTF_8) {
            String text = strings == null ? StoredStrings.decode(payload.array(), start, length)
                    : strings.utf8(payload.array(), start, length);
            if (text == null) {
                throw malformed(at, what + " is not valid UTF-8");
            }
            payload.position(payload.position() + length);
            return text;
        }
        if (encoding == SnapshotFormat.UTF_16_UNITS && length % 2 == 0) {
            ByteBuffer bytes = bytes(length, what);
            CharBuffer chars = bytes.asCharBuffer();
            return chars.toString();
        }
        throw malformed(at, what + " has encoding " + encoding + " and " + length + " bytes: the encodings are "
                + SnapshotFormat.UTF_8 + " (UTF-8) and " + SnapshotFormat.UTF_16_UNITS
                + " (UTF-16 code units, an even number of bytes)");
    }

    /** Checks that the block has been read to its last byte. */
    void expectEnd() {
        if (payload.hasRemaining()) {
            throw malformed(offset(), payload.remaining() + " unexpected bytes at the end of the block");
        }
    }

    SnapshotFileException malformed(long at, String detail) {
        return new SnapshotFileException(file, at, tag, SnapshotFileException.Reason.MALFORMED, detail, null);
    }

    private void need(int bytes, String what) {
        if (bytes > payload.remaining()) {
            throw malformed(offset(), what + " needs " + bytes + " bytes, the block has " + payload.remaining()
                    + " left");
        }
    }
}
