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

    /**
     * Collects values, giving each new one the next code. Not thread-safe.
     *
     * <p>A column reads the same few values row after row, usually the very same {@code String} objects (constants,
     * or values a loader shares): so a value identical to the previous one is coded without hashing, and the others
     * are found in an open-addressing table that keeps each slot's hash beside it and compares references before
     * {@code equals}, without the entry and {@code Integer} objects of a {@code HashMap}.
     */
    public static final class Builder {
        /** The previous value looked up (a sentinel no caller holds, at first) and its code. */
        private String last = new String();
        private int lastCode = -1;
        private String[] values;
        private int size;
        private String[] slots;
        private int[] slotHashes;
        private int[] slotCodes;

        private Builder(Dictionary start) {
            values = Arrays.copyOf(start.values, Math.max(16, start.values.length));
            int capacity = Integer.highestOneBit(Math.max(16, start.values.length * 2)) * 2;
            slots = new String[capacity];
            slotHashes = new int[capacity];
            slotCodes = new int[capacity];
            for (String value : start.values) {
                insert(value, value.hashCode(), size++);
            }
        }

        /** Adds {@code value} if new; returns {@code this}. */
        public Builder add(String value) {
            code(value);
            return this;
        }

        /** The code of {@code value}, assigning the next one if it is new. */
        public int code(String value) {
            if (value == last) {
                return lastCode;
            }
            int code = lookUp(value);
            last = value;
            lastCode = code;
            return code;
        }

        private int lookUp(String value) {
            int hash = value.hashCode();
            int mask = slots.length - 1;
            for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
                String held = slots[slot];
                if (held == value) {
                    return slotCodes[slot];
                }
                if (held == null) {
                    return added(value, hash);
                }
                if (slotHashes[slot] == hash && held.equals(value)) {
                    return slotCodes[slot];
                }
            }
        }

        private int added(String value, int hash) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size] = value;
            if (2 * (size + 1) > slots.length) {
                // at most half full, so that a miss ends after a probe or two
                String[] oldSlots = slots;
                int[] oldHashes = slotHashes;
                int[] oldCodes = slotCodes;
                slots = new String[oldSlots.length * 2];
                slotHashes = new int[slots.length];
                slotCodes = new int[slots.length];
                for (int i = 0; i < oldSlots.length; i++) {
                    if (oldSlots[i] != null) {
                        insert(oldSlots[i], oldHashes[i], oldCodes[i]);
                    }
                }
            }
            insert(value, hash, size);
            return size++;
        }

        private void insert(String value, int hash, int code) {
            int mask = slots.length - 1;
            int slot = spread(hash) & mask;
            while (slots[slot] != null) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = value;
            slotHashes[slot] = hash;
            slotCodes[slot] = code;
        }

        /** Mixes the high bits of {@code String.hashCode} into the low ones, which short codes barely vary. */
        private static int spread(int hash) {
            return (hash * 0x9E3779B9) >>> 7 ^ hash;
        }

        /** The number of values so far. */
        public int size() {
            return size;
        }

        /** Forgets every value added after the first {@code keep}: undoes the reading of customers not kept. */
        void truncate(int keep) {
            if (keep >= size) {
                return;
            }
            Arrays.fill(values, keep, size, null);
            size = keep;
            last = new String();
            lastCode = -1;
            Arrays.fill(slots, null);
            for (int code = 0; code < size; code++) {
                insert(values[code], values[code].hashCode(), code);
            }
        }

        /** The immutable dictionary. */
        public Dictionary build() {
            String[] all = Arrays.copyOf(values, size);
            Map<String, Integer> codes = new HashMap<>();
            for (int code = 0; code < all.length; code++) {
                codes.put(all[code], code);
            }
            return new Dictionary(Map.copyOf(codes), all);
        }
    }
}
