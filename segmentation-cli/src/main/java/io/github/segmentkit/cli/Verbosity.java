package io.github.segmentkit.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --quiet}, {@code --verbose} and {@code --progress} options every command has.
 *
 * <pre>{@code
 * segmentkit segment --quiet ...     # nothing on stderr but errors
 * segmentkit segment --verbose ...   # errors with their stack traces
 * }</pre>
 */
public final class Verbosity {
    @Option(names = {"-q", "--quiet"}, description = "Print nothing on stderr but errors: no progress, no summary.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Explain more on stderr, and print the stack trace of an error.")
    boolean verbose;

    @Option(names = "--progress", negatable = true, description = "Show a progress bar on stderr while reading "
            + "(default: only when stderr is a terminal).")
    Boolean progress;

    /** Whether errors get their stack trace. */
    public boolean verbose() {
        return verbose;
    }

    /** Whether informational messages are printed. */
    public boolean quiet() {
        return quiet;
    }

    /** Whether a progress bar is drawn, {@code terminal} saying whether stderr is a terminal. */
    boolean progress(boolean terminal) {
        if (quiet) {
            return false;
        }
        return progress == null ? terminal : progress;
    }
}
