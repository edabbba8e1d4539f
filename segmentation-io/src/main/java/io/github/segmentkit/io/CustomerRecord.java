package io.github.segmentkit.io;

import io.github.segmentkit.api.attribute.GeoPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A customer read by a loader: its {@code long} id and one value per attribute, of the attribute's kind, or
 * {@code null} when missing. The generic row type that {@link CustomerMapping#schema()} binds, so that customers can
 * be loaded and segmented without a Java class of their own.
 *
 * <pre>{@code
 * CustomerRecord customer = CustomerRecord.of(42, Map.of("age", 37L, "country", "CA"));
 * customer.get("age");       // 37L
 * customer.get("country");   // "CA"
 * }</pre>
 *
 * <p>Values are {@code Long}, {@code Double} (never NaN: NaN is stored as missing), {@code String}, {@code Boolean},
 * {@code LocalDate}, {@code Instant}, an unmodifiable {@code Set<String>} or a {@code GeoPoint}. Immutable and
 * thread-safe. Records of one mapping share the attribute names, so each costs about its values.
 */
public final class CustomerRecord {
    private final long id;
    private final RecordLayout layout;
    private final Object[] values;

    CustomerRecord(long id, RecordLayout layout, Object[] values) {
        this.id = id;
        this.layout = layout;
        this.values = values;
    }

    /**
     * A record of {@code values} by attribute name (a {@code null} value is missing), in the map's order.
     *
     * @throws IllegalArgumentException naming the attribute when a value is of no attribute kind's type
     */
    public static CustomerRecord of(long id, Map<String, ?> values) {
        Objects.requireNonNull(values, "values");
        RecordLayout layout = new RecordLayout(List.copyOf(values.keySet()));
        Object[] copy = new Object[layout.size()];
        int i = 0;
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            copy[i++] = normalised(entry.getKey(), entry.getValue());
        }
        return new CustomerRecord(id, layout, copy);
    }

    /** {@code value} as a record holds it: NaN as missing, an int as a long, tags as an unmodifiable copy. */
    static Object normalised(String attribute, Object value) {
        if (value == null || value instanceof Long || value instanceof String || value instanceof Boolean
                || value instanceof LocalDate || value instanceof Instant || value instanceof GeoPoint) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return Double.isNaN(number) ? null : number;
        }
        if (value instanceof Collection) {
            Set<String> tags = new LinkedHashSet<>();
            for (Object tag : (Collection<?>) value) {
                if (!(tag instanceof String)) {
                    throw new IllegalArgumentException("attribute '" + attribute + "': a tag is " + tag
                            + ", not a string");
                }
                tags.add((String) tag);
            }
            return Collections.unmodifiableSet(tags);
        }
        throw new IllegalArgumentException("attribute '" + attribute + "': a " + value.getClass().getName()
                + " is not a value of any attribute kind (Long, Double, String, Boolean, LocalDate, Instant, "
                + "Set<String>, GeoPoint)");
    }

    /** The customer's id. */
    public long id() {
        return id;
    }

    /**
     * The value of {@code attribute}, or {@code null} when missing.
     *
     * @throws IllegalArgumentException naming the attribute and the record's attributes when it has no such one
     */
    public Object get(String attribute) {
        return values[layout.indexOf(attribute)];
    }

    /** The attribute names, in order. */
    public List<String> attributes() {
        return layout.names();
    }

    /** The values by attribute name, in order; missing values are {@code null}. Unmodifiable. */
    public Map<String, Object> values() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(layout.names().get(i), values[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** The value at {@code index} when this record has {@code expected}'s layout, else by name. */
    Object valueFor(RecordLayout expected, int index, String attribute) {
        return layout == expected ? values[index] : get(attribute);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CustomerRecord)) {
            return false;
        }
        CustomerRecord that = (CustomerRecord) other;
        return id == that.id && layout.names().equals(that.layout.names()) && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(id) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "CustomerRecord{id=" + id + ", " + values() + "}";
    }
}
