package io.github.segmentkit.core.column;

import java.util.Arrays;

/**
 * A {@link ColumnWriter} whose values are whole numbers packed into a {@link LongChunk}.
 *
 * @param <T> the customer type
 */
abstract class LongValuesWriter<T> extends ColumnWriter<T> {
    final long[] values;

    LongValuesWriter(int capacity) {
        super(capacity);
        values = new long[capacity];
    }

    @Override
    void reload(Chunk chunk) {
        LongChunk sealed = (LongChunk) chunk;
        sealed.values().copyTo(values, 0);
        reloadMissing(sealed.missing());
    }

    @Override
    Chunk seal(int rows) {
        // a missing row takes a present row's value, so that it neither widens the packing nor the min/max
        int present = firstPresent(rows);
        fillMissing(values, rows, present < rows ? values[present] : 0L);
        LongChunk chunk = new LongChunk(PackedLongs.pack(values, rows), sealMissing(rows));
        Arrays.fill(values, 0, rows, 0L);
        return chunk;
    }
}
