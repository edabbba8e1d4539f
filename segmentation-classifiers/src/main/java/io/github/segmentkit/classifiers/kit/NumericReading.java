package io.github.segmentkit.classifiers.kit;

import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Label;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * One numeric input read for a classifier: the exact value, or the reason there is none (missing, NaN, infinite,
 * not a number), worded as every classifier words it ({@link Labels}). A double is read through its shortest
 * decimal form ({@code 0.1} is exactly 0.1), so a threshold of 0.1 behaves as written.
 *
 * <pre>{@code
 * NumericReading visits = NumericReading.of(customer, "visits_30d");
 * if (!visits.isPresent()) {
 *     return visits.unclassified();   // unclassified, reason "'visits_30d' is missing"
 * }
 * }</pre>
 *
 * @param value   the value, or {@code null} when there is none
 * @param problem why there is no value, or {@code null} when there is one
 */
public record NumericReading(BigDecimal value, String problem) {
    public NumericReading {
        if ((value == null) == (problem == null)) {
            throw new IllegalArgumentException("exactly one of value and problem must be given");
        }
    }

    /** Reads {@code attribute} of {@code customer}. */
    public static NumericReading of(AttributeValues customer, String attribute) {
        Objects.requireNonNull(customer, "customer");
        Object raw = customer.get(attribute);
        if (raw == null) {
            return new NumericReading(null, Labels.missingReason(attribute));
        }
        if (raw instanceof Double || raw instanceof Float) {
            double number = ((Number) raw).doubleValue();
            if (Double.isNaN(number)) {
                return new NumericReading(null, Labels.missingReason(attribute) + " (NaN)");
            }
            return Double.isInfinite(number)
                    ? new NumericReading(null, "'" + attribute + "' is infinite: " + number)
                    : new NumericReading(BigDecimal.valueOf(number), null);
        }
        if (raw instanceof BigDecimal decimal) {
            return new NumericReading(decimal, null);
        }
        if (raw instanceof BigInteger whole) {
            return new NumericReading(new BigDecimal(whole), null);
        }
        if (raw instanceof Long || raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
            return new NumericReading(BigDecimal.valueOf(((Number) raw).longValue()), null);
        }
        return new NumericReading(null, Labels.wrongTypeReason(attribute, raw, "a number"));
    }

    /** Whether there is a value. */
    public boolean isPresent() {
        return value != null;
    }

    /** The unclassified label with the reason there is no value. */
    public Label unclassified() {
        if (problem == null) {
            throw new IllegalStateException("there is a value: " + value);
        }
        return Label.unclassified(problem);
    }
}
