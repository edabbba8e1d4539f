package io.github.segmentkit.io;

import io.github.segmentkit.api.result.RejectedRow;
import java.util.List;
import java.util.Objects;

/**
 * What a load did: rows read, rows loaded, and every row set aside with its reason. Every row read is either
 * loaded or rejected: {@code read == loaded + rejected().size()}, which the constructor enforces.
 *
 * <pre>{@code
 * LoadReport report = tally.finish();
 * for (RejectedRow bad : report.rejected()) {
 *     log.warn("skipped {}", bad);   // "customers.csv, line 7, column 'age', value 'forty': not a whole number"
 * }
 * }</pre>
 *
 * @param source   the file or query, or {@code null}
 * @param read     data rows read (a header is not a data row)
 * @param loaded   rows turned into customers
 * @param rejected the rows set aside, in input order (always empty for a strict load)
 */
public record LoadReport(String source, long read, long loaded, List<RejectedRow> rejected) {
    public LoadReport {
        rejected = List.copyOf(Objects.requireNonNull(rejected, "rejected"));
        if (loaded < 0 || read != loaded + rejected.size()) {
            throw new IllegalArgumentException("a load report needs read == loaded + rejected, got read " + read
                    + ", loaded " + loaded + ", rejected " + rejected.size());
        }
    }

    /** Whether every row read was loaded. */
    public boolean isClean() {
        return rejected.isEmpty();
    }

    @Override
    public String toString() {
        return (source == null ? "" : source + ": ") + read + " rows read, " + loaded + " loaded, " + rejected.size()
                + " rejected";
    }
}
