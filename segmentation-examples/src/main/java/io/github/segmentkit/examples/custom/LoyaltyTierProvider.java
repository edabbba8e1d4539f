package io.github.segmentkit.examples.custom;

import io.github.segmentkit.classifiers.kit.AbstractClassifierProvider;

/**
 * Registers {@link LoyaltyTiers} under the type {@value LoyaltyTiers#TYPE}; listed in this module's
 * {@code META-INF/services/io.github.segmentkit.api.classify.ClassifierProvider}. The kit's base class does the
 * rest: restoring checks the saved parameters' format version and, since the tiers learn nothing, refuses any
 * other parameter.
 *
 * <pre>{@code
 * Classifier tiers = ClassifierRegistry.create("loyalty-tier", Map.of("spend", "total_spend"));
 * FittedClassifier again = ClassifierRegistry.restore("loyalty-tier", tiers.settings(), saved);
 * }</pre>
 */
public final class LoyaltyTierProvider extends AbstractClassifierProvider<LoyaltyTiers> {
    /** The provider ServiceLoader instantiates. */
    public LoyaltyTierProvider() {
        super(LoyaltyTiers.TYPE, LoyaltyTiers::fromSettings);
    }
}
