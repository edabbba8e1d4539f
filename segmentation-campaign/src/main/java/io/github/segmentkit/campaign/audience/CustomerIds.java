package io.github.segmentkit.campaign.audience;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.LongStream;

/**
 * An immutable set of customer ids, held as a sorted array of primitives: compact for millions of customers, and
 * with a fast {@link #contains}. Equal when the ids are.
 *
 * <pre>{@code
 * CustomerIds optedOut = CustomerIds.of(17L, 42L, 3L);
 * boolean out = optedOut.contains(42L);   // true
 * long[] ascending = optedOut.toArray();  // [3, 17, 42]
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class CustomerIds {
    private static final CustomerIds EMPTY = new CustomerIds(new long[0]);

    private final long[] sorted;

    private CustomerIds(long[] sorted) {
        this.sorted = sorted;
    }

    /** The set of {@code ids}; repeated ids count once. */
    public static CustomerIds of(long... ids) {
        long[] sorted = Objects.requireNonNull(ids, "ids").clone();
        Arrays.sort(sorted);
        return new CustomerIds(distinct(sorted));
    }

    /** The set of {@code ids}; repeated ids count once. */
    public static CustomerIds of(Collection<Long> ids) {
        return of(Objects.requireNonNull(ids, "ids").stream().mapToLong(Long::longValue).toArray());
    }

    /** The empty set. */
    public static CustomerIds empty() {
        return EMPTY;
    }

    private static long[] distinct(long[] sorted) {
        int kept = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[kept++] = sorted[i];
            }
        }
        return kept == sorted.length ? sorted : Arrays.copyOf(sorted, kept);
    }

    /** Whether {@code id} is in the set. */
    public boolean contains(long id) {
        return Arrays.binarySearch(sorted, id) >= 0;
    }

    /** How many ids the set holds. */
    public int size() {
        return sorted.length;
    }

    /** Whether the set holds no id. */
    public boolean isEmpty() {
        return sorted.length == 0;
    }

    /** The ids, ascending, in a new array. */
    public long[] toArray() {
        return sorted.clone();
    }

    /** The ids, ascending. */
    public LongStream stream() {
        return Arrays.stream(sorted);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CustomerIds && Arrays.equals(((CustomerIds) other).sorted, sorted);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sorted);
    }

    @Override
    public String toString() {
        return sorted.length <= 10 ? Arrays.toString(sorted) : sorted.length + " customer ids";
    }
}
