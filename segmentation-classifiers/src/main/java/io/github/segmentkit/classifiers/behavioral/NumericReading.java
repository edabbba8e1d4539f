package io.github.segmentkit.classifiers.behavioral;

import io.github.segmentkit.api.classify.AttributeValues;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * One numeric attribute value read for a classifier: the exact value, or why there is none (missing, NaN, not a
 * number). Doubles are read through their shortest decimal form ({@code 0.1} becomes exactly {@code 0.1}), so a
 * threshold of 0.1 behaves as written.
 *
 * <pre>{@code
 * NumericReading visits = NumericReading.of(customer, "visits_30d");
 * if (!visits.isPresent()) {
 *     return Label.unclassified(visits.problem());   // "visits_30d is missing"
 * }
 * }</pre>
 *
 * @param value   the value, or {@code null} when there is none
 * @param problem why there is no value, or {@code null} when there is one
 *
 * <p>Transitional: kept only for the RFM classifier until it is ported onto the classifier kit
 * ({@link io.github.segmentkit.classifiers.kit}), then removed; new code uses the kit.
 */
public record NumericReading(BigDecimal value, String problem) {
    public NumericReading {
        if ((value == null) == (problem == null)) {
            throw new IllegalArgumentException("exactly one of value and problem must be given");
        }
    }

    /**
     * Reads {@code attribute} of {@code customer}.
     *
     * @throws IllegalArgumentException when the attribute is not known (a configuration error, not missing data)
     */
    public static NumericReading of(AttributeValues customer, String attribute) {
        Objects.requireNonNull(customer, "customer");
        Object raw = customer.get(attribute);
        if (raw == null) {
            return new NumericReading(null, attribute + " is missing");
        }
        if (raw instanceof Double || raw instanceof Float) {
            double number = ((Number) raw).doubleValue();
            if (Double.isNaN(number)) {
                return new NumericReading(null, attribute + " is missing (NaN)");
            }
            if (Double.isInfinite(number)) {
                return new NumericReading(null, attribute + " is infinite");
            }
            return new NumericReading(BigDecimal.valueOf(number), null);
        }
        if (raw instanceof BigDecimal decimal) {
            return new NumericReading(decimal, null);
        }
        if (raw instanceof BigInteger whole) {
            return new NumericReading(new BigDecimal(whole), null);
        }
        if (raw instanceof Number number) {
            return new NumericReading(BigDecimal.valueOf(number.longValue()), null);
        }
        return new NumericReading(null, attribute + " is not a number: " + raw.getClass().getSimpleName());
    }

    /** Whether there is a value. */
    public boolean isPresent() {
        return value != null;
    }
}
