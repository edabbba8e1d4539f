package io.github.segmentkit.api.attribute;

import java.time.LocalDate;

/**
 * A calendar-date attribute ({@link LocalDate}). Relative criteria count whole days back from the as-of date.
 *
 * <pre>{@code
 * static final DateAttribute LAST_ORDER = Attribute.ofDate("last_order");
 * Criterion recent = LAST_ORDER.withinDays(30);
 * }</pre>
 *
 * @param name the attribute's name
 */
public record DateAttribute(String name) implements TemporalAttribute<LocalDate> {
    public DateAttribute {
        Attribute.checkName(name);
    }

    @Override
    public AttributeKind kind() {
        return AttributeKind.DATE;
    }

    @Override
    public Class<LocalDate> valueType() {
        return LocalDate.class;
    }

    @Override
    public int compareValues(LocalDate left, LocalDate right) {
        return left.compareTo(right);
    }

    @Override
    public String toString() {
        return name;
    }
}
