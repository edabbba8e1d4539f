package io.github.segmentkit.core.engine;

import io.github.segmentkit.core.column.ColumnTable;
import java.util.Arrays;

/**
 * Finds the row of a customer id: an open-addressing hash table of primitive ids and rows (12 bytes per slot,
 * load at most 2/3), built once on first use. Immutable after construction; thread-safe.
 */
final class IdIndex {
    private static final int EMPTY = -1;
    /** Marks an id held by several rows. */
    static final int SHARED = -2;

    private final long[] keys;
    private final int[] rows;
    private final int mask;

    /** The most rows the index serves: its table of 2^30 slots stays at most 3/4 full. */
    static final int MAX_ROWS = 3 << 28;

    IdIndex(ColumnTable<?> table) {
        if (table.rowCount() > MAX_ROWS) {
            throw new UnsupportedOperationException("looking customers up by id supports at most " + MAX_ROWS
                    + " rows, the table has " + table.rowCount() + "; use segmentsOfRow");
        }
        int capacity = (int) Math.min(1L << 30, Long.highestOneBit(Math.max(4L, table.rowCount() * 3L / 2)) << 1);
        keys = new long[capacity];
        rows = new int[capacity];
        mask = capacity - 1;
        Arrays.fill(rows, EMPTY);
        for (int chunk = 0; chunk < table.chunkCount(); chunk++) {
            var ids = table.idChunk(chunk);
            int first = chunk * table.chunkRows();
            for (int i = 0; i < ids.size(); i++) {
                put(ids.get(i), first + i);
            }
        }
    }

    private static int hash(long id) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private void put(long id, int row) {
        int slot = hash(id) & mask;
        while (rows[slot] != EMPTY) {
            if (keys[slot] == id) {
                rows[slot] = SHARED;
                return;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = id;
        rows[slot] = row;
    }

    /** The row of {@code id}; {@link #SHARED} when several rows have it; -1 when none. */
    int rowOf(long id) {
        int slot = hash(id) & mask;
        while (rows[slot] != EMPTY) {
            if (keys[slot] == id) {
                return rows[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }
}
