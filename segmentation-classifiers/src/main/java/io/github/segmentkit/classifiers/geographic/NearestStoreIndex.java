package io.github.segmentkit.classifiers.geographic;

import io.github.segmentkit.api.attribute.GeoPoint;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the store nearest to a point among many, with exactly the distance a check of every store would give.
 *
 * <p>Stores are kept in a k-d tree over their unit vectors in 3-D: the straight-line (chord) distance between unit
 * vectors grows with the great-circle distance, and unlike latitude/longitude boxes it has no seam at the
 * antimeridian and no pole to special-case. The tree search prunes on the chord; then every store whose chord is
 * within a relative 1e-9 of the best (normally just one) is measured with {@link GeoPoint#haversineKm}, and the
 * smallest haversine value is returned. That margin is far above the rounding of either formula, so the result equals
 * the minimum of {@code haversineKm} over all stores bit for bit. A query costs O(log n) on typical data.
 *
 * <pre>{@code
 * NearestStoreIndex index = NearestStoreIndex.of(stores);
 * NearestStore nearest = index.nearest(GeoPoint.of(48.85, 2.35));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class NearestStoreIndex {
    private static final double RELATIVE_MARGIN = 1e-9;
    private static final double ABSOLUTE_MARGIN = 1e-15;

    private final Store[] stores;     // tree order: the node of [lo, hi) is at (lo + hi) >>> 1
    private final int[] rank;         // the store's position in the caller's list, for tie-breaking
    private final double[][] xyz;     // unit vectors, tree order
    private final byte[] axis;        // split axis per node

    private NearestStoreIndex(Store[] stores, int[] rank, double[][] xyz, byte[] axis) {
        this.stores = stores;
        this.rank = rank;
        this.xyz = xyz;
        this.axis = axis;
    }

    /**
     * An index of {@code stores}.
     *
     * @throws IllegalArgumentException when there is no store
     */
    public static NearestStoreIndex of(List<Store> stores) {
        if (stores.isEmpty()) {
            throw new IllegalArgumentException("a nearest-store index needs at least one store");
        }
        int n = stores.size();
        Integer[] order = new Integer[n];
        double[][] vectors = new double[n][];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            vectors[i] = unitVector(stores.get(i).location());
        }
        byte[] axis = new byte[n];
        build(order, vectors, axis, 0, n);
        Store[] treeStores = new Store[n];
        int[] rank = new int[n];
        double[][] treeVectors = new double[n][];
        for (int i = 0; i < n; i++) {
            treeStores[i] = stores.get(order[i]);
            rank[i] = order[i];
            treeVectors[i] = vectors[order[i]];
        }
        return new NearestStoreIndex(treeStores, rank, treeVectors, axis);
    }

    /** How many stores are indexed. */
    public int size() {
        return stores.length;
    }

    /** The nearest store to {@code point}; among stores at exactly the same distance, the one listed first. */
    public NearestStore nearest(GeoPoint point) {
        double[] query = unitVector(point);
        double[] best = {Double.POSITIVE_INFINITY};
        nearestChord(query, 0, stores.length, best);
        double limit = best[0] * (1 + RELATIVE_MARGIN) + ABSOLUTE_MARGIN;
        int[] winner = {-1};
        double[] winnerKm = {Double.POSITIVE_INFINITY};
        candidates(point, query, limit, 0, stores.length, winner, winnerKm);
        return new NearestStore(stores[winner[0]], winnerKm[0]);
    }

    private void nearestChord(double[] query, int lo, int hi, double[] best) {
        if (lo >= hi) {
            return;
        }
        int mid = (lo + hi) >>> 1;
        double d = squaredChord(query, xyz[mid]);
        if (d < best[0]) {
            best[0] = d;
        }
        int a = axis[mid];
        double delta = query[a] - xyz[mid][a];
        boolean leftFirst = delta < 0;
        nearestChord(query, leftFirst ? lo : mid + 1, leftFirst ? mid : hi, best);
        if (delta * delta <= best[0]) {
            nearestChord(query, leftFirst ? mid + 1 : lo, leftFirst ? hi : mid, best);
        }
    }

    private void candidates(GeoPoint point, double[] query, double limit, int lo, int hi, int[] winner,
            double[] winnerKm) {
        if (lo >= hi) {
            return;
        }
        int mid = (lo + hi) >>> 1;
        if (squaredChord(query, xyz[mid]) <= limit) {
            GeoPoint location = stores[mid].location();
            double km = GeoPoint.haversineKm(point.latitude(), point.longitude(), location.latitude(),
                    location.longitude());
            if (km < winnerKm[0] || km == winnerKm[0] && rank[mid] < rank[winner[0]]) {
                winner[0] = mid;
                winnerKm[0] = km;
            }
        }
        int a = axis[mid];
        double delta = query[a] - xyz[mid][a];
        if (delta < 0 || delta * delta <= limit) {
            candidates(point, query, limit, lo, mid, winner, winnerKm);
        }
        if (delta >= 0 || delta * delta <= limit) {
            candidates(point, query, limit, mid + 1, hi, winner, winnerKm);
        }
    }

    private static void build(Integer[] order, double[][] vectors, byte[] axis, int lo, int hi) {
        if (hi - lo <= 0) {
            return;
        }
        int split = widestAxis(order, vectors, lo, hi);
        Arrays.sort(order, lo, hi, Comparator.comparingDouble(i -> vectors[i][split]));
        int mid = (lo + hi) >>> 1;
        axis[mid] = (byte) split;
        build(order, vectors, axis, lo, mid);
        build(order, vectors, axis, mid + 1, hi);
    }

    private static int widestAxis(Integer[] order, double[][] vectors, int lo, int hi) {
        int widest = 0;
        double widestSpread = -1;
        for (int a = 0; a < 3; a++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = lo; i < hi; i++) {
                double v = vectors[order[i]][a];
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            if (max - min > widestSpread) {
                widest = a;
                widestSpread = max - min;
            }
        }
        return widest;
    }

    private static double squaredChord(double[] a, double[] b) {
        double dx = a[0] - b[0];
        double dy = a[1] - b[1];
        double dz = a[2] - b[2];
        return dx * dx + dy * dy + dz * dz;
    }

    private static double[] unitVector(GeoPoint point) {
        double phi = Math.toRadians(point.latitude());
        double lambda = Math.toRadians(point.longitude());
        double cosPhi = Math.cos(phi);
        return new double[] {cosPhi * Math.cos(lambda), cosPhi * Math.sin(lambda), Math.sin(phi)};
    }
}
