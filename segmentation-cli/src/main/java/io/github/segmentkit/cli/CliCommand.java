package io.github.segmentkit.cli;

/**
 * A {@code segmentkit} command: it has the {@link Verbosity} options, which decide whether an error is printed with
 * its stack trace.
 *
 * <pre>{@code
 * boolean stackTraces = ((CliCommand) commandLine.getCommand()).verbosity().verbose();
 * }</pre>
 */
interface CliCommand {
    /** The command's {@code --quiet} and {@code --verbose}. */
    Verbosity verbosity();
}
