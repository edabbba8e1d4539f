package io.github.segmentkit.core.column;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The distinct strings of a categorical or tags column, each with a dense code {@code 0, 1, 2, …} in the order they
 * were first seen. Codes never change: a table derived by appending rows extends the dictionary of its origin, so
 * the chunks it shares keep their meaning.
 *
 * <pre>{@code
 * Dictionary countries = Dictionary.EMPTY.toBuilder().add("US").add("CA").add("US").build();
 * countries.codeOf("CA");   // 1
 * countries.codeOf("MX");   // -1: no row holds it
 * }</pre>
 *
 * <p>Immutable and thread-safe; the {@link Builder} is not thread-safe.
 */
public final class Dictionary {
    /** The dictionary without any value. */
    public static final Dictionary EMPTY = new Dictionary(Map.of(), new String[0]);

    private final Map<String, Integer> codes;
    private final String[] values;

    private Dictionary(Map<String, Integer> codes, String[] values) {
        this.codes = codes;
        this.values = values;
    }

    /** The number of distinct values. */
    public int size() {
        return values.length;
    }

    /** The code of {@code value}, or -1 when no row holds it. */
    public int codeOf(String value) {
        Integer code = codes.get(value);
        return code == null ? -1 : code;
    }

    /** The value of {@code code}, in {@code [0, size)}. */
    public String valueOf(int code) {
        return values[code];
    }

    /** A builder starting with this dictionary's values and codes. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Approximate heap bytes: the map entries and the strings. */
    long memoryBytes() {
        long bytes = 16L + 8L * values.length;
        for (String value : values) {
            bytes += 48 + 2L * value.length() + 40;   // string object and array, hash map node
        }
        return bytes;
    }

    /** Collects values, giving each new one the next code. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Integer> codes;
        private String[] values;
        private int size;

        private Builder(Dictionary start) {
            codes = new HashMap<>(start.codes);
            values = Arrays.copyOf(start.values, Math.max(16, start.values.length));
            size = start.values.length;
        }

        /** Adds {@code value} if new; returns {@code this}. */
        public Builder add(String value) {
            code(value);
            return this;
        }

        /** The code of {@code value}, assigning the next one if it is new. */
        public int code(String value) {
            Integer code = codes.get(value);
            if (code != null) {
                return code;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size] = value;
            codes.put(value, size);
            return size++;
        }

        /** The number of values so far. */
        public int size() {
            return size;
        }

        /** The immutable dictionary. */
        public Dictionary build() {
            return new Dictionary(Map.copyOf(codes), Arrays.copyOf(values, size));
        }
    }
}
