package io.github.segmentkit.classifiers.behavioral.rfm;

import io.github.segmentkit.api.classify.ClassifierProvider;
import io.github.segmentkit.classifiers.behavioral.ClassifierSettings;
import io.github.segmentkit.classifiers.behavioral.QuantileEdges;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Registers the {@code "rfm"} classifier with {@link java.util.ServiceLoader}; settings as in
 * {@link RfmClassifierConfig}, parameters as in {@link FittedRfmClassifier}.
 *
 * <pre>{@code
 * Classifier rfm = ClassifierRegistry.create("rfm", Map.of("segmentMap", "rfm-package"));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class RfmClassifierProvider implements ClassifierProvider {
    @Override
    public String type() {
        return RfmClassifierConfig.TYPE;
    }

    @Override
    public RfmClassifier create(Map<String, Object> settings) {
        return new RfmClassifier(RfmClassifierConfig.fromSettings(settings));
    }

    @Override
    public FittedRfmClassifier restore(Map<String, Object> settings, Map<String, Object> parameters) {
        RfmClassifier classifier = create(settings);
        ClassifierSettings data = ClassifierSettings.parameters(type(), parameters,
                Set.of("populationSize", "recencyEdges", "monetaryEdges", "frequencyKeys"));
        long size = data.integer("populationSize", 0, Integer.MAX_VALUE);
        if (size == 0) {
            return new FittedRfmClassifier(classifier, null);
        }
        List<FrequencyKey> keys = new ArrayList<>();
        for (Object element : data.list("frequencyKeys")) {
            ClassifierSettings key = ClassifierSettings.parameters(type(), data.map("frequencyKeys", element),
                    Set.of("frequency", "customerId"));
            keys.add(new FrequencyKey(key.integer("frequency", 1, Long.MAX_VALUE),
                    key.integer("customerId", Long.MIN_VALUE, Long.MAX_VALUE)));
        }
        try {
            return new FittedRfmClassifier(classifier, RfmModel.of(QuantileEdges.parse(data.list("recencyEdges")),
                    QuantileEdges.parse(data.list("monetaryEdges")), keys, size));
        } catch (IllegalArgumentException e) {
            throw data.problem("recencyEdges/monetaryEdges/frequencyKeys", e.getMessage());
        }
    }
}
