package io.github.segmentkit.classifiers.behavioral.bands;

import io.github.segmentkit.classifiers.kit.AbstractClassifierProvider;

/**
 * The {@link java.util.ServiceLoader} providers of the fixed-band classifiers. They learn nothing from the
 * population, so {@code restore} accepts no parameter but the format version.
 *
 * <pre>{@code
 * Classifier bands = ClassifierRegistry.create("purchase-frequency", Map.of("input", "orders_per_year"));
 * }</pre>
 */
public final class BandClassifierProviders {
    private BandClassifierProviders() {
    }

    /** Registers {@code "purchase-frequency"}. Stateless and thread-safe. */
    public static final class PurchaseFrequency extends AbstractClassifierProvider<PurchaseFrequencyClassifier> {
        /** The provider ServiceLoader instantiates. */
        public PurchaseFrequency() {
            super(PurchaseFrequencyConfig.TYPE,
                    settings -> new PurchaseFrequencyClassifier(PurchaseFrequencyConfig.fromSettings(settings)));
        }
    }

    /** Registers {@code "engagement"}. Stateless and thread-safe. */
    public static final class Engagement extends AbstractClassifierProvider<EngagementClassifier> {
        /** The provider ServiceLoader instantiates. */
        public Engagement() {
            super(EngagementConfig.TYPE, settings -> new EngagementClassifier(EngagementConfig.fromSettings(settings)));
        }
    }
}
