package io.github.segmentkit.api.attribute;

import io.github.segmentkit.api.criteria.Criterion;

/**
 * A whole-number attribute with {@code long} values, compared exactly.
 *
 * <pre>{@code
 * static final LongAttribute AGE = Attribute.ofLong("age");
 * Criterion millennials = AGE.between(25, 34);
 * }</pre>
 *
 * @param name the attribute's name
 */
public record LongAttribute(String name) implements OrderedAttribute<Long> {
    public LongAttribute {
        Attribute.checkName(name);
    }

    @Override
    public AttributeKind kind() {
        return AttributeKind.LONG;
    }

    @Override
    public Class<Long> valueType() {
        return Long.class;
    }

    @Override
    public int compareValues(Long left, Long right) {
        return Long.compare(left, right);
    }

    /** Within {@code [low, high]}, both inclusive; takes primitives so that {@code AGE.between(25, 34)} reads well. */
    public Criterion between(long low, long high) {
        return between(Long.valueOf(low), Long.valueOf(high));
    }

    /** Equal to {@code value}. */
    public Criterion eq(long value) {
        return eq(Long.valueOf(value));
    }

    /** Present and different from {@code value}. */
    public Criterion ne(long value) {
        return ne(Long.valueOf(value));
    }

    /** Less than {@code value}. */
    public Criterion lt(long value) {
        return lt(Long.valueOf(value));
    }

    /** At most {@code value}. */
    public Criterion le(long value) {
        return le(Long.valueOf(value));
    }

    /** Greater than {@code value}. */
    public Criterion gt(long value) {
        return gt(Long.valueOf(value));
    }

    /** At least {@code value}. */
    public Criterion ge(long value) {
        return ge(Long.valueOf(value));
    }

    @Override
    public String toString() {
        return name;
    }
}
