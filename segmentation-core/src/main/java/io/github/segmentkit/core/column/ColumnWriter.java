package io.github.segmentkit.core.column;

import io.github.segmentkit.api.schema.AttributeBinding;
import io.github.segmentkit.api.schema.BooleanBinding;
import io.github.segmentkit.api.schema.CategoricalBinding;
import io.github.segmentkit.api.schema.DateBinding;
import io.github.segmentkit.api.schema.DoubleBinding;
import io.github.segmentkit.api.schema.GeoPointBinding;
import io.github.segmentkit.api.schema.LongBinding;
import io.github.segmentkit.api.schema.TagsBinding;
import io.github.segmentkit.api.schema.TimestampBinding;
import java.util.Arrays;

/**
 * Fills the buffer of one chunk of one column from customer objects, then seals it into an immutable {@link Chunk}.
 * The buffer is reused from chunk to chunk; a sealed chunk owns copies. Not thread-safe.
 *
 * @param <T> the customer type
 */
abstract class ColumnWriter<T> {
    final int capacity;
    private final long[] missing;

    ColumnWriter(int capacity) {
        this.capacity = capacity;
        this.missing = new long[Bits.words(capacity)];
    }

    /** The writer of {@code binding}'s column, continuing {@code dictionary}'s codes. */
    @SuppressWarnings("unchecked")
    static <T> ColumnWriter<T> of(AttributeBinding<T> binding, Dictionary dictionary, int capacity) {
        if (binding instanceof LongBinding<T> b) {
            return new LongWriter<>(b, capacity);
        }
        if (binding instanceof DoubleBinding<T> b) {
            return new DoubleWriter<>(b, capacity);
        }
        if (binding instanceof DateBinding<T> b) {
            return new DateWriter<>(b, capacity);
        }
        if (binding instanceof CategoricalBinding<T> b) {
            return new CategoricalWriter<>(b, dictionary, capacity);
        }
        if (binding instanceof TimestampBinding<T> b) {
            return new TimestampWriter<>(b, capacity);
        }
        if (binding instanceof BooleanBinding<T> b) {
            return new BooleanWriter<>(b, capacity);
        }
        if (binding instanceof TagsBinding<T> b) {
            return new TagsWriter<>(b, dictionary, capacity);
        }
        return new GeoWriter<>((GeoPointBinding<T>) binding, capacity);
    }

    /**
     * Reads {@code customer}'s value into row {@code index} of the buffer, which is clear at that row.
     *
     * @throws RuntimeException whatever the extractor throws, or {@link IllegalArgumentException} for a value
     *                          outside the attribute's domain; the caller adds the row and attribute
     */
    abstract void write(T customer, int index);

    /**
     * Reads {@code customers[offset .. offset + count)} into rows {@code [index, index + count)} of the buffer, which
     * are clear. Each final writer overrides this with the same loop, so that its own {@link #write} is inlined there:
     * a loop over one attribute of a block of customers runs without a call per value to dispatch, and the loads of
     * successive customers overlap instead of waiting on one another.
     *
     * @throws RuntimeException as {@link #write} does; rows of the block may then be written, and must be cleared
     */
    abstract void writeAll(Object[] customers, int offset, int count, int index);

    /** The binding this writer reads its attribute through. */
    abstract AttributeBinding<T> binding();

    /** Clears row {@code index} of the buffer so that it can be written again. */
    void clear(int index) {
        missing[index >>> 6] &= ~(1L << index);
    }

    /** Loads a sealed chunk back into the buffer, to change or extend it. */
    abstract void reload(Chunk chunk);

    /** Seals rows {@code [0, rows)} of the buffer into a chunk and clears the buffer. */
    abstract Chunk seal(int rows);

    /** The number of values in the dictionary so far (categorical and tags columns), else 0. */
    int dictionarySize() {
        return 0;
    }

    /** Forgets the dictionary values added after the first {@code keep}, when customers read are undone. */
    void truncateDictionary(int keep) {
    }

    /** The dictionary so far (categorical and tags columns), else {@link Dictionary#EMPTY}. */
    Dictionary dictionary() {
        return Dictionary.EMPTY;
    }

    final void markMissing(int index) {
        missing[index >>> 6] |= 1L << index;
    }

    final boolean isMissing(int index) {
        return (missing[index >>> 6] & (1L << index)) != 0;
    }

    final void reloadMissing(long[] words) {
        Arrays.fill(missing, 0L);
        if (words != null) {
            System.arraycopy(words, 0, missing, 0, words.length);
        }
    }

    /** The first row below {@code rows} that is not missing, or {@code rows} when every one is. */
    final int firstPresent(int rows) {
        for (int w = 0, words = Bits.words(rows); w < words; w++) {
            long present = ~missing[w];
            if (present != 0) {
                return Math.min((w << 6) + Long.numberOfTrailingZeros(present), rows);
            }
        }
        return rows;
    }

    /** Sets {@code values[i]} to {@code filler} for each missing row {@code i < rows}, a missing word at a time. */
    final void fillMissing(long[] values, int rows, long filler) {
        for (int w = 0, words = Bits.words(rows); w < words; w++) {
            for (long bits = missing[w]; bits != 0; bits &= bits - 1) {
                values[(w << 6) + Long.numberOfTrailingZeros(bits)] = filler;   // rows past rows are never missing
            }
        }
    }

    /** A copy of the missing bitmap of rows {@code [0, rows)}, or {@code null} when none is missing; then clears. */
    final long[] sealMissing(int rows) {
        int words = Bits.words(rows);
        long any = 0;
        for (int i = 0; i < words; i++) {
            any |= missing[i];
        }
        long[] sealed = any == 0 ? null : Arrays.copyOf(missing, words);
        Arrays.fill(missing, 0L);
        return sealed;
    }
}
