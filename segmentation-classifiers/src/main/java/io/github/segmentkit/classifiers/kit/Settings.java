package io.github.segmentkit.classifiers.kit;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.Problem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Typed reading of a classifier's settings, or of its fitted parameters, given as data (strings, numbers, booleans,
 * lists and maps of those). The one reader every classifier uses, with one set of rules:
 * <ul>
 *   <li><b>Messages</b> read {@code classifier '<type>', setting '<path>': <what is wrong>, was <value>} (or
 *       {@code parameter '<path>'} for fitted parameters); the path names nested values as in
 *       {@code stores[3].latitude}. Every problem is a {@link DefinitionException}.</li>
 *   <li><b>Unknown keys</b> are rejected by {@link #allowOnly}, so a misspelt setting never goes unnoticed.</li>
 *   <li><b>Numbers</b> are read exactly: any {@link Number} (a double through its shortest decimal form, so
 *       {@code 0.1} is exactly 0.1) or a string holding a decimal ({@code "0.1"}), which survives JSON tools that
 *       would turn it into a binary double. Infinities and NaN are refused. {@link #decimal} gives the exact value,
 *       {@link #number} the same value as a double, {@link #integer} a whole number in a range.</li>
 *   <li><b>Argument order</b>: the key first, then the allowed range, then the fallback used when the key is
 *       absent: {@code integer("k", 0, 50, 0)}.</li>
 *   <li><b>Limits</b>: every list and map holds at most {@link ClassifierLimits#MAX_ELEMENTS} elements.</li>
 * </ul>
 *
 * <pre>{@code
 * Settings settings = Settings.of("geohash", values).allowOnly("input", "output", "precision", "prefixes");
 * String input = settings.string("input");                          // required
 * long precision = settings.integer("precision", 1, 12, 5);          // optional, default 5
 * List<String> prefixes = settings.strings("prefixes", List.of());   // optional list
 * }</pre>
 *
 * <p>Immutable; thread-safe when the wrapped map is not modified.
 */
public final class Settings {
    private final String type;
    private final String kind;
    private final String path;
    private final Map<String, Object> values;

    private Settings(String type, String kind, String path, Map<String, Object> values) {
        this.type = type;
        this.kind = kind;
        this.path = path;
        this.values = values;
    }

    /**
     * The settings of a classifier of {@code type}.
     *
     * @throws DefinitionException when {@code values} is null
     */
    public static Settings of(String type, Map<String, Object> values) {
        return checked(type, "setting", values);
    }

    /**
     * The fitted parameters of a classifier of {@code type}: read like settings, named {@code parameter} in
     * messages. {@link FittedParameters#read} checks the format version first and returns this reader.
     *
     * @throws DefinitionException when {@code values} is null
     */
    public static Settings parameters(String type, Map<String, Object> values) {
        return checked(type, "parameter", values);
    }

    private static Settings checked(String type, String kind, Map<String, Object> values) {
        Objects.requireNonNull(type, "type");
        if (values == null) {
            throw new DefinitionException(Problem.of(null, null, "classifier '" + type + "': " + kind
                    + "s are null"));
        }
        return new Settings(type, kind, "", values);
    }

    /** The classifier type these settings belong to. */
    public String type() {
        return type;
    }

    /** Rejects every key not in {@code known}, naming it and the known ones; returns this reader. */
    public Settings allowOnly(String... known) {
        return allowOnly(Arrays.asList(known));
    }

    /** Rejects every key not in {@code known}, naming it and the known ones; returns this reader. */
    public Settings allowOnly(Collection<String> known) {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw problem(unknown.iterator().next(), "unknown " + kind + "; known " + kind + "s are "
                    + new TreeSet<>(known));
        }
        return this;
    }

    /** The keys given, in the map's order. */
    public Set<String> keys() {
        return values.keySet();
    }

    /** Whether {@code key} is given (and not null). */
    public boolean has(String key) {
        return values.get(key) != null;
    }

    /** The raw value of an optional key, or null. */
    public Object raw(String key) {
        return values.get(key);
    }

    /** A required non-blank string. */
    public String string(String key) {
        Object value = required(key);
        if (!(value instanceof String text) || text.isBlank()) {
            throw problem(key, "must be a non-blank string, was " + describe(value));
        }
        return text;
    }

    /** An optional non-blank string; {@code fallback} (which may be null) when absent. */
    public String string(String key, String fallback) {
        return has(key) ? string(key) : fallback;
    }

    /** An optional boolean; {@code fallback} when absent. */
    public boolean bool(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        Object value = values.get(key);
        if (!(value instanceof Boolean flag)) {
            throw problem(key, "must be true or false, was " + describe(value));
        }
        return flag;
    }

    /** An optional boolean; {@code null} when absent. */
    public Boolean optionalBool(String key) {
        return has(key) ? bool(key, false) : null;
    }

    /** A required number, exactly. */
    public BigDecimal decimal(String key) {
        return toDecimal(key, required(key));
    }

    /** A required number as a double. */
    public double number(String key) {
        return decimal(key).doubleValue();
    }

    /** An optional number as a double; {@code fallback} when absent. */
    public double number(String key, double fallback) {
        return has(key) ? number(key) : fallback;
    }

    /** An optional number as a double; {@code null} when absent. */
    public Double optionalNumber(String key) {
        return has(key) ? number(key) : null;
    }

    /** A required whole number in [{@code min}, {@code max}]. */
    public long integer(String key, long min, long max) {
        Object value = required(key);
        long number;
        try {
            number = toDecimal(key, value).longValueExact();
        } catch (ArithmeticException notWhole) {
            throw problem(key, "must be a whole number in " + min + ".." + max + ", was " + describe(value));
        }
        if (number < min || number > max) {
            throw problem(key, "must be in " + min + ".." + max + ", was " + number);
        }
        return number;
    }

    /** An optional whole number in [{@code min}, {@code max}]; {@code fallback} when absent. */
    public long integer(String key, long min, long max, long fallback) {
        return has(key) ? integer(key, min, max) : fallback;
    }

    /** An optional whole number in [{@code min}, {@code max}]; {@code null} when absent. */
    public Long optionalInteger(String key, long min, long max) {
        return has(key) ? integer(key, min, max) : null;
    }

    /** A required list of raw values (checked for size only). */
    public List<?> list(String key) {
        Object value = required(key);
        if (!(value instanceof List<?> list)) {
            throw problem(key, "must be a list, was " + describe(value));
        }
        checkSize(key, list.size());
        return list;
    }

    /** An optional list of exact numbers; {@code fallback} (which may be null) when absent. */
    public List<BigDecimal> decimals(String key, List<BigDecimal> fallback) {
        if (!has(key)) {
            return fallback;
        }
        List<?> list = list(key);
        List<BigDecimal> numbers = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            numbers.add(toDecimal(key + "[" + i + "]", list.get(i)));
        }
        return List.copyOf(numbers);
    }

    /** An optional list of numbers as doubles; {@code fallback} (which may be null) when absent. */
    public List<Double> numbers(String key, List<Double> fallback) {
        List<BigDecimal> decimals = decimals(key, null);
        return decimals == null ? fallback : decimals.stream().map(BigDecimal::doubleValue).toList();
    }

    /** A required list of non-blank strings. */
    public List<String> strings(String key) {
        List<?> list = list(key);
        List<String> strings = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String text) || text.isBlank()) {
                throw problem(key + "[" + i + "]", "must be a non-blank string, was " + describe(list.get(i)));
            }
            strings.add(text);
        }
        return List.copyOf(strings);
    }

    /** An optional list of non-blank strings; {@code fallback} (which may be null) when absent. */
    public List<String> strings(String key, List<String> fallback) {
        return has(key) ? strings(key) : fallback;
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

    /** A required object read as nested settings (path {@code key.}). */
    public Settings object(String key) {
        return nested(key, required(key));
    }

    /** A required map from strings to strings, in its iteration order. */
    public Map<String, String> stringMap(String key) {
        Map<String, String> result = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map(key).entrySet()) {
            if (!(entry.getKey() instanceof String name) || !(entry.getValue() instanceof String value)) {
                throw problem(key, "must map strings to strings, was " + describe(entry.getKey()) + " -> "
                        + describe(entry.getValue()));
            }
            result.put(name, value);
        }
        return result;
    }

    /** An optional map from strings to strings; empty when absent. */
    public Map<String, String> stringMapOrEmpty(String key) {
        return has(key) ? stringMap(key) : Map.of();
    }

    /** A required map from strings to numbers (as doubles), in its iteration order. */
    public Map<String, Double> numberMap(String key) {
        Map<String, Double> result = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map(key).entrySet()) {
            if (!(entry.getKey() instanceof String name)) {
                throw problem(key, "must have string keys, was " + describe(entry.getKey()));
            }
            result.put(name, toDecimal(key + "." + name, entry.getValue()).doubleValue());
        }
        return result;
    }

    /**
     * Runs {@code constructor}, turning the {@link IllegalArgumentException} a value's own checks throw into a
     * problem at {@code key}.
     */
    public <T> T build(String key, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw problem(key, e.getMessage());
        }
    }

    /**
     * A problem at {@code key}: the exception to throw for a bad value, naming classifier, key and message. The
     * problem's {@code attribute} is the setting's path, which the definitions readers use to point at the value in
     * the source (line and column, or JSON pointer).
     */
    public DefinitionException problem(String key, String message) {
        return new DefinitionException(Problem.of(null, path + key, "classifier '" + type + "', " + kind + " '"
                + path + key + "': " + message));
    }

    private Map<?, ?> map(String key) {
        Object value = required(key);
        if (!(value instanceof Map<?, ?> map)) {
            throw problem(key, "must be an object, was " + describe(value));
        }
        checkSize(key, map.size());
        return map;
    }

    private void checkSize(String key, int size) {
        if (size > ClassifierLimits.MAX_ELEMENTS) {
            throw problem(key, "may hold at most " + ClassifierLimits.MAX_ELEMENTS + " elements, has " + size);
        }
    }

    @SuppressWarnings("unchecked")
    private Settings nested(String key, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw problem(key, "must be an object, was " + describe(value));
        }
        checkSize(key, map.size());
        for (Object name : map.keySet()) {
            if (!(name instanceof String)) {
                throw problem(key, "must have string keys, was " + describe(name));
            }
        }
        return new Settings(type, kind, path + key + ".", (Map<String, Object>) map);
    }

    private Object required(String key) {
        Object value = values.get(key);
        if (value == null) {
            throw problem(key, "is required");
        }
        return value;
    }

    private BigDecimal toDecimal(String key, Object value) {
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (!Double.isFinite(number)) {
                throw problem(key, "must be a finite number, was " + describe(value));
            }
            return BigDecimal.valueOf(number);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof BigInteger whole) {
            return new BigDecimal(whole);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof String text) {
            try {
                return new BigDecimal(text.strip());
            } catch (NumberFormatException notANumber) {
                // reported below
            }
        }
        throw problem(key, "must be a number, was " + describe(value));
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return "'" + text + "'";
        }
        String text = String.valueOf(value);
        return (text.length() > 80 ? text.substring(0, 80) + "…" : text) + " (" + value.getClass().getSimpleName()
                + ")";
    }
}
