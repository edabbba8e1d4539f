package io.github.segmentkit.classifiers.behavioral.bands;

import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.NumericReading;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Engagement bands (type {@code "engagement"}): a weighted sum of recent activity counts (visits, opens, clicks),
 * in fixed left-closed bands ({@link EngagementConfig}). Learns nothing from the population. A missing count (unless
 * counted as 0) or a negative one gives {@value Label#UNCLASSIFIED} with the reason.
 *
 * <pre>{@code
 * FittedClassifier engagement = new EngagementClassifier(EngagementConfig.defaults()).fit(List.of());
 * engagement.apply(customer);   // 2 visits + 1 open + 1 click = 5 -> "medium"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param config the configuration
 */
public record EngagementClassifier(EngagementConfig config) implements BandClassifier {
    public EngagementClassifier {
        Objects.requireNonNull(config, "config");
    }

    /** The band of the weighted activity score, or unclassified with the reason. */
    @Override
    public Label label(AttributeValues customer) {
        BigDecimal score = BigDecimal.ZERO;
        for (int i = 0; i < config.inputs().size(); i++) {
            String input = config.inputs().get(i);
            NumericReading count = NumericReading.of(customer, input);
            BigDecimal value;
            if (count.isPresent()) {
                value = count.value();
            } else if (config.missingAsZero() && customer.get(input) == null) {
                value = BigDecimal.ZERO;
            } else {
                return count.unclassified();
            }
            if (value.signum() < 0) {
                return Label.unclassified(input + " must not be negative, was " + value);
            }
            score = score.add(config.weights().get(i).multiply(value));
        }
        return Label.of(config.bands().label(score));
    }
}
