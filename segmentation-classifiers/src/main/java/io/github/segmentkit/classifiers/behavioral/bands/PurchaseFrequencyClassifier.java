package io.github.segmentkit.classifiers.behavioral.bands;

import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.NumericReading;
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
public record PurchaseFrequencyClassifier(PurchaseFrequencyConfig config) implements BandClassifier {
    public PurchaseFrequencyClassifier {
        Objects.requireNonNull(config, "config");
    }

    /** The band of the customer's order count, or unclassified with the reason. */
    @Override
    public Label label(AttributeValues customer) {
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
