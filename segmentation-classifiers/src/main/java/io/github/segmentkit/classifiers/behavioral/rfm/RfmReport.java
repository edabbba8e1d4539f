package io.github.segmentkit.classifiers.behavioral.rfm;

import io.github.segmentkit.api.classify.Label;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of an {@link RfmAnalysis}: every customer's metrics, scores and segment, the fitted model (to score
 * other customers or a later period with the same edges), and what cleaning dropped.
 *
 * <pre>{@code
 * RfmReport report = RfmAnalysis.of(config).analyse(transactions);
 * report.segmentCounts();   // {hibernating=..., at_Risk=..., ...}
 * report.model().ifPresent(model -> save(model));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RfmReport {
    private final List<RfmCustomer> customers;
    private final RfmModel model;
    private final RfmSegmentMap segmentMap;
    private final CleaningReport cleaning;

    RfmReport(List<RfmCustomer> customers, RfmModel model, RfmSegmentMap segmentMap, CleaningReport cleaning) {
        this.customers = List.copyOf(customers);
        this.model = model;
        this.segmentMap = Objects.requireNonNull(segmentMap, "segmentMap");
        this.cleaning = cleaning;
    }

    /** Every scored customer, in {@link CustomerIdOrder}. */
    public List<RfmCustomer> customers() {
        return customers;
    }

    /** The fitted model; empty when there were no customers. */
    public Optional<RfmModel> model() {
        return Optional.ofNullable(model);
    }

    /** Lines read and dropped; empty when the analysis started from metrics rather than transactions. */
    public Optional<CleaningReport> cleaning() {
        return Optional.ofNullable(cleaning);
    }

    /**
     * Customers per segment, in the map's segment order, every segment listed (0 when empty), then
     * {@value Label#UNCLASSIFIED} if any customer is. The counts add up to the number of customers.
     */
    public Map<String, Long> segmentCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        segmentMap.segments().forEach(segment -> counts.put(segment, 0L));
        for (RfmCustomer customer : customers) {
            counts.merge(customer.segment().value(), 1L, Long::sum);
        }
        return counts;
    }

    @Override
    public String toString() {
        return "RfmReport[" + customers.size() + " customers, " + segmentCounts() + "]";
    }
}
