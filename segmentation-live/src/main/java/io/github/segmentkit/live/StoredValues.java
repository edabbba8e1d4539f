package io.github.segmentkit.live;

import io.github.segmentkit.api.classify.AttributeValues;
import java.util.List;
import java.util.Map;

/**
 * One customer's values as a snapshot file stored them, by attribute name, for the factory that rebuilds the
 * customer object on restore. Values have the types of
 * {@link io.github.segmentkit.api.schema.AttributeBinding#read}; {@code null} is missing.
 */
final class StoredValues implements AttributeValues {
    private final long id;
    private final Map<String, Integer> columns;
    private final List<String> names;
    private final Object[] values;

    StoredValues(long id, Map<String, Integer> columns, List<String> names, Object[] values) {
        this.id = id;
        this.columns = columns;
        this.names = names;
        this.values = values;
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public Object get(String attribute) {
        Integer column = columns.get(attribute);
        if (column == null) {
            throw new IllegalArgumentException("attribute '" + attribute + "' is not in the snapshot; it has "
                    + names);
        }
        return values[column];
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("StoredValues[id=").append(id);
        for (int i = 0; i < names.size(); i++) {
            text.append(", ").append(names.get(i)).append('=').append(values[i]);
        }
        return text.append(']').toString();
    }
}
