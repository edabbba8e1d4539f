package io.github.segmentkit.io;

import java.util.List;
import java.util.Objects;

/**
 * Every customer a load read, with its report: what a loader's {@code loadAll} returns.
 *
 * <pre>{@code
 * LoadedCustomers loaded = loader.loadAll(file);
 * Segmenter<CustomerRecord> segmenter = Segmenter.builder(mapping.schema()).addAll(segments).build();
 * SegmentationResult result = segmenter.segment(loaded.customers());
 * }</pre>
 *
 * @param customers the customers loaded, in input order (unmodifiable)
 * @param report    the counts and the rejected rows
 */
public record LoadedCustomers(List<CustomerRecord> customers, LoadReport report) {
    public LoadedCustomers {
        customers = List.copyOf(customers);
        Objects.requireNonNull(report, "report");
        if (customers.size() != report.loaded()) {
            throw new IllegalArgumentException(customers.size() + " customers, but the report says "
                    + report.loaded() + " were loaded");
        }
    }
}
