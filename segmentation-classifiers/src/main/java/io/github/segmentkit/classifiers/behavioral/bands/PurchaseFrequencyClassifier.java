package io.github.segmentkit.classifiers.behavioral.bands;

import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.NumericReading;
import io.github.segmentkit.classifiers.kit.RuleFitted;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Purchase-frequency bands (type {@code "purchase-frequency"}): how often a customer orders, from a count of orders
 * in a period, in fixed left-closed bands ({@link PurchaseFrequencyConfig}). Learns nothing from the population.
 * A missing or negative count gives {@value Label#UNCLASSIFIED} with the reason.
 *
 * <pre>{@code
 * FittedClassifier bands = new PurchaseFrequencyClassifier(PurchaseFrequencyConfig.defaults()).fit(List.of());
 * bands.apply(customer);   // e.g. "regular"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param config the configuration
 */
public record PurchaseFrequencyClassifier(PurchaseFrequencyConfig config) implements Classifier {
    public PurchaseFrequencyClassifier {
        Objects.requireNonNull(config, "config");
    }

    @Override
    public String type() {
        return config.type();
    }

    @Override
    public List<String> inputs() {
        return config.inputs();
    }

    @Override
    public String output() {
        return config.output();
    }

    @Override
    public Map<String, Object> settings() {
        return config.toSettings();
    }

    /** Needs no population: the bands are fixed. */
    @Override
    public FittedClassifier fit(Iterable<? extends AttributeValues> population) {
        return new RuleFitted(this, config.bands().labels(), this::label);
    }

    private Label label(AttributeValues customer) {
        NumericReading orders = NumericReading.of(customer, config.input());
        if (!orders.isPresent()) {
            return orders.unclassified();
        }
        if (orders.value().signum() < 0) {
            return Label.unclassified(config.input() + " must not be negative, was " + orders.value());
        }
        return Label.of(config.bands().label(orders.value()));
    }
}
