package io.github.segmentkit.live;

import io.github.segmentkit.api.attribute.AttributeKind;
import java.nio.charset.StandardCharsets;

/**
 * The constants of the live snapshot file format, version {@value #VERSION}, specified in
 * {@code docs/live-snapshot-format.md}: magic bytes, format version, block tags, and the code of each attribute
 * kind. Every number is big-endian.
 */
final class SnapshotFormat {
    /** Like PNG's: a high byte catches 7-bit transfers, CR LF and LF catch line-ending conversions, 0x1A stops type. */
    static final byte[] MAGIC = {(byte) 0x89, 'S', 'K', 'L', 'V', '\r', '\n', 0x1A};
    static final int VERSION = 1;
    /** The magic bytes and the version. */
    static final int PREAMBLE_BYTES = MAGIC.length + Integer.BYTES;
    /** A block's tag and payload length, before the payload. */
    static final int BLOCK_HEADER_BYTES = 8;
    /** A block's CRC32C, after the payload. */
    static final int BLOCK_TRAILER_BYTES = 4;

    static final String HEAD = "HEAD";
    static final String ROWS = "ROWS";
    static final String MEMB = "MEMB";
    static final String END = "END!";

    /** Customers per ROWS block: bounds the memory a block needs on either side. */
    static final int ROWS_PER_GROUP = 4096;

    static final byte UTF_8 = 0;
    /** Strings that are not well-formed UTF-16 (a lone surrogate) are kept as their chars, exactly. */
    static final byte UTF_16_UNITS = 1;

    private SnapshotFormat() {
    }

    static byte[] tagBytes(String tag) {
        return tag.getBytes(StandardCharsets.US_ASCII);
    }

    /** The code of {@code kind} in the file; fixed by the format, independent of the enum's order. */
    static int code(AttributeKind kind) {
        switch (kind) {
            case LONG:
                return 1;
            case DOUBLE:
                return 2;
            case CATEGORICAL:
                return 3;
            case BOOLEAN:
                return 4;
            case DATE:
                return 5;
            case TIMESTAMP:
                return 6;
            case TAGS:
                return 7;
            case GEO_POINT:
                return 8;
            default:
                throw new IllegalArgumentException("no snapshot code for attribute kind " + kind);
        }
    }

    /** The kind of {@code code}, or {@code null} when no kind has it. */
    static AttributeKind kind(int code) {
        for (AttributeKind kind : AttributeKind.values()) {
            if (code(kind) == code) {
                return kind;
            }
        }
        return null;
    }
}
