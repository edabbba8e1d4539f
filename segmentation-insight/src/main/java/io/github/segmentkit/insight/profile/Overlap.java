package io.github.segmentkit.insight.profile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.segmentkit.insight.internal.Json;
import java.util.List;
import java.util.Objects;

/**
 * How segments overlap: for each pair, the customers in both and the Jaccard index |A ∩ B| / |A ∪ B| (0 when both
 * are empty). The diagonal holds each segment's size and, unless it is empty, a Jaccard index of 1.
 *
 * <p>Immutable and thread-safe.
 */
public final class Overlap {
    private final List<String> segments;
    private final int[][] counts;
    private final int[] sizes;

    Overlap(List<String> segments, int[][] counts) {
        this.segments = List.copyOf(segments);
        this.counts = new int[counts.length][];
        this.sizes = new int[counts.length];
        for (int i = 0; i < counts.length; i++) {
            this.counts[i] = counts[i].clone();
            this.sizes[i] = counts[i][i];
        }
    }

    /** The segments, in declaration order: the rows and columns of the matrices. */
    public List<String> segments() {
        return segments;
    }

    /** Customers in both {@code first} and {@code second}. */
    public int count(String first, String second) {
        return counts[indexOf(first)][indexOf(second)];
    }

    /** |first ∩ second| / |first ∪ second|, or 0 when both are empty. */
    public double jaccard(String first, String second) {
        int a = indexOf(first);
        int b = indexOf(second);
        return jaccard(a, b);
    }

    private double jaccard(int a, int b) {
        long union = (long) sizes[a] + sizes[b] - counts[a][b];
        return union == 0 ? 0.0 : (double) counts[a][b] / union;
    }

    private int indexOf(String segment) {
        int index = segments.indexOf(Objects.requireNonNull(segment, "segment"));
        if (index < 0) {
            throw new IllegalArgumentException("no segment named '" + segment + "'; segments are " + segments);
        }
        return index;
    }

    ObjectNode toJsonNode() {
        ObjectNode node = Json.object();
        ArrayNode names = node.putArray("segments");
        segments.forEach(names::add);
        ArrayNode countRows = node.putArray("counts");
        ArrayNode jaccardRows = node.putArray("jaccard");
        for (int a = 0; a < counts.length; a++) {
            ArrayNode countRow = countRows.addArray();
            ArrayNode jaccardRow = jaccardRows.addArray();
            for (int b = 0; b < counts.length; b++) {
                countRow.add(counts[a][b]);
                jaccardRow.add(jaccard(a, b));
            }
        }
        return node;
    }

    @Override
    public String toString() {
        return "Overlap" + segments;
    }
}
