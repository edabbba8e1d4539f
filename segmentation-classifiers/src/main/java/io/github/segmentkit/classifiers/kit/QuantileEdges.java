package io.github.segmentkit.classifiers.kit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.LongFunction;

/**
 * Equal-frequency bin edges by the linear ("type 7", numpy default) quantile, computed exactly, and the
 * {@code pandas.qcut} bin rule: bins are right-closed {@code (e[k-1], e[k]]}, the first also holds the minimum, so
 * {@code bin(v)} is the smallest {@code k} in {@code 1..bins} with {@code v <= e[k]}. Values below {@code e[0]} fall
 * in bin 1 and values above the last edge in the last bin, so a customer outside the fitted population still gets a
 * bin.
 *
 * <p>For sorted values {@code x[0..n-1]} edge {@code k} sits at position {@code h = (n-1)k/bins}:
 * {@code e[k] = x[i] + (h - i)(x[i+1] - x[i])} with {@code i = floor(h)}. The position is kept as a fraction, so the
 * edges are exact (see {@link QuantileEdge}). When values repeat two edges can be equal ("duplicate edges"); then
 * some bin stays empty, which {@link #hasDuplicateEdges()} reports. RFM scores and income quantile bands both use
 * this one implementation (see {@code docs/classifiers.md}, "Quantiles").
 *
 * <pre>{@code
 * List<BigDecimal> values = Stream.of("1", "2", "3", "4", "5").map(BigDecimal::new).toList();
 * QuantileEdges edges = QuantileEdges.fit(values, 5);   // 1, 1.8, 2.6, 3.4, 4.2, 5
 * int score = edges.bin(new BigDecimal("3.5"));         // 4: above 3.4, up to 4.2
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class QuantileEdges {
    private final List<QuantileEdge> edges;

    private QuantileEdges(List<QuantileEdge> edges) {
        this.edges = List.copyOf(edges);
    }

    /**
     * Fits the edges of {@code bins} equal-frequency bins to {@code values} (any order; not modified).
     *
     * @throws IllegalArgumentException when {@code values} is empty, holds {@code null}, or bins is outside
     *                                  {@code 1..}{@link ClassifierLimits#MAX_BINS}
     */
    public static QuantileEdges fit(Collection<BigDecimal> values, int bins) {
        Objects.requireNonNull(values, "values");
        BigDecimal[] sorted = values.toArray(new BigDecimal[0]);
        for (BigDecimal value : sorted) {
            Objects.requireNonNull(value, "values must not hold null");
        }
        Arrays.sort(sorted);
        return fitSorted(sorted, bins);
    }

    /**
     * Like {@link #fit} for values already in ascending order (checked); the array is not modified.
     *
     * @throws IllegalArgumentException when the values are empty, hold {@code null} or do not ascend
     */
    public static QuantileEdges fitSorted(BigDecimal[] sorted, int bins) {
        checkBins(bins);
        int n = sorted.length;
        if (n == 0) {
            throw new IllegalArgumentException("quantile edges need at least one value");
        }
        for (int i = 1; i < n; i++) {
            if (sorted[i].compareTo(sorted[i - 1]) < 0) {
                throw new IllegalArgumentException("values must ascend, but value " + (i - 1) + " = "
                        + sorted[i - 1] + " > value " + i + " = " + sorted[i]);
            }
        }
        return fitAtRanks(n, bins, rank -> sorted[(int) rank]);
    }

    /**
     * The 0-based ranks, ascending and each once, of the only sorted values an edge of {@code n} values reads: for
     * edge {@code k} the ranks {@code floor(h)} and, when {@code h} is not whole, {@code floor(h) + 1}. At most
     * {@code 2(bins + 1)} ranks, whatever {@code n}: what a distributed sort must deliver to
     * {@link #fitAtRanks}.
     *
     * @throws IllegalArgumentException when {@code n < 1} or bins is outside {@code 1..}{@link ClassifierLimits#MAX_BINS}
     */
    public static long[] ranksRead(long n, int bins) {
        checkBins(bins);
        checkCount(n);
        TreeSet<Long> ranks = new TreeSet<>();
        for (int k = 0; k <= bins; k++) {
            long position = (n - 1) * k; // h = position / bins
            ranks.add(position / bins);
            if (position % bins != 0) {
                ranks.add(position / bins + 1);
            }
        }
        return ranks.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * The edges of {@code n} values from the values at the ranks {@link #ranksRead} names, computed elsewhere (a
     * distributed sort, say): the same edges {@link #fitSorted} gives for the whole sorted array.
     *
     * @param valueAtRank the value at a 0-based rank of the ascending order; called only with the ranks
     *                    {@link #ranksRead} returns, never returns {@code null}
     * @throws IllegalArgumentException when {@code n < 1} or bins is outside {@code 1..}{@link ClassifierLimits#MAX_BINS}
     */
    public static QuantileEdges fitAtRanks(long n, int bins, LongFunction<BigDecimal> valueAtRank) {
        checkBins(bins);
        checkCount(n);
        Objects.requireNonNull(valueAtRank, "valueAtRank");
        List<QuantileEdge> edges = new ArrayList<>(bins + 1);
        for (int k = 0; k <= bins; k++) {
            long position = (n - 1) * k; // h = position / bins
            long i = position / bins;
            long remainder = position % bins;
            BigDecimal low = Objects.requireNonNull(valueAtRank.apply(i), "value at rank " + i);
            if (remainder == 0) {
                edges.add(QuantileEdge.of(low));
            } else {
                BigDecimal high = Objects.requireNonNull(valueAtRank.apply(i + 1), "value at rank " + (i + 1));
                BigDecimal numerator = low.multiply(BigDecimal.valueOf(bins))
                        .add(high.subtract(low).multiply(BigDecimal.valueOf(remainder)));
                edges.add(QuantileEdge.ratio(numerator, bins));
            }
        }
        return new QuantileEdges(edges);
    }

    private static void checkCount(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("quantile edges need at least one value, got " + n);
        }
    }

    /** Fits edges to whole numbers already in ascending order (checked), e.g. recency in days. */
    public static QuantileEdges fitSorted(long[] sorted, int bins) {
        BigDecimal[] values = new BigDecimal[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            values[i] = BigDecimal.valueOf(sorted[i]);
        }
        return fitSorted(values, bins);
    }

    /**
     * Edges saved from an earlier fit.
     *
     * @throws IllegalArgumentException when fewer than 2 edges are given or they are not in ascending order
     */
    public static QuantileEdges of(List<QuantileEdge> edges) {
        Objects.requireNonNull(edges, "edges");
        checkBins(edges.size() - 1);
        for (int k = 1; k < edges.size(); k++) {
            if (edges.get(k - 1).compareTo(edges.get(k)) > 0) {
                throw new IllegalArgumentException("quantile edges must be ascending, but edge " + (k - 1) + " = "
                        + edges.get(k - 1) + " > edge " + k + " = " + edges.get(k));
            }
        }
        return new QuantileEdges(edges);
    }

    private static void checkBins(int bins) {
        if (bins < 1 || bins > ClassifierLimits.MAX_BINS) {
            throw new IllegalArgumentException("bins must be in 1.." + ClassifierLimits.MAX_BINS + ", was " + bins);
        }
    }

    /** The number of bins. */
    public int bins() {
        return edges.size() - 1;
    }

    /** The edges {@code e[0..bins]}, ascending. */
    public List<QuantileEdge> edges() {
        return edges;
    }

    /** The bin of {@code value}, 1-based: the smallest {@code k} with {@code value <= e[k]}, else the last bin. */
    public int bin(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        int bins = bins();
        for (int k = 1; k < bins; k++) {
            if (edges.get(k).compareTo(value) >= 0) {
                return k;
            }
        }
        return bins;
    }

    /** The bin of a whole number. */
    public int bin(long value) {
        return bin(BigDecimal.valueOf(value));
    }

    /** Whether two edges are equal, so that some bin stays empty (pandas would raise "Bin edges must be unique"). */
    public boolean hasDuplicateEdges() {
        for (int k = 1; k < edges.size(); k++) {
            if (edges.get(k - 1).sameValueAs(edges.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** The edges as text ({@link QuantileEdge#toString()}), the form kept in fitted parameters. */
    public List<String> toStrings() {
        return edges.stream().map(QuantileEdge::toString).toList();
    }

    /** Edges from the text form of {@link #toStrings()}. */
    public static QuantileEdges parse(List<?> texts) {
        Objects.requireNonNull(texts, "texts");
        return of(texts.stream().map(t -> QuantileEdge.parse(String.valueOf(t))).toList());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuantileEdges that && edges.equals(that.edges);
    }

    @Override
    public int hashCode() {
        return edges.hashCode();
    }

    @Override
    public String toString() {
        return "QuantileEdges" + toStrings();
    }
}
