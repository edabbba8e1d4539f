package io.github.segmentkit.benchmarks.peers.duckdb;

import io.github.segmentkit.benchmarks.workload.CustomerGenerator;
import java.util.Collection;
import java.util.List;

/**
 * Encodes interest tags as a bit mask, bit i for {@link #TAGS} i: the "tags as a BIGINT" formulation of the DuckDB
 * peer.
 *
 * <pre>{@code
 * long mask = TagMask.of(Set.of("tech", "gaming"));   // bits 0 and 5
 * }</pre>
 */
public final class TagMask {
    /** The tags in bit order. */
    public static final List<String> TAGS = CustomerGenerator.TAGS;

    private TagMask() {
    }

    /**
     * The mask of {@code tags}.
     *
     * @throws IllegalArgumentException naming a tag that has no bit
     */
    public static long of(Collection<String> tags) {
        long mask = 0;
        for (String tag : tags) {
            int bit = TAGS.indexOf(tag);
            if (bit < 0) {
                throw new IllegalArgumentException("tag '" + tag + "' has no bit; known tags are " + TAGS);
            }
            mask |= 1L << bit;
        }
        return mask;
    }
}
