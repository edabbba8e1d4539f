package io.github.segmentkit.cli;

import java.io.PrintWriter;
import java.util.function.UnaryOperator;

/**
 * What one run of the command line is given by its caller: standard output and error, the environment (where
 * {@code --jdbc-password-env} looks) and whether stderr is a terminal (progress bars are drawn only then, unless asked
 * for). {@code main} passes the process's; tests pass their own.
 *
 * <pre>{@code
 * Invocation invocation = new Invocation(out, err, Map.of("CRM_PASSWORD", "secret")::get, false);
 * int exitCode = SegmentKitCli.commandLine(invocation).execute("counts", "--data", "customers.csv", ...);
 * }</pre>
 *
 * @param out         standard output: the commands' results
 * @param err         standard error: progress, summaries, warnings and errors
 * @param environment the value of an environment variable, or {@code null} when it is not set
 * @param terminal    whether {@code err} is a terminal
 */
public record Invocation(PrintWriter out, PrintWriter err, UnaryOperator<String> environment, boolean terminal) {
    /** A console for a command with these {@code verbosity} options. */
    Console console(Verbosity verbosity) {
        return new Console(out, err, verbosity, terminal);
    }
}
