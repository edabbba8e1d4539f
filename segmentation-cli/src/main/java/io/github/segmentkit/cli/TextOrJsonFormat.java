package io.github.segmentkit.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --format} option of the commands that print a document rather than a table ({@code profile},
 * {@code explain}).
 *
 * <pre>{@code
 * segmentkit profile ... --format json > profiles.json
 * }</pre>
 */
final class TextOrJsonFormat {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default: for people) or json (the same figures for other tools).")
    TextOrJson format;

    /** Whether JSON was asked for. */
    boolean json() {
        return format == TextOrJson.JSON;
    }
}
