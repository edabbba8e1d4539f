package io.github.segmentkit.live;

import io.github.segmentkit.api.SegmentKitException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A live snapshot file was refused: torn, corrupt, of an unknown format version, or written for another schema or
 * other segment definitions. Nothing is loaded when this is thrown. The message names the file, the byte offset and
 * the block where the problem was found (see {@code docs/live-snapshot-format.md}), and the reason.
 *
 * <pre>{@code
 * try {
 *     live = builder.restore(file, Customer::from);
 * } catch (SnapshotFileException e) {
 *     log.warn("snapshot unusable ({}): reloading from the database", e.reason(), e);
 *     live = builder.asOf(LocalDate.now()).build(database.loadAll());
 * }
 * }</pre>
 */
public final class SnapshotFileException extends SegmentKitException {
    private static final long serialVersionUID = 1L;

    /** Why a snapshot file was refused. */
    public enum Reason {
        /** The file could not be read (missing, a directory, no permission, an I/O error). */
        UNREADABLE,
        /** The file ends before the snapshot does: a torn write or a truncated copy. */
        TRUNCATED,
        /** The file does not start with the snapshot's magic bytes: not a live snapshot file. */
        WRONG_MAGIC,
        /** The file is a live snapshot of a format version this library cannot read. */
        UNKNOWN_VERSION,
        /** A block's CRC32C does not match its bytes. */
        BAD_CHECKSUM,
        /** The bytes are checksummed but do not make a valid snapshot (impossible lengths, values or order). */
        MALFORMED,
        /** The file's attributes (names and kinds, in order) are not the schema's. */
        SCHEMA_DIFFERS,
        /** The file's segments (names and definitions, in order) are not the ones given: its members would be stale. */
        SEGMENTS_DIFFER
    }

    private final transient Path file;
    private final long offset;
    private final String block;
    private final Reason reason;

    /**
     * A refusal of {@code file}.
     *
     * @param file   the snapshot file
     * @param offset the byte offset where the problem was found, or -1 when it concerns no byte in particular
     * @param block  the tag of the block where it was found (such as {@code HEAD}), or {@code null}
     * @param reason why
     * @param detail what was found, in words
     * @param cause  the underlying failure, or {@code null}
     */
    public SnapshotFileException(Path file, long offset, String block, Reason reason, String detail,
            Throwable cause) {
        super(message(file, offset, block, reason, detail), cause);
        this.file = file;
        this.offset = offset;
        this.block = block;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    private static String message(Path file, long offset, String block, Reason reason, String detail) {
        StringBuilder text = new StringBuilder("live snapshot file ").append(file).append(" refused (")
                .append(reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append(")");
        if (offset >= 0) {
            text.append(" at byte ").append(offset);
        }
        if (block != null) {
            text.append(" in block ").append(block);
        }
        return text.append(": ").append(detail).toString();
    }

    /** The snapshot file; {@code null} after deserialization. */
    public Path file() {
        return file;
    }

    /** The byte offset where the problem was found, or -1 when it concerns no byte in particular. */
    public long offset() {
        return offset;
    }

    /** The tag of the block where the problem was found, or {@code null}. */
    public String block() {
        return block;
    }

    /** Why the file was refused. */
    public Reason reason() {
        return reason;
    }
}
