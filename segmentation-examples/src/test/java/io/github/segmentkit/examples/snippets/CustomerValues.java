package io.github.segmentkit.examples.snippets;

import io.github.segmentkit.api.classify.AttributeValues;
import java.util.HashMap;
import java.util.Map;

/**
 * A customer given straight as attribute values, as a classifier sees one: what the twins of docs/classifiers.md
 * label. An attribute left out is missing.
 *
 * @param id     the customer id
 * @param values attribute name to value
 */
record CustomerValues(long id, Map<String, Object> values) implements AttributeValues {
    /** A customer with id 1 and the given name/value pairs. */
    static CustomerValues of(Object... namesAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new CustomerValues(1, values);
    }

    /** This customer with another id. */
    CustomerValues withId(long other) {
        return new CustomerValues(other, values);
    }

    @Override
    public Object get(String attribute) {
        return values.get(attribute);
    }
}
