package io.github.segmentkit.classifiers.behavioral;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a classifier's settings (or fitted parameters) given as data, with typed errors: every problem names the
 * classifier type, the key and the offending value, and unknown keys are rejected (a misspelt key would otherwise
 * be silently ignored). Used by the built-in behavioral providers.
 *
 * <pre>{@code
 * ClassifierSettings s = ClassifierSettings.of("engagement", settings, Set.of("inputs", "output", "edges"));
 * String output = s.string("output", "engagement");
 * List<BigDecimal> edges = s.numbers("edges");
 * }</pre>
 *
 * <p>Immutable view; thread-safe when the map is not modified.
 *
 * <p>Transitional: kept only for the RFM classifier until it is ported onto the classifier kit
 * ({@link io.github.segmentkit.classifiers.kit}), then removed; new code uses the kit.
 */
public final class ClassifierSettings {
    /** The most elements a list setting may hold. */
    public static final int MAX_LIST_SIZE = 10_000;

    private final String type;
    private final String what;
    private final Map<String, Object> values;

    private ClassifierSettings(String type, String what, Map<String, Object> values) {
        this.type = type;
        this.what = what;
        this.values = values;
    }

    /**
     * Settings of a classifier of {@code type}.
     *
     * @throws DefinitionException naming every key not in {@code known}
     */
    public static ClassifierSettings of(String type, Map<String, Object> settings, Set<String> known) {
        return checked(type, "setting", settings, known);
    }

    /** Fitted parameters of a classifier of {@code type}; unknown keys are rejected as for settings. */
    public static ClassifierSettings parameters(String type, Map<String, Object> parameters, Set<String> known) {
        return checked(type, "parameter", parameters, known);
    }

    private static ClassifierSettings checked(String type, String what, Map<String, Object> values,
            Set<String> known) {
        Objects.requireNonNull(values, what + "s");
        ClassifierSettings reader = new ClassifierSettings(type, what, values);
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw reader.problem(unknown.iterator().next(), "unknown " + what + "; known " + what + "s are "
                    + new TreeSet<>(known));
        }
        return reader;
    }

    /** A {@link DefinitionException} naming the classifier, {@code key} and what is wrong. */
    public DefinitionException problem(String key, String message) {
        return new DefinitionException(Problem.of(null, key, "classifier '" + type + "', " + what + " '" + key
                + "': " + message));
    }

    /** Whether {@code key} is given (and not {@code null}). */
    public boolean has(String key) {
        return values.get(key) != null;
    }

    /** The raw value, or {@code null}. */
    public Object raw(String key) {
        return values.get(key);
    }

    /** A non-blank string, or {@code fallback} when absent. */
    public String string(String key, String fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof String text) || text.isBlank()) {
            throw problem(key, "must be a non-blank string, was " + describe(value));
        }
        return text;
    }

    /** A required non-blank string. */
    public String string(String key) {
        String value = string(key, null);
        if (value == null) {
            throw problem(key, "is required");
        }
        return value;
    }

    /** A boolean, or {@code fallback} when absent. */
    public boolean bool(String key, boolean fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Boolean flag)) {
            throw problem(key, "must be true or false, was " + describe(value));
        }
        return flag;
    }

    /** A whole number in {@code [min, max]}, or {@code fallback} when absent. */
    public long integer(String key, long fallback, long min, long max) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        long number;
        try {
            number = toDecimal(key, value).longValueExact();
        } catch (ArithmeticException notWhole) {
            throw problem(key, "must be a whole number, was " + describe(value));
        }
        if (number < min || number > max) {
            throw problem(key, "must be in " + min + ".." + max + ", was " + number);
        }
        return number;
    }

    /** A required whole number in {@code [min, max]}. */
    public long integer(String key, long min, long max) {
        if (!has(key)) {
            throw problem(key, "is required");
        }
        return integer(key, 0, min, max);
    }

    /** A number given as a number or its text. */
    public BigDecimal decimal(String key) {
        if (!has(key)) {
            throw problem(key, "is required");
        }
        return toDecimal(key, values.get(key));
    }

    /** A list, checked for size; required. */
    public List<?> list(String key) {
        Object value = values.get(key);
        if (value == null) {
            throw problem(key, "is required");
        }
        if (!(value instanceof List<?> list)) {
            throw problem(key, "must be a list, was " + describe(value));
        }
        if (list.size() > MAX_LIST_SIZE) {
            throw problem(key, "may hold at most " + MAX_LIST_SIZE + " elements, has " + list.size());
        }
        return list;
    }

    /** A required list of non-blank strings. */
    public List<String> strings(String key) {
        List<String> strings = new ArrayList<>();
        for (Object element : list(key)) {
            if (!(element instanceof String text) || text.isBlank()) {
                throw problem(key, "must hold non-blank strings, holds " + describe(element));
            }
            strings.add(text);
        }
        return strings;
    }

    /** A required list of numbers (numbers or their text). */
    public List<BigDecimal> numbers(String key) {
        List<BigDecimal> numbers = new ArrayList<>();
        for (Object element : list(key)) {
            numbers.add(toDecimal(key, element));
        }
        return numbers;
    }

    /** A nested map, e.g. one element of a list of rules. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String key, Object value) {
        if (!(value instanceof Map<?, ?> map) || !map.keySet().stream().allMatch(String.class::isInstance)) {
            throw problem(key, "must hold maps with string keys, holds " + describe(value));
        }
        return (Map<String, Object>) map;
    }

    private BigDecimal toDecimal(String key, Object value) {
        try {
            if (value instanceof BigDecimal decimal) {
                return decimal;
            }
            if (value instanceof Long || value instanceof Integer || value instanceof Short
                    || value instanceof Byte) {
                return BigDecimal.valueOf(((Number) value).longValue());
            }
            if (value instanceof Double || value instanceof Float) {
                double number = ((Number) value).doubleValue();
                if (!Double.isFinite(number)) {
                    throw problem(key, "must be a finite number, was " + value);
                }
                return BigDecimal.valueOf(number);
            }
            if (value instanceof Number || value instanceof String) {
                return new BigDecimal(value.toString().strip());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw problem(key, "must be a number, was " + describe(value));
    }

    private static String describe(Object value) {
        return value instanceof String ? "'" + value + "'" : String.valueOf(value);
    }
}
