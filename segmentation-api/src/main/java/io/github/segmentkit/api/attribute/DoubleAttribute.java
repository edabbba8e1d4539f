package io.github.segmentkit.api.attribute;

import io.github.segmentkit.api.criteria.Criterion;

/**
 * A floating-point attribute with {@code double} values. NaN counts as missing; values compare as Java primitives
 * ({@code -0.0 == 0.0}, infinities are ordinary values).
 *
 * <pre>{@code
 * static final DoubleAttribute INCOME = Attribute.ofDouble("income");
 * Criterion affluent = INCOME.ge(100_000);
 * }</pre>
 *
 * @param name the attribute's name
 */
public record DoubleAttribute(String name) implements OrderedAttribute<Double> {
    public DoubleAttribute {
        Attribute.checkName(name);
    }

    @Override
    public AttributeKind kind() {
        return AttributeKind.DOUBLE;
    }

    @Override
    public Class<Double> valueType() {
        return Double.class;
    }

    @Override
    public int compareValues(Double left, Double right) {
        double l = left;
        double r = right;
        return l < r ? -1 : (l > r ? 1 : 0);
    }

    /** Within {@code [low, high]}, both inclusive. */
    public Criterion between(double low, double high) {
        return between(Double.valueOf(low), Double.valueOf(high));
    }

    /** Equal to {@code value}. */
    public Criterion eq(double value) {
        return eq(Double.valueOf(value));
    }

    /** Present and different from {@code value}. */
    public Criterion ne(double value) {
        return ne(Double.valueOf(value));
    }

    /** Less than {@code value}. */
    public Criterion lt(double value) {
        return lt(Double.valueOf(value));
    }

    /** At most {@code value}. */
    public Criterion le(double value) {
        return le(Double.valueOf(value));
    }

    /** Greater than {@code value}. */
    public Criterion gt(double value) {
        return gt(Double.valueOf(value));
    }

    /** At least {@code value}. */
    public Criterion ge(double value) {
        return ge(Double.valueOf(value));
    }

    @Override
    public String toString() {
        return name;
    }
}
