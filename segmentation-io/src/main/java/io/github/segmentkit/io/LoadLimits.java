package io.github.segmentkit.io;

/**
 * Size limits on loaded data, the counterparts of the definitions' {@link io.github.segmentkit.api.DefinitionLimits}:
 * customer files and tables come from other systems, and the limits keep a broken or hostile one (an unclosed
 * quote swallowing the rest of a file, a runaway export) from exhausting the heap. A breach stops the load with a
 * {@link LoadLimitExceededException} naming the limit, the source and the line, in strict and lenient mode alike.
 *
 * <pre>{@code
 * LoadLimits limits = LoadLimits.DEFAULTS.withMaxRows(5_000_000).withMaxFieldLength(64 * 1024);
 * }</pre>
 *
 * @param maxFieldLength  the most characters in one cell; the default, {@value #DEFAULT_MAX_FIELD_LENGTH} (1 MiB of
 *                        characters), is far above any customer attribute and far below the heap
 * @param maxRows         the most data rows read (the header not counted); the default is
 *                        {@link Integer#MAX_VALUE}, the most customers one segmenter indexes
 * @param maxRejectedRows the most rows a lenient load sets aside before giving up; the default,
 *                        {@value #DEFAULT_MAX_REJECTED_ROWS}, bounds the rejects report, and more bad rows than that
 *                        usually mean a wrong mapping rather than bad data
 */
public record LoadLimits(int maxFieldLength, long maxRows, int maxRejectedRows) {
    /** The default {@link #maxFieldLength()}: 1 MiB of characters. */
    public static final int DEFAULT_MAX_FIELD_LENGTH = 1 << 20;
    /** The default {@link #maxRows()}. */
    public static final long DEFAULT_MAX_ROWS = Integer.MAX_VALUE;
    /** The default {@link #maxRejectedRows()}. */
    public static final int DEFAULT_MAX_REJECTED_ROWS = 100_000;

    /** The defaults. */
    public static final LoadLimits DEFAULTS = new LoadLimits(DEFAULT_MAX_FIELD_LENGTH, DEFAULT_MAX_ROWS,
            DEFAULT_MAX_REJECTED_ROWS);

    public LoadLimits {
        if (maxFieldLength < 1) {
            throw new IllegalArgumentException("maxFieldLength must be at least 1, got " + maxFieldLength);
        }
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows must not be negative, got " + maxRows);
        }
        if (maxRejectedRows < 0) {
            throw new IllegalArgumentException("maxRejectedRows must not be negative, got " + maxRejectedRows);
        }
    }

    /** These limits with another {@link #maxFieldLength()}. */
    public LoadLimits withMaxFieldLength(int characters) {
        return new LoadLimits(characters, maxRows, maxRejectedRows);
    }

    /** These limits with another {@link #maxRows()}. */
    public LoadLimits withMaxRows(long rows) {
        return new LoadLimits(maxFieldLength, rows, maxRejectedRows);
    }

    /** These limits with another {@link #maxRejectedRows()}. */
    public LoadLimits withMaxRejectedRows(int rows) {
        return new LoadLimits(maxFieldLength, maxRows, rows);
    }
}
