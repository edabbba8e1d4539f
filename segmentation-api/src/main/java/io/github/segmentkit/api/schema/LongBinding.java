package io.github.segmentkit.api.schema;

import io.github.segmentkit.api.attribute.LongAttribute;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Reads a {@link LongAttribute}: a primitive extractor (never missing), a nullable boxed one, or a primitive one
 * behind a presence test (missing when the test fails), which reads without boxing.
 *
 * <pre>{@code
 * LongBinding<Customer> age = LongBinding.of(AGE, Customer::age);
 * LongBinding<Customer> knownAge = LongBinding.ofNullable(AGE, c -> c.age() > 0, Customer::age);
 * }</pre>
 *
 * <p>A record, as every binding is: the columnar engine and the generated row code read its extractors as
 * constants (the JIT trusts a record's fields), which lets it inline them.
 *
 * @param attribute the attribute bound
 * @param primitive the primitive extractor, or {@code null} for a nullable boxed one
 * @param nullable  the boxed extractor returning {@code null} for a missing value, or {@code null} for a primitive
 *                  one
 * @param present   with a primitive extractor, the test of whether the value is there; {@code null} when it always is
 * @param <T>       the customer type
 */
public record LongBinding<T>(LongAttribute attribute, ToLongFunction<? super T> primitive,
        Function<? super T, ? extends Number> nullable, Predicate<? super T> present) implements AttributeBinding<T> {
    /**
     * Checks that exactly one extractor is given, and a presence test only with the primitive one; the factories
     * below are the usual way to make a binding.
     *
     * @throws IllegalArgumentException when both extractors or neither are given, or a presence test goes with the
     *                                  nullable extractor
     */
    public LongBinding {
        Objects.requireNonNull(attribute, "attribute");
        if ((primitive == null) == (nullable == null)) {
            throw new IllegalArgumentException("a binding of '" + attribute.name() + "' takes exactly one of a"
                    + " primitive and a nullable extractor");
        }
        if (present != null && primitive == null) {
            throw new IllegalArgumentException("a binding of '" + attribute.name() + "' takes a presence test only"
                    + " with a primitive extractor");
        }
    }

    /** A binding whose values are never missing. */
    public static <T> LongBinding<T> of(LongAttribute attribute, ToLongFunction<? super T> extractor) {
        return new LongBinding<>(attribute, Objects.requireNonNull(extractor, "extractor"), null, null);
    }

    /** A binding whose extractor returns {@code null} for a missing value. */
    public static <T> LongBinding<T> ofNullable(LongAttribute attribute,
            Function<? super T, ? extends Number> extractor) {
        return new LongBinding<>(attribute, null, Objects.requireNonNull(extractor, "extractor"), null);
    }

    /**
     * A binding whose value is missing when {@code present} fails, and otherwise read by the primitive
     * {@code extractor}, which is then never called: nothing is boxed, whatever the value.
     */
    public static <T> LongBinding<T> ofNullable(LongAttribute attribute, Predicate<? super T> present,
            ToLongFunction<? super T> extractor) {
        return new LongBinding<>(attribute, Objects.requireNonNull(extractor, "extractor"), null,
                Objects.requireNonNull(present, "present"));
    }

    /** Whether values can be missing at all (a nullable extractor or a presence test). */
    public boolean mayBeMissing() {
        return nullable != null || present != null;
    }

    /** The value as a boxed {@code Long}, or {@code null} when missing. */
    @Override
    public Long read(T customer) {
        if (primitive != null) {
            return present == null || present.test(customer) ? primitiveValue(customer) : null;
        }
        return exactLong(nullable.apply(customer));
    }

    /**
     * Writes the value into {@code sink} without boxing when the extractor is primitive, or returns a boxed
     * {@code Long}, {@code Integer}, {@code Short} or {@code Byte}; returns {@code false} (and leaves the sink alone)
     * when the value is missing.
     */
    public boolean readInto(T customer, long[] sink, int index) {
        if (primitive != null) {
            if (present != null && !present.test(customer)) {
                return false;
            }
            sink[index] = primitiveValue(customer);
            return true;
        }
        Number number = nullable.apply(customer);
        if (number instanceof Integer || number instanceof Long) {
            // the usual boxed getters: unboxed here, since exactLong's Long would allocate for most values
            sink[index] = number.longValue();
            return true;
        }
        Long value = exactLong(number);
        if (value == null) {
            return false;
        }
        sink[index] = value;
        return true;
    }

    private long primitiveValue(T customer) {
        try {
            return primitive.applyAsLong(customer);
        } catch (NullPointerException e) {
            if (present != null) {
                throw e;   // the binding is already nullable: the advice to make it so would mislead
            }
            throw NullNumbers.explained(e, LongBinding.class);
        }
    }

    /**
     * The whole number {@code value} holds exactly; {@code null} for a missing value, which a NaN also is. Never
     * rounds, truncates or wraps: 3.7, infinity or 2^70 is an error naming the value, which the engine reports with
     * the row and the attribute.
     */
    static Long exactLong(Number value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return value.longValue();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = value.doubleValue();
            if (Double.isNaN(d)) {
                return null;
            }
            // 2^63 is exactly representable; every whole double in [-2^63, 2^63) is a long
            if (d != Math.rint(d) || d < -0x1p63 || d >= 0x1p63) {
                throw new IllegalArgumentException(value + " is not a whole number in the range of long");
            }
            return (long) d;
        }
        try {
            return new BigDecimal(value.toString()).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException(value + " is not a whole number in the range of long", e);
        }
    }
}
