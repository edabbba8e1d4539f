package io.github.segmentkit.classifiers.behavioral.rfm;

import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.FittedParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code rfm} classifier with its quintile model learned. Labels one customer with the fitted edges and
 * frequency keys: for every member of the fit population the label equals the bulk result. A customer outside the
 * population, and every customer once the fit is restored from its {@link #parameters()}, gets the lowest F score
 * the fit gave to its frequency, whatever its id ({@link RfmModel} states the rule). After fitting an empty
 * population every customer is unclassified ("no customer to fit").
 *
 * <p>Parameters as data, here of five customers where customer {@code i} has recency {@code 10 * (5 - i)} days,
 * frequency {@code i} and monetary {@code 10 * i}:
 * <pre>{@code
 * {"formatVersion": 1, "populationSize": 5,
 *  "recencyEdges": ["0", "8", "16", "24", "32", "40"],   // e0..e5, exact, as text
 *  "monetaryEdges": ["10", "18", "26", "34", "42", "50"],
 *  "frequencyKeys": [{"frequency": 1, "customerId": 1}, {"frequency": 2, "customerId": 2},
 *                    {"frequency": 3, "customerId": 3}, {"frequency": 4, "customerId": 4}]}   // 4 keys
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class FittedRfmClassifier implements FittedClassifier {
    private final RfmClassifier classifier;
    private final RfmModel model;

    FittedRfmClassifier(RfmClassifier classifier, RfmModel model) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.model = model;
    }

    @Override
    public RfmClassifier classifier() {
        return classifier;
    }

    /**
     * The typed handle of the attribute holding this classifier's labels (the segment, or the score its
     * {@link RfmLabel} selects), the one {@code CustomerSchema.withClassifier(this)} adds:
     *
     * <pre>{@code
     * CustomerSchema<Customer> labelled = schema.withClassifier(fitted);
     * Criterion best = fitted.outputAttribute().in("champions", "loyal_customers");
     * }</pre>
     */
    public CategoricalAttribute outputAttribute() {
        return classifier.outputAttribute();
    }

    /** The fitted model; empty when the population had no classifiable customer. */
    public Optional<RfmModel> model() {
        return Optional.ofNullable(model);
    }

    @Override
    public List<String> labels() {
        RfmClassifierConfig config = classifier.config();
        return config.label().labels(config.segmentMap());
    }

    @Override
    public Label apply(AttributeValues customer) {
        Objects.requireNonNull(customer, "customer");
        Object read = classifier.read(customer);
        if (!(read instanceof CustomerMetrics metrics)) {
            return Label.unclassified((String) read);
        }
        if (model == null) {
            return Label.unclassified("no customer to fit the RFM model to");
        }
        RfmClassifierConfig config = classifier.config();
        return config.label().labelOf(model.score(metrics), config.segmentMap());
    }

    /** The customer's R, F and M scores; empty when the customer cannot be scored (see {@link #apply}). */
    public Optional<RfmScore> score(AttributeValues customer) {
        Objects.requireNonNull(customer, "customer");
        if (model != null && classifier.read(customer) instanceof CustomerMetrics metrics) {
            return Optional.of(model.score(metrics));
        }
        return Optional.empty();
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (model == null) {
            parameters.put("populationSize", 0L);
            return FittedParameters.of(parameters);
        }
        parameters.put("populationSize", model.populationSize());
        parameters.put("recencyEdges", model.recencyEdges().toStrings());
        parameters.put("monetaryEdges", model.monetaryEdges().toStrings());
        parameters.put("frequencyKeys", model.frequencyKeys().stream().map(key -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("frequency", key.frequency());
            data.put("customerId", key.customerId());
            return (Object) data;
        }).toList());
        return FittedParameters.of(parameters);
    }

    @Override
    public String toString() {
        return "FittedRfmClassifier[" + classifier.output() + ", " + (model == null ? "no model" : model) + "]";
    }
}
