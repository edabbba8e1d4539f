package io.github.segmentkit.core.engine;

import io.github.segmentkit.core.row.RowContext;
import java.util.List;
import java.util.Set;

/**
 * A reusable holder of one customer's segments, filled by {@link ColumnarSegmenter#classifyInto}: a bit per segment
 * plus the working memory of the evaluation, so that classifying customer after customer into the same buffer
 * allocates nothing (what {@code segmentsOf} cannot offer, since it returns a new {@code Set}). Segments are
 * numbered in declaration order.
 *
 * <pre>{@code
 * ColumnarSegmenter<Customer> engine = ColumnarSegmenter.of(segmenter);
 * MembershipBuffer buffer = engine.newMembershipBuffer();       // one per thread
 * for (Customer customer : customers) {
 *     engine.classifyInto(customer, buffer);                     // no allocation
 *     for (int s = buffer.nextMember(0); s >= 0; s = buffer.nextMember(s + 1)) {
 *         counts[s]++;                                           // or buffer.contains("lapsed")
 *     }
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one buffer per thread, used with the segmenter that created it.
 */
public final class MembershipBuffer {
    private final List<String> names;
    final Object plan;
    final RowContext context;
    final long[] bits;

    MembershipBuffer(List<String> names, Object plan, RowContext context, int words) {
        this.names = names;
        this.plan = plan;
        this.context = context;
        this.bits = new long[words];
    }

    /** Whether the last customer classified belongs to the segment declared at {@code index}. */
    public boolean contains(int index) {
        if (index < 0 || index >= names.size()) {
            throw new IndexOutOfBoundsException("segment index " + index + " outside [0, " + names.size() + ")");
        }
        return (bits[index >>> 6] & (1L << index)) != 0;
    }

    /**
     * Whether the last customer classified belongs to the segment named {@code name}.
     *
     * @throws IllegalArgumentException when the segmenter has no such segment
     */
    public boolean contains(String name) {
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no segment named '" + name + "'; the segments are " + names);
        }
        return contains(index);
    }

    /** The index of the first segment at or after {@code from} that the last customer belongs to; −1 when none. */
    public int nextMember(int from) {
        if (from < 0) {
            throw new IndexOutOfBoundsException("segment index " + from + " is negative");
        }
        for (int word = from >>> 6; word < bits.length; word++) {
            long remaining = word == from >>> 6 ? bits[word] & (-1L << from) : bits[word];
            if (remaining != 0) {
                return (word << 6) + Long.numberOfTrailingZeros(remaining);
            }
        }
        return -1;
    }

    /** How many segments the last customer belongs to. */
    public int count() {
        int count = 0;
        for (long word : bits) {
            count += Long.bitCount(word);
        }
        return count;
    }

    /** The segment names, in declaration order: index {@code i} of this buffer is {@code segmentNames().get(i)}. */
    public List<String> segmentNames() {
        return names;
    }

    /** A copy of the last customer's segments as an unmodifiable set, in declaration order (allocates). */
    public Set<String> toSet() {
        return new MemberSet(names, bits.clone());
    }
}
