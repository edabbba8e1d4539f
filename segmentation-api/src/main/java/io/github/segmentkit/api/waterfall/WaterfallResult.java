package io.github.segmentkit.api.waterfall;

import io.github.segmentkit.api.result.SegmentationResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The buckets of a {@link Waterfall}: each customer of the input in exactly one, so the counts add up to
 * {@link #customerCount()}. Buckets are the waterfall's segments in order, then its default bucket.
 *
 * <pre>{@code
 * WaterfallResult buckets = waterfall.assign(result);
 * String mine = buckets.bucketOfRow(0);
 * int rest = buckets.count(waterfall.defaultBucket());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class WaterfallResult {
    private final Waterfall waterfall;
    private final SegmentationResult result;
    private final int[] bucketOfRow;
    private final int[] counts;
    private final List<WaterfallStep> steps;
    private final List<String> bucketNames;
    private final Map<String, Integer> bucketIndexes = new HashMap<>();

    WaterfallResult(Waterfall waterfall, SegmentationResult result, int[] bucketOfRow, int[] matched, int[] taken) {
        this.waterfall = waterfall;
        this.result = result;
        this.bucketOfRow = bucketOfRow;
        int buckets = waterfall.order().size() + 1;
        this.counts = new int[buckets];
        for (int bucket : bucketOfRow) {
            counts[bucket]++;
        }
        List<WaterfallStep> report = new ArrayList<>();
        for (int step = 0; step < buckets - 1; step++) {
            report.add(new WaterfallStep(waterfall.order().get(step), matched[step], taken[step],
                    matched[step] - taken[step]));
        }
        int rest = counts[buckets - 1];
        report.add(new WaterfallStep(waterfall.defaultBucket(), rest, 0, rest));
        this.steps = List.copyOf(report);
        List<String> names = new ArrayList<>(waterfall.order());
        names.add(waterfall.defaultBucket());
        this.bucketNames = List.copyOf(names);
        for (int i = 0; i < bucketNames.size(); i++) {
            bucketIndexes.put(bucketNames.get(i), i);
        }
    }

    /** How many customers were assigned: the input size. */
    public int customerCount() {
        return bucketOfRow.length;
    }

    /** The bucket names: the steps in order, then the default bucket. */
    public List<String> bucketNames() {
        return bucketNames;
    }

    /**
     * The bucket of the customer at {@code row} (0-based input position).
     *
     * @throws IndexOutOfBoundsException naming the row when it is outside {@code [0, customerCount())}
     */
    public String bucketOfRow(int row) {
        if (row < 0 || row >= bucketOfRow.length) {
            throw new IndexOutOfBoundsException("row " + row + " is outside [0, " + bucketOfRow.length + ")");
        }
        return bucketNames.get(bucketOfRow[row]);
    }

    /**
     * How many customers are in {@code bucket}.
     *
     * @throws IllegalArgumentException naming the bucket when it is not one of {@link #bucketNames()}
     */
    public int count(String bucket) {
        return counts[index(bucket)];
    }

    /** The ids of the customers in {@code bucket}, in input order. */
    public long[] memberIds(String bucket) {
        int index = index(bucket);
        long[] ids = new long[counts[index]];
        int next = 0;
        for (int row = 0; row < bucketOfRow.length; row++) {
            if (bucketOfRow[row] == index) {
                ids[next++] = result.customerId(row);
            }
        }
        return ids;
    }

    /** The report: one step per segment in order, then the default bucket. */
    public List<WaterfallStep> steps() {
        return steps;
    }

    private int index(String bucket) {
        Integer index = bucketIndexes.get(bucket);
        if (index == null) {
            throw new IllegalArgumentException("'" + bucket + "' is not a bucket; buckets are " + bucketNames);
        }
        return index;
    }

    @Override
    public String toString() {
        return "WaterfallResult" + steps;
    }
}
