package io.github.segmentkit.api.attribute;

import java.time.Instant;

/**
 * An instant attribute ({@link Instant}). Relative criteria count periods of exactly 24 hours back from the as-of
 * instant.
 *
 * <pre>{@code
 * static final TimestampAttribute LAST_LOGIN = Attribute.ofTimestamp("last_login");
 * Criterion activeThisWeek = LAST_LOGIN.withinDays(7);
 * }</pre>
 *
 * @param name the attribute's name
 */
public record TimestampAttribute(String name) implements TemporalAttribute<Instant> {
    public TimestampAttribute {
        Attribute.checkName(name);
    }

    @Override
    public AttributeKind kind() {
        return AttributeKind.TIMESTAMP;
    }

    @Override
    public Class<Instant> valueType() {
        return Instant.class;
    }

    @Override
    public int compareValues(Instant left, Instant right) {
        return left.compareTo(right);
    }

    @Override
    public String toString() {
        return name;
    }
}
