package io.github.segmentkit.classifiers.behavioral;

import io.github.segmentkit.api.classify.Classifier;
import java.util.List;
import java.util.Map;

/**
 * A {@link Classifier} entirely described by its {@link ClassifierConfig}: the built-in behavioral classifiers are
 * records of their configuration and only implement {@code fit}.
 *
 * <pre>{@code
 * record LoyaltyTier(LoyaltyConfig config) implements ConfiguredClassifier {
 *     public FittedClassifier fit(Iterable<? extends AttributeValues> population) { ... }
 * }
 * }</pre>
 *
 * <p>Transitional: kept only for the RFM classifier until it is ported onto the classifier kit
 * ({@link io.github.segmentkit.classifiers.kit}), then removed; new code uses the kit.
 */
public interface ConfiguredClassifier extends Classifier {
    /** The configuration. */
    ClassifierConfig config();

    @Override
    default String type() {
        return config().type();
    }

    @Override
    default List<String> inputs() {
        return config().inputs();
    }

    @Override
    default String output() {
        return config().output();
    }

    @Override
    default Map<String, Object> settings() {
        return config().toSettings();
    }
}
