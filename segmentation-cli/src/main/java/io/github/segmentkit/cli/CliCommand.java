package io.github.segmentkit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/**
 * A {@code segmentkit} command: given the {@link Invocation} it runs in, with the {@link Verbosity} options every
 * command has (they decide, among other things, whether an error is printed with its stack trace).
 *
 * <pre>{@code
 * boolean stackTraces = ((CliCommand) commandLine.getCommand()).verbosity().verbose();
 * }</pre>
 */
abstract class CliCommand implements Callable<Integer> {
    /** Where the command writes, and its environment. */
    final Invocation invocation;

    @Mixin
    Verbosity verbosity;

    CliCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    /** The command's {@code --quiet}, {@code --verbose} and {@code --progress}. */
    final Verbosity verbosity() {
        return verbosity;
    }

    /** A console following the command's verbosity. */
    final Console console() {
        return invocation.console(verbosity);
    }
}
