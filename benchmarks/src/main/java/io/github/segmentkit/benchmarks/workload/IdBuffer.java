package io.github.segmentkit.benchmarks.workload;

import java.util.Arrays;

/**
 * A growing {@code long[]} for peers that hand out member ids one at a time (JDBC rows, CQEngine result sets).
 *
 * <pre>{@code
 * IdBuffer ids = new IdBuffer();
 * while (rows.next()) { ids.add(rows.getLong(1)); }
 * long[] members = ids.toArray();
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class IdBuffer {
    private long[] ids = new long[1024];
    private int size;

    /** Appends {@code id}. */
    public void add(long id) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = id;
    }

    /** The ids added, in order. */
    public long[] toArray() {
        return Arrays.copyOf(ids, size);
    }
}
