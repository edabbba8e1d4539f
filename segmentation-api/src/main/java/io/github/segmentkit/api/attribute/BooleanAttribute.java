package io.github.segmentkit.api.attribute;

import io.github.segmentkit.api.criteria.BooleanIs;
import io.github.segmentkit.api.criteria.Criterion;

/**
 * A yes/no attribute.
 *
 * <pre>{@code
 * static final BooleanAttribute OPTED_IN = Attribute.ofBoolean("newsletter_opt_in");
 * Criterion reachable = OPTED_IN.isTrue();
 * }</pre>
 *
 * @param name the attribute's name
 */
public record BooleanAttribute(String name) implements Attribute {
    public BooleanAttribute {
        Attribute.checkName(name);
    }

    @Override
    public AttributeKind kind() {
        return AttributeKind.BOOLEAN;
    }

    /** Present and true. */
    public Criterion isTrue() {
        return new BooleanIs(this, true);
    }

    /** Present and false. */
    public Criterion isFalse() {
        return new BooleanIs(this, false);
    }

    /** Present and equal to {@code value}. */
    public Criterion eq(boolean value) {
        return new BooleanIs(this, value);
    }

    @Override
    public String toString() {
        return name;
    }
}
