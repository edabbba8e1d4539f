package io.github.segmentkit.cli;

/**
 * How a command prints its table on stdout ({@code --format}).
 *
 * <pre>{@code
 * segmentkit counts ... --format csv > counts.csv
 * }</pre>
 */
public enum OutputFormat {
    /** Aligned columns, numbers grouped, for people. */
    TABLE,
    /** CSV with a header row, plain numbers, for scripts and spreadsheets. */
    CSV
}
