package io.github.segmentkit.core.plan;

import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.core.column.Column;
import io.github.segmentkit.core.column.GeoChunk;

/**
 * A leaf testing a geo-point column against a radius: the {@link GeoBox} rejects most rows without branches, in one
 * pass over the chunk's latitudes (and longitudes, when the box does not cross the antimeridian), and the rows in the
 * box get the {@link GeoRadius} test, which answers as the reference evaluator's
 * {@code GeoPoint.haversineKm(point, center) <= km} does, bit for bit. UNKNOWN where the point is missing.
 */
final class GeoStep extends Step {
    private final Column column;
    private final GeoRadius radius;
    /** The box's edges, each an ulp wider: x − a is ≥ +0.0 when x ≥ a, save x = −0.0 and a = +0.0. */
    private final double south;
    private final double north;
    /** Whether the box is a plain longitude range {@code [west, east]}, so that the first pass tests both. */
    private final boolean longitudeRange;
    private final double west;
    private final double east;

    GeoStep(int slot, Column column, GeoPoint center, double km) {
        super(slot);
        this.column = column;
        this.radius = GeoRadius.of(center, km);
        GeoBox box = radius.box();
        this.south = Math.nextDown(box.minLatitude());
        this.north = Math.nextUp(box.maxLatitude());
        // |longitude − centre| ≤ δ, rounded, lies within [centre − δ, centre + δ] widened by far more than a rounding
        double widest = box.maxLongitudeDelta() + 1e-9;
        this.west = box.longitude() - widest;
        this.east = box.longitude() + widest;
        this.longitudeRange = box.maxLongitudeDelta() < 180 && west > -180 && east < 180;
    }

    @Override
    void run(Scratch scratch) {
        GeoChunk chunk = (GeoChunk) column.chunk(scratch.chunk);
        double[] latitudes = chunk.latitudes();
        double[] longitudes = chunk.longitudes();
        long[] selected = scratch.temp1;
        int size = chunk.size();
        for (int word = 0, start = 0; start < size; word++, start += 64) {
            int end = Math.min(64, size - start);
            // the box without branches: x − a is ≥ +0.0 exactly when x ≥ a (see above), so the sign bits decide
            long box = 0;
            if (longitudeRange) {
                for (int j = 0; j < end; j++) {
                    double latitude = latitudes[start + j];
                    double longitude = longitudes[start + j];
                    long outside = Double.doubleToRawLongBits(latitude - south)
                            | Double.doubleToRawLongBits(north - latitude)
                            | Double.doubleToRawLongBits(longitude - west)
                            | Double.doubleToRawLongBits(east - longitude);
                    box |= ((outside >>> 63) ^ 1) << j;
                }
            } else {
                for (int j = 0; j < end; j++) {
                    double latitude = latitudes[start + j];
                    long outside = Double.doubleToRawLongBits(latitude - south)
                            | Double.doubleToRawLongBits(north - latitude);
                    box |= ((outside >>> 63) ^ 1) << j;
                }
            }
            // the few rows in it get the exact distance
            long bits = 0;
            for (long rest = box; rest != 0; rest &= rest - 1) {
                int j = Long.numberOfTrailingZeros(rest);
                if (radius.contains(latitudes[start + j], longitudes[start + j])) {
                    bits |= 1L << j;
                }
            }
            selected[word] = bits;
        }
        finishLeaf(scratch, slot, selected, chunk.missing(), false);
    }
}
