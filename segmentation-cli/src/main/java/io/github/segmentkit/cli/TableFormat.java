package io.github.segmentkit.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --format} option of the commands that print a table.
 *
 * <pre>{@code
 * segmentkit counts ... --format csv > counts.csv
 * }</pre>
 */
final class TableFormat {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default: aligned, numbers grouped) or csv (a header row, plain numbers).")
    OutputFormat format;

    /** The format asked for. */
    OutputFormat format() {
        return format;
    }
}
