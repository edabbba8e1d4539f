package io.github.segmentkit.classifiers.behavioral.rfm;

import io.github.segmentkit.api.classify.Label;
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
    public String customerId() {
        return metrics.customerId();
    }

    /** The segment label of {@code score} under {@code map}. */
    static Label segmentOf(RfmSegmentMap map, RfmScore score) {
        return map.segmentOf(score).map(Label::of).orElseGet(() -> Label.unclassified("no rule of the "
                + map.name() + " segment map matches R=" + score.recency() + " F=" + score.frequency() + " M="
                + score.monetary()));
    }
}
