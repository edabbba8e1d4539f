package io.github.segmentkit.classifiers.behavioral.support;

import io.github.segmentkit.api.classify.AttributeValues;
import java.util.HashMap;
import java.util.Map;

/** A customer's values for classifier tests: an id and a map (values may be null = missing). */
public record TestValues(long id, Map<String, Object> values) implements AttributeValues {
    /** Values from alternating names and values. */
    public static TestValues of(long id, Object... namesAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new TestValues(id, values);
    }

    @Override
    public Object get(String attribute) {
        if (!values.containsKey(attribute)) {
            throw new IllegalArgumentException("attribute '" + attribute + "' is not known");
        }
        return values.get(attribute);
    }
}
