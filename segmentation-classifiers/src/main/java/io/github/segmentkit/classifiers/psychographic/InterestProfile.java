package io.github.segmentkit.classifiers.psychographic;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A persona's interest weights: {@code score = Σ weight(tag) · strength(tag)} over the customer's tags.
 *
 * <pre>{@code
 * InterestProfile outdoors = new InterestProfile("outdoors", Map.of("hiking", 1.0, "camping", 0.8, "golf", 0.2));
 * }</pre>
 *
 * @param name    the label customers scoring best on it get
 * @param weights finite weight per tag, in a stable order
 */
public record InterestProfile(String name, Map<String, Double> weights) {
    public InterestProfile {
        Objects.requireNonNull(name, "name");
        Map<String, Double> copy = new LinkedHashMap<>();
        weights.forEach((tag, weight) -> {
            if (!Double.isFinite(Objects.requireNonNull(weight, "weight"))) {
                throw new IllegalArgumentException("profile '" + name + "': weight of '" + tag + "' is " + weight);
            }
            copy.put(Objects.requireNonNull(tag, "tag"), weight);
        });
        weights = Collections.unmodifiableMap(copy);
    }

    /** The score of tag strengths given as tag → strength in [0, 1]. */
    public double score(Map<String, Double> strengths) {
        double score = 0;
        for (Map.Entry<String, Double> weight : weights.entrySet()) {
            Double strength = strengths.get(weight.getKey());
            if (strength != null) {
                score += weight.getValue() * strength;
            }
        }
        return score;
    }
}
