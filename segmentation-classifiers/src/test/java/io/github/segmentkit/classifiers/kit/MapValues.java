package io.github.segmentkit.classifiers.kit;

import io.github.segmentkit.api.classify.AttributeValues;
import java.util.HashMap;
import java.util.Map;

/** A customer's values given as a map, for tests; absent keys are missing values. */
public record MapValues(long id, Map<String, Object> values) implements AttributeValues {
    /** A customer with id 1 and the given name/value pairs (values may be null). */
    public static MapValues of(Object... pairs) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1]);
        }
        return new MapValues(1, values);
    }

    @Override
    public Object get(String attribute) {
        return values.get(attribute);
    }
}
