package io.github.segmentkit.classifiers.kit;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Typed reading of a classifier's settings given as data (strings, numbers, booleans, lists and maps of those).
 * Every problem becomes a {@link DefinitionException} naming the classifier type, the setting's path (for example
 * {@code stores[3].latitude}) and the offending value. Unknown keys are rejected, so a misspelt setting never goes
 * unnoticed.
 *
 * <pre>{@code
 * Settings s = Settings.of("age-band", Map.of("output", "age_band", "age", "age"));
 * s.allowOnly("output", "age", "birthDate", "referenceDate", "edges");
 * String output = s.string("output", "age_band");
 * }</pre>
 *
 * <p>Immutable; thread-safe when the wrapped map is not modified.
 */
public final class Settings {
    /** The most elements a list or map setting may hold (stores, mapping entries, polygon vertices). */
    public static final int MAX_ELEMENTS = 1_000_000;

    private final String type;
    private final String path;
    private final Map<String, Object> values;

    private Settings(String type, String path, Map<String, Object> values) {
        this.type = type;
        this.path = path;
        this.values = values;
    }

    /**
     * The settings of a classifier of {@code type}.
     *
     * @throws DefinitionException when {@code values} is null
     */
    public static Settings of(String type, Map<String, Object> values) {
        Objects.requireNonNull(type, "type");
        if (values == null) {
            throw new DefinitionException(Problem.of(null, null, "classifier '" + type + "': settings are null"));
        }
        return new Settings(type, "", values);
    }

    /** The classifier type these settings belong to. */
    public String type() {
        return type;
    }

    /** Rejects every key not in {@code known}, naming it and the known ones. */
    public Settings allowOnly(String... known) {
        Set<String> allowed = Set.of(known);
        for (String key : values.keySet()) {
            if (!allowed.contains(key)) {
                throw problem(key, "unknown setting; known settings are " + new TreeSet<>(allowed));
            }
        }
        return this;
    }

    /** Whether {@code key} is given (and not null). */
    public boolean has(String key) {
        return values.get(key) != null;
    }

    /** A required non-blank string. */
    public String string(String key) {
        Object value = required(key);
        if (!(value instanceof String text) || text.isBlank()) {
            throw problem(key, "expected a non-blank string, got " + describe(value));
        }
        return text;
    }

    /** An optional string; {@code fallback} when absent. */
    public String string(String key, String fallback) {
        return has(key) ? string(key) : fallback;
    }

    /** A required finite number. */
    public double number(String key) {
        return toNumber(key, required(key));
    }

    /** An optional finite number; {@code fallback} when absent. */
    public double number(String key, double fallback) {
        return has(key) ? number(key) : fallback;
    }

    /** An optional finite number; {@code null} when absent. */
    public Double optionalNumber(String key) {
        return has(key) ? number(key) : null;
    }

    /** A required whole number in [{@code min}, {@code max}]. */
    public int integer(String key, int min, int max) {
        double value = number(key);
        if (value != Math.rint(value) || value < min || value > max) {
            throw problem(key, "expected a whole number in [" + min + ", " + max + "], got " + describe(value));
        }
        return (int) value;
    }

    /** An optional whole number in [{@code min}, {@code max}]; {@code fallback} when absent. */
    public int integer(String key, int min, int max, int fallback) {
        return has(key) ? integer(key, min, max) : fallback;
    }

    /** An optional boolean; {@code fallback} when absent. */
    public boolean bool(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        Object value = values.get(key);
        if (!(value instanceof Boolean flag)) {
            throw problem(key, "expected true or false, got " + describe(value));
        }
        return flag;
    }

