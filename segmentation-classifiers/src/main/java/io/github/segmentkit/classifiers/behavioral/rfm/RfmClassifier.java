package io.github.segmentkit.classifiers.behavioral.rfm;

import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierInput;
import io.github.segmentkit.classifiers.kit.NumericReading;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * RFM as a {@link io.github.segmentkit.api.classify.Classifier} (type {@code "rfm"}) over per-customer metric attributes, so that the segment (or a
 * score) becomes a derived attribute usable in criteria:
 *
 * <pre>{@code
 * FittedRfmClassifier rfm = new RfmClassifier(RfmClassifierConfig.defaults()).fit(population);
 * CustomerSchema<Customer> schema = base.withClassifier(rfm);
 * Criterion best = rfm.outputAttribute().in("champions", "loyal_customers");
 * }</pre>
 *
 * <p>A customer whose recency is missing or not whole, whose frequency is missing or below 1, or whose monetary
 * value is missing or not positive is unclassified (with the reason) and left out of the fit. The quintile model is
 * the one the transaction analysis fits ({@link RfmModel}); customer ids break frequency ties among the fitted
 * customers only: any other customer, and every customer of a restored fit, is ranked by its frequency alone.
 *
 * <p>Immutable and thread-safe.
 *
 * @param config the configuration
 */
public record RfmClassifier(RfmClassifierConfig config) implements Classifier {
    public RfmClassifier {
        Objects.requireNonNull(config, "config");
    }

    @Override
    public String type() {
        return RfmClassifierConfig.TYPE;
    }

    @Override
    public List<String> inputs() {
        return config.inputs();
    }

    /** Three numbers, named by {@code recency}, {@code frequency} and {@code monetary}. */
    @Override
    public List<ClassifierInput> expectedInputs() {
        return List.of(ClassifierInput.numeric(config.recency(), "recency"),
                ClassifierInput.numeric(config.frequency(), "frequency"),
                ClassifierInput.numeric(config.monetary(), "monetary"));
    }

    @Override
    public String output() {
        return config.output();
    }

    @Override
    public Map<String, Object> settings() {
        return config.toSettings();
    }

    /** Fixed by the settings: what {@code label} selects (the segment map's segments, or the scores). */
    @Override
    public Optional<List<String>> possibleLabels() {
        return Optional.of(config.label().labels(config.segmentMap()));
    }

    /**
     * Fits the quintile model to the classifiable customers.
     *
     * @throws IllegalArgumentException when a customer id occurs twice
     * @throws DuplicateQuantileEdgesException in strict mode, when edges repeat
     */
    @Override
    public FittedRfmClassifier fit(Iterable<? extends AttributeValues> population) {
        Objects.requireNonNull(population, "population");
        List<CustomerMetrics> metrics = new ArrayList<>();
        for (AttributeValues customer : population) {
            Object read = read(customer);
            if (read instanceof CustomerMetrics classifiable) {
                metrics.add(classifiable);
            }
        }
        if (metrics.isEmpty()) {
            return new FittedRfmClassifier(this, null);
        }
        return new FittedRfmClassifier(this, RfmModel.fit(metrics, config.strictEdges()));
    }

    /** The customer's metrics, or the reason (a {@code String}) why there are none. */
    Object read(AttributeValues customer) {
        NumericReading recency = NumericReading.of(customer, config.recency());
        NumericReading frequency = NumericReading.of(customer, config.frequency());
        NumericReading monetary = NumericReading.of(customer, config.monetary());
        for (NumericReading reading : List.of(recency, frequency, monetary)) {
            if (!reading.isPresent()) {
                return reading.problem();
            }
        }
        Long days = whole(recency.value());
        if (days == null) {
            return "'" + config.recency() + "' must be whole days, was " + recency.value();
        }
        Long invoices = whole(frequency.value());
        if (invoices == null || invoices < 1) {
            return "'" + config.frequency() + "' must be a whole number of at least 1, was " + frequency.value();
        }
        if (monetary.value().signum() <= 0) {
            return "'" + config.monetary() + "' must be positive, was " + monetary.value();
        }
        return new CustomerMetrics(customer.id(), days, invoices, monetary.value());
    }

    private static Long whole(BigDecimal value) {
        try {
            return value.longValueExact();
        } catch (ArithmeticException notWhole) {
            return null;
        }
    }
}
