package io.github.segmentkit.classifiers.demographic;

import io.github.segmentkit.api.classify.ClassifierProvider;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.classifiers.kit.Settings;
import java.util.List;
import java.util.Map;

/**
 * Registers {@link IncomeBands} as {@value IncomeBands#TYPE}; restores quantile bands from their saved edges.
 *
 * <pre>{@code
 * FittedClassifier again = ClassifierRegistry.restore("income-band", bands.settings(), fitted.parameters());
 * }</pre>
 */
public final class IncomeBandProvider implements ClassifierProvider {
    @Override
    public String type() {
        return IncomeBands.TYPE;
    }

    @Override
    public IncomeBands create(Map<String, Object> settings) {
        return IncomeBands.fromSettings(settings);
    }

    @Override
    public FittedClassifier restore(Map<String, Object> settings, Map<String, Object> parameters) {
        IncomeBands bands = create(settings);
        Settings saved = Settings.of(IncomeBands.TYPE, parameters == null ? Map.of() : parameters);
        if (bands.edges() != null) {
            saved.allowOnly();
            return bands.fit(List.of());
        }
        saved.allowOnly("edges");
        try {
            List<Double> edges = saved.numbers("edges", null);
            if (edges == null) {
                throw saved.problem("edges", "is required to restore quantile bands");
            }
            return QuantileIncomeBands.restore(bands, edges);
        } catch (IllegalArgumentException e) {
            throw saved.problem("edges", e.getMessage());
        }
    }
}