    /** An optional list of finite numbers; {@code fallback} when absent. */
    public List<Double> numbers(String key, List<Double> fallback) {
        if (!has(key)) {
            return fallback;
        }
        List<?> list = list(key);
        List<Double> numbers = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            numbers.add(toNumber(key + "[" + i + "]", list.get(i)));
        }
        return List.copyOf(numbers);
    }

    /** An optional list of non-null strings; {@code fallback} when absent. */
    public List<String> strings(String key, List<String> fallback) {
        if (!has(key)) {
            return fallback;
        }
        List<?> list = list(key);
        List<String> strings = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String text)) {
                throw problem(key + "[" + i + "]", "expected a string, got " + describe(list.get(i)));
            }
            strings.add(text);
        }
        return List.copyOf(strings);
    }

    /** A required list of objects, each read as nested settings (path {@code key[i]}). */
    public List<Settings> objects(String key) {
        List<?> list = list(key);
        List<Settings> objects = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            objects.add(nested(key + "[" + i + "]", list.get(i)));
        }
        return objects;
    }

    /** A required object read as nested settings. */
    public Settings object(String key) {
        return nested(key, required(key));
    }

    /** The raw value of an optional key, or null. */
    public Object raw(String key) {
        return values.get(key);
    }

    /** A required map from strings to strings, in its iteration order. */
    public Map<String, String> stringMap(String key) {
        Map<String, String> result = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map(key).entrySet()) {
            if (!(entry.getKey() instanceof String name) || !(entry.getValue() instanceof String value)) {
                throw problem(key, "expected strings as keys and values, got " + describe(entry.getKey()) + " -> "
                        + describe(entry.getValue()));
            }
            result.put(name, value);
        }
        return result;
    }

    /** A required map from strings to finite numbers, in its iteration order. */
    public Map<String, Double> numberMap(String key) {
        Map<String, Double> result = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map(key).entrySet()) {
            if (!(entry.getKey() instanceof String name)) {
                throw problem(key, "expected strings as keys, got " + describe(entry.getKey()));
            }
            result.put(name, toNumber(key + "." + name, entry.getValue()));
        }
        return result;
    }

    /** An optional map from strings to strings; empty when absent. */
    public Map<String, String> stringMapOrEmpty(String key) {
        return has(key) ? stringMap(key) : Map.of();
    }

    /**
     * Runs {@code constructor}, turning the {@link IllegalArgumentException} a value's own checks throw into a
     * definition problem at {@code key}.
     */
    public <T> T build(String key, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw problem(key, e.getMessage());
        }
    }

    /** A definition problem at {@code key}: the exception to throw for a bad value. */
    public DefinitionException problem(String key, String message) {
        return new DefinitionException(Problem.of(null, path + key, "classifier '" + type + "', setting '"
                + path + key + "': " + message));
    }

    private Map<?, ?> map(String key) {
        Object value = required(key);
        if (!(value instanceof Map<?, ?> map)) {
            throw problem(key, "expected an object, got " + describe(value));
        }
        checkSize(key, map.size());
        return map;
    }

    private List<?> list(String key) {
        Object value = required(key);
        if (!(value instanceof List<?> list)) {
            throw problem(key, "expected a list, got " + describe(value));
        }
        checkSize(key, list.size());
        return list;
    }

    private void checkSize(String key, int size) {
        if (size > MAX_ELEMENTS) {
            throw problem(key, size + " elements exceed the limit of " + MAX_ELEMENTS);
        }
    }

    @SuppressWarnings("unchecked")
    private Settings nested(String key, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw problem(key, "expected an object, got " + describe(value));
        }
        for (Object name : map.keySet()) {
            if (!(name instanceof String)) {
                throw problem(key, "expected string keys, got " + describe(name));
            }
        }
        return new Settings(type, path + key + ".", (Map<String, Object>) map);
    }

    private Object required(String key) {
        Object value = values.get(key);
        if (value == null) {
            throw problem(key, "is required");
        }
        return value;
    }

    private double toNumber(String key, Object value) {
        if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
            throw problem(key, "expected a finite number, got " + describe(value));
        }
        return number.doubleValue();
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return "'" + text + "'";
        }
        if (value instanceof double[] array) {
            return Arrays.toString(array);
        }
        String text = String.valueOf(value);
        return (text.length() > 80 ? text.substring(0, 80) + "…" : text) + " (" + value.getClass().getSimpleName()
                + ")";
    }
}
