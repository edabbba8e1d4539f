package io.github.segmentkit.definitions.text;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Prints classifier settings (strings, numbers, booleans, lists and maps of those) in the JSON-like literal syntax
 * of the text language, canonically: map keys sorted, whole numbers without a fraction, doubles in Java's shortest
 * round-tripping form.
 */
final class SettingsText {
    private SettingsText() {
    }

    static String print(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            return sorted.entrySet().stream().map(e -> TextPrinter.quote(e.getKey()) + ": " + print(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(SettingsText::print).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof String text) {
            return TextPrinter.quote(text);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isInfinite(d) ? (d > 0 ? "infinity" : "-infinity") : Double.toString(d);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        throw new IllegalArgumentException("a classifier setting of type " + value.getClass().getSimpleName()
                + " cannot be written as data: " + value);
    }
}
