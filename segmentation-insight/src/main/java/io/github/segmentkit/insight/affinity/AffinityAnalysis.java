package io.github.segmentkit.insight.affinity;

import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.insight.internal.Members;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.roaringbitmap.RoaringBitmap;

/**
 * Product or category affinity per segment from purchases: for segment s and item c, support<sub>s</sub>(c) =
 * members of s who bought c / |s|, lift = support<sub>s</sub>(c) / support<sub>all</sub>(c) over every customer of
 * the result (those without purchases included). Items below the minimum support are dropped (a lift measured on a
 * handful of buyers says little); the rest are ordered by lift, then support, both descending, then by item, so
 * that ties come out the same on every run; the first {@code topN} are kept.
 *
 * <pre>{@code
 * AffinityReport report = AffinityAnalysis.withMinimumSupport(0.05).topN(10).analyse(result, purchases);
 * List<ItemAffinity> loved = report.segment("champions").top();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class AffinityAnalysis {
    /** Items kept per segment unless chosen otherwise. */
    public static final int DEFAULT_TOP_N = 10;

    private final double minimumSupport;
    private final int topN;

    private AffinityAnalysis(double minimumSupport, int topN) {
        this.minimumSupport = minimumSupport;
        this.topN = topN;
    }

    /**
     * An analysis keeping items bought by at least {@code minimumSupport} of a segment's members, the
     * {@value #DEFAULT_TOP_N} best per segment.
     *
     * @throws IllegalArgumentException when {@code minimumSupport} is not in {@code [0, 1]}
     */
    public static AffinityAnalysis withMinimumSupport(double minimumSupport) {
        if (!(minimumSupport >= 0 && minimumSupport <= 1)) {
            throw new IllegalArgumentException("minimum support must be in [0, 1], got " + minimumSupport);
        }
        return new AffinityAnalysis(minimumSupport, DEFAULT_TOP_N);
    }

    /**
     * This analysis keeping the {@code topN} best items per segment.
     *
     * @throws IllegalArgumentException when {@code topN} is below 1
     */
    public AffinityAnalysis topN(int topN) {
        if (topN < 1) {
            throw new IllegalArgumentException("topN must be at least 1, got " + topN);
        }
        return new AffinityAnalysis(minimumSupport, topN);
    }

    /**
     * The affinities of every segment of {@code result}; purchases are matched to customers by id.
     *
     * @throws IllegalArgumentException when two customers of the result share an id (a purchase could not be
     *                                  attributed)
     */
    public AffinityReport analyse(SegmentationResult result, Iterable<Purchase> purchases) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(purchases, "purchases");
        int customers = result.customerCount();
        Map<Long, Integer> rowOfId = new HashMap<>(customers * 2);
        for (int row = 0; row < customers; row++) {
            Integer earlier = rowOfId.put(result.customerId(row), row);
            if (earlier != null) {
                throw new IllegalArgumentException("customers at rows " + earlier + " and " + row + " share id "
                        + result.customerId(row) + ": purchases cannot be attributed");
            }
        }
        Map<String, RoaringBitmap> buyers = new HashMap<>();
        long unmatched = 0;
        for (Purchase purchase : purchases) {
            Integer row = rowOfId.get(purchase.customerId());
            if (row == null) {
                unmatched++;
            } else {
                buyers.computeIfAbsent(purchase.item(), item -> new RoaringBitmap()).add(row.intValue());
            }
        }
        List<SegmentAffinity> segments = new ArrayList<>();
        for (String name : result.segmentNames()) {
            RoaringBitmap members = Members.of(result, name);
            int size = members.getCardinality();
            List<ItemAffinity> items = new ArrayList<>();
            if (size > 0) {
                for (Map.Entry<String, RoaringBitmap> item : buyers.entrySet()) {
                    int bought = RoaringBitmap.andCardinality(members, item.getValue());
                    double support = (double) bought / size;
                    if (bought > 0 && support >= minimumSupport) {
                        double populationSupport = (double) item.getValue().getCardinality() / customers;
                        items.add(new ItemAffinity(item.getKey(), bought, support, populationSupport,
                                support / populationSupport));
                    }
                }
            }
            items.sort(Comparator.comparingDouble(ItemAffinity::lift).reversed()
                    .thenComparing(Comparator.comparingDouble(ItemAffinity::support).reversed())
                    .thenComparing(ItemAffinity::item));
            segments.add(new SegmentAffinity(name, size, items.subList(0, Math.min(topN, items.size()))));
        }
        return new AffinityReport(customers, unmatched, segments);
    }
}
