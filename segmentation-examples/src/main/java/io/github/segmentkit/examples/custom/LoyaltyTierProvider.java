package io.github.segmentkit.examples.custom;

import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierProvider;
import io.github.segmentkit.api.classify.FittedClassifier;
import java.util.Map;

/**
 * Registers {@link LoyaltyTiers} under the type {@value LoyaltyTiers#TYPE}; listed in this module's
 * {@code META-INF/services/io.github.segmentkit.api.classify.ClassifierProvider}.
 *
 * <pre>{@code
 * Classifier tiers = ClassifierRegistry.create("loyalty-tier", Map.of("spend", "total_spend"));
 * }</pre>
 */
public final class LoyaltyTierProvider implements ClassifierProvider {
    @Override
    public String type() {
        return LoyaltyTiers.TYPE;
    }

    @Override
    public Classifier create(Map<String, Object> settings) {
        return LoyaltyTiers.fromSettings(settings);
    }

    @Override
    public FittedClassifier restore(Map<String, Object> settings, Map<String, Object> parameters) {
        return LoyaltyTiers.fromSettings(settings);
    }
}
