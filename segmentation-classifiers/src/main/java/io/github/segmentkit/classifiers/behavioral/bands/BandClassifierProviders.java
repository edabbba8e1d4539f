package io.github.segmentkit.classifiers.behavioral.bands;

import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierProvider;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.classifiers.behavioral.ClassifierSettings;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link java.util.ServiceLoader} providers of the fixed-band classifiers. They have no fitted parameters, so
 * {@code restore} accepts only an empty parameter map.
 *
 * <pre>{@code
 * Classifier bands = ClassifierRegistry.create("purchase-frequency", Map.of("input", "orders_per_year"));
 * }</pre>
 */
public final class BandClassifierProviders {
    private BandClassifierProviders() {
    }

    private static FittedClassifier restoreStateless(Classifier classifier, Map<String, Object> parameters) {
        ClassifierSettings.parameters(classifier.type(), parameters, Set.of());
        return classifier.fit(List.of());
    }

    /** Registers {@code "purchase-frequency"}. Stateless and thread-safe. */
    public static final class PurchaseFrequency implements ClassifierProvider {
        @Override
        public String type() {
            return PurchaseFrequencyConfig.TYPE;
        }

        @Override
        public Classifier create(Map<String, Object> settings) {
            return new PurchaseFrequencyClassifier(PurchaseFrequencyConfig.fromSettings(settings));
        }

        @Override
        public FittedClassifier restore(Map<String, Object> settings, Map<String, Object> parameters) {
            return restoreStateless(create(settings), parameters);
        }
    }

    /** Registers {@code "engagement"}. Stateless and thread-safe. */
    public static final class Engagement implements ClassifierProvider {
        @Override
        public String type() {
            return EngagementConfig.TYPE;
        }

        @Override
        public Classifier create(Map<String, Object> settings) {
            return new EngagementClassifier(EngagementConfig.fromSettings(settings));
        }

        @Override
        public FittedClassifier restore(Map<String, Object> settings, Map<String, Object> parameters) {
            return restoreStateless(create(settings), parameters);
        }
    }
}
