package io.github.segmentkit.cli;

import io.github.segmentkit.api.internal.SafeText;
import java.io.PrintWriter;

/**
 * Where a command writes: its results on stdout, its summary, progress and warnings on stderr (so that
 * {@code segmentkit segment --out - > memberships.csv} stays clean), following {@link Verbosity}.
 *
 * <pre>{@code
 * console.info("read 2,240 rows from customers.csv");   // left out with --quiet
 * console.warn("customers.csv defines no segments");    // always
 * }</pre>
 */
public final class Console {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Verbosity verbosity;
    private final boolean terminal;

    Console(PrintWriter out, PrintWriter err, Verbosity verbosity, boolean terminal) {
        this.out = out;
        this.err = err;
        this.verbosity = verbosity;
        this.terminal = terminal;
    }

    /** Standard output, for the command's results. */
    public PrintWriter out() {
        return out;
    }

    /** A summary line on stderr, unless {@code --quiet}. */
    public void info(String message) {
        if (!verbosity.quiet()) {
            err.println(message);
            err.flush();
        }
    }

    /** A detail on stderr, with {@code --verbose} only. */
    public void detail(String message) {
        if (verbosity.verbose() && !verbosity.quiet()) {
            err.println(message);
            err.flush();
        }
    }

    /** A warning on stderr, even with {@code --quiet}: something is probably not what was meant. */
    public void warn(String message) {
        err.println("warning: " + message);
        err.flush();
    }

    /** A progress bar for reading {@code what} ({@code totalBytes} long, or -1 when unknown), or a silent one. */
    public ProgressBar progress(String what, long totalBytes) {
        return verbosity.progress(terminal) ? new ProgressBar(err, what, totalBytes) : ProgressBar.silent();
    }

    /** {@code text} with control characters escaped, for echoing what a user typed or a file held. */
    public static String safe(String text) {
        return SafeText.escapeControls(text);
    }
}
