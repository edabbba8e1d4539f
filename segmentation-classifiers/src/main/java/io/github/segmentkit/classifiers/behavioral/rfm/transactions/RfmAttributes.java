package io.github.segmentkit.classifiers.behavioral.rfm.transactions;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import java.util.Objects;

/**
 * The typed attribute handles of RFM results, as {@link RfmReport#addTo} declares them on a customer schema: write
 * criteria against these, never against a re-typed name.
 *
 * <pre>{@code
 * RfmAttributes rfm = report.attributes();
 * Criterion winBack = rfm.segment().in("at_risk", "cannot_lose_them").and(rfm.monetaryScore().ge(4));
 * }</pre>
 *
 * @param segment        the segment name; {@value io.github.segmentkit.api.classify.Label#UNCLASSIFIED} for a
 *                       customer without kept transactions (or whom the segment map leaves unclassified)
 * @param recencyScore   R, 1..5; missing for a customer without kept transactions
 * @param frequencyScore F, 1..5; missing likewise
 * @param monetaryScore  M, 1..5; missing likewise
 */
public record RfmAttributes(CategoricalAttribute segment, LongAttribute recencyScore, LongAttribute frequencyScore,
        LongAttribute monetaryScore) {
    /** {@code rfm_segment}, {@code rfm_r}, {@code rfm_f}, {@code rfm_m}. */
    public static final RfmAttributes DEFAULT = prefixed("rfm");

    public RfmAttributes {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(recencyScore, "recencyScore");
        Objects.requireNonNull(frequencyScore, "frequencyScore");
        Objects.requireNonNull(monetaryScore, "monetaryScore");
    }

    /** {@code PREFIX_segment}, {@code PREFIX_r}, {@code PREFIX_f}, {@code PREFIX_m}. */
    public static RfmAttributes prefixed(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return new RfmAttributes(Attribute.ofCategorical(prefix + "_segment"), Attribute.ofLong(prefix + "_r"),
                Attribute.ofLong(prefix + "_f"), Attribute.ofLong(prefix + "_m"));
    }
}
