package io.github.segmentkit.cli;

import io.github.segmentkit.io.LoadProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on stderr, redrawn in place ({@code \r}), for reading a large file or table:
 * {@code customers.csv [##########----------]  52%  1,200,000 rows (3 rejected)}. The share comes from the bytes
 * read of a file when its size is known; a table shows the rows only. It is a loader's {@link LoadProgress}, so it
 * is told every {@value LoadProgress#INTERVAL} rows and at the end, and draws at most every 100 ms.
 *
 * <pre>{@code
 * ProgressBar bar = console.progress("customers.csv", Files.size(file));
 * loader.builder(mapping).progress(bar)...;
 * bar.done();   // ends the line
 * }</pre>
 */
public class ProgressBar implements LoadProgress {
    private static final int WIDTH = 20;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final String what;
    private final long totalBytes;
    private LongSupplier bytesRead = () -> -1;
    private long lastDrawn;
    private boolean drawn;
    private long read = -1;
    private long rejected;

    ProgressBar(PrintWriter err, String what, long totalBytes) {
        this.err = err;
        this.what = what;
        this.totalBytes = totalBytes;
    }

    /** A bar that draws nothing (quiet, or stderr is not a terminal). */
    static ProgressBar silent() {
        return new ProgressBar(null, "", -1) {
            @Override
            public void update(long read, long loaded, long rejected) {
                // nobody watches
            }

            @Override
            public void done() {
                // nothing was drawn
            }
        };
    }

    /** Where the share comes from: the bytes of the file read so far. */
    void measuredBy(LongSupplier bytesRead) {
        this.bytesRead = bytesRead;
    }

    @Override
    public void update(long read, long loaded, long rejected) {
        this.read = read;
        this.rejected = rejected;
        long now = System.nanoTime();
        if (!drawn || now - lastDrawn >= REDRAW_NANOS) {
            lastDrawn = now;
            draw();
        }
    }

    private void draw() {
        drawn = true;
        StringBuilder line = new StringBuilder("\r").append(what).append(' ');
        long bytes = bytesRead.getAsLong();
        if (totalBytes > 0 && bytes >= 0) {
            double share = Math.min(1.0, (double) bytes / totalBytes);
            int filled = (int) Math.round(share * WIDTH);
            line.append('[').append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%3d%%  ", Math.round(share * 100)));
        }
        line.append(String.format(Locale.ROOT, "%,d rows", read));
        if (rejected > 0) {
            line.append(String.format(Locale.ROOT, " (%,d rejected)", rejected));
        }
        err.print(line);
        err.flush();
    }

    /** Draws the last counts (the throttle may have skipped them) and ends the line, if anything was counted. */
    public void done() {
        if (read >= 0) {
            draw();
            read = -1;
            err.println();
            err.flush();
        }
    }
}
