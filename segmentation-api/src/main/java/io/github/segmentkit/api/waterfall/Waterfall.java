package io.github.segmentkit.api.waterfall;

import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.result.SegmentationResult;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Exclusive ("waterfall") segmentation: an ordered list of segments, first match wins, and a named default bucket
 * for everyone else, so that each customer lands in exactly one bucket. It works on any engine's
 * {@link SegmentationResult} (overlapping segments are evaluated as usual, then resolved in order), and the
 * bucket sizes always add up to the input size.
 *
 * <pre>{@code
 * Waterfall waterfall = Waterfall.of(List.of("champions", "at_risk", "new"), "everyone_else");
 * WaterfallResult buckets = waterfall.assign(segmenter.segment(customers));
 * buckets.count("at_risk");       // at-risk customers who are not champions
 * buckets.steps();                // per step: matched, already taken, assigned
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Waterfall {
    /** The most steps a waterfall may have. */
    public static final int MAX_STEPS = 10_000;

    private final List<String> order;
    private final String defaultBucket;

    private Waterfall(List<String> order, String defaultBucket) {
        this.order = order;
        this.defaultBucket = defaultBucket;
    }

    /**
     * A waterfall over {@code order} (segment names, highest priority first) with a default bucket.
     *
     * @throws IllegalArgumentException for a null or repeated name, a default bucket named like a step, or more than
     *                                  {@value #MAX_STEPS} steps
     */
    public static Waterfall of(List<String> order, String defaultBucket) {
        Objects.requireNonNull(defaultBucket, "defaultBucket");
        if (order.size() > MAX_STEPS) {
            throw new IllegalArgumentException("a waterfall has at most " + MAX_STEPS + " steps, got " + order.size());
        }
        Set<String> seen = new HashSet<>();
        for (String name : order) {
            if (!seen.add(Objects.requireNonNull(name, "segment name"))) {
                throw new IllegalArgumentException("segment '" + name + "' appears twice in the waterfall " + order);
            }
        }
        if (seen.contains(defaultBucket)) {
            throw new IllegalArgumentException("the default bucket '" + defaultBucket
                    + "' has the name of a segment in the waterfall " + order);
        }
        return new Waterfall(List.copyOf(order), defaultBucket);
    }

    /** The segment names, highest priority first. */
    public List<String> order() {
        return order;
    }

    /** The bucket of customers no step matched. */
    public String defaultBucket() {
        return defaultBucket;
    }

    /**
     * Resolves {@code result} into exclusive buckets.
     *
     * @throws IllegalArgumentException naming a step that is not a segment of the result
     */
    public WaterfallResult assign(SegmentationResult result) {
        List<String> known = result.segmentNames();
        for (String name : order) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("waterfall step '" + name + "' is not a segment of the result; "
                        + "its segments are " + known);
            }
        }
        int n = result.customerCount();
        int[] bucketOfRow = new int[n];
        java.util.Arrays.fill(bucketOfRow, order.size());
        int[] matched = new int[order.size()];
        int[] taken = new int[order.size()];
        for (int step = 0; step < order.size(); step++) {
            var rows = result.memberRows(order.get(step));
            while (rows.hasNext()) {
                int row = rows.nextInt();
                matched[step]++;
                if (bucketOfRow[row] < step) {
                    taken[step]++;
                } else {
                    bucketOfRow[row] = step;
                }
            }
        }
        return new WaterfallResult(this, result, bucketOfRow, matched, taken);
    }

    /** Segments {@code customers} with {@code segmenter}, then resolves the result. */
    public <T> WaterfallResult segment(Segmenter<T> segmenter, Iterable<? extends T> customers) {
        return assign(segmenter.segment(customers));
    }

    @Override
    public String toString() {
        return "Waterfall" + order + " else " + defaultBucket;
    }
}
