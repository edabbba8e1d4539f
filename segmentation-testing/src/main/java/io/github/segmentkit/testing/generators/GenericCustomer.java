package io.github.segmentkit.testing.generators;

import java.util.Arrays;

/**
 * A customer of a {@link RandomSchema}: an id and one value per attribute, in the schema's order ({@code null} when
 * missing, NaN for a missing double).
 *
 * <pre>{@code
 * GenericCustomer c = new GenericCustomer(1, new Object[] {34L, Double.NaN, "CA"});
 * }</pre>
 *
 * @param id     the id
 * @param values the attribute values; not copied, never modified
 */
public record GenericCustomer(long id, Object[] values) {
    @Override
    public boolean equals(Object other) {
        return other instanceof GenericCustomer c && c.id == id && Arrays.equals(c.values, values);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id) * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "GenericCustomer[" + id + ", " + Arrays.toString(values) + "]";
    }
}
