package io.github.segmentkit.classifiers.behavioral.rfm;

import io.github.segmentkit.classifiers.kit.AbstractClassifierProvider;
import io.github.segmentkit.classifiers.kit.QuantileEdges;
import io.github.segmentkit.classifiers.kit.Settings;
import java.util.ArrayList;
import java.util.List;

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
public final class RfmClassifierProvider extends AbstractClassifierProvider<RfmClassifier> {
    public RfmClassifierProvider() {
        super(RfmClassifierConfig.TYPE, settings -> new RfmClassifier(RfmClassifierConfig.fromSettings(settings)));
    }

    @Override
    protected FittedRfmClassifier restore(RfmClassifier classifier, Settings parameters) {
        parameters.allowOnly("populationSize", "recencyEdges", "monetaryEdges", "frequencyKeys");
        long size = parameters.integer("populationSize", 0, Integer.MAX_VALUE);
        if (size == 0) {
            return new FittedRfmClassifier(classifier, null);
        }
        List<FrequencyKey> keys = new ArrayList<>();
        for (Settings key : parameters.objects("frequencyKeys")) {
            key.allowOnly("frequency", "customerId");
            keys.add(new FrequencyKey(key.integer("frequency", 1, Long.MAX_VALUE),
                    key.integer("customerId", Long.MIN_VALUE, Long.MAX_VALUE)));
        }
        QuantileEdges recency = parameters.build("recencyEdges",
                () -> QuantileEdges.parse(parameters.list("recencyEdges")));
        QuantileEdges monetary = parameters.build("monetaryEdges",
                () -> QuantileEdges.parse(parameters.list("monetaryEdges")));
        return parameters.build("recencyEdges/monetaryEdges/frequencyKeys",
                () -> new FittedRfmClassifier(classifier, RfmModel.of(recency, monetary, keys, size)));
    }
}
