package io.github.segmentkit.classifiers.behavioral.rfm.transactions;

import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.behavioral.rfm.CustomerMetrics;
import io.github.segmentkit.classifiers.behavioral.rfm.RfmScore;
import java.util.Objects;

/**
 * One customer's RFM result: metrics, scores and segment.
 *
 * <pre>{@code
 * for (RfmCustomer c : report.customers()) {
 *     log.info("{} {} {}", c.customerId(), c.score().code(), c.segment().value());
 * }
 * }</pre>
 *
 * @param metrics the customer's recency, frequency and monetary value
 * @param score   the R, F and M scores
 * @param segment the segment, or unclassified (with the reason) when a custom map without fallback has no rule
 *                for the scores
 */
public record RfmCustomer(CustomerMetrics metrics, RfmScore score, Label segment) {
    public RfmCustomer {
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(segment, "segment");
    }

    /** The customer id. */
    public long customerId() {
        return metrics.customerId();
    }
}
