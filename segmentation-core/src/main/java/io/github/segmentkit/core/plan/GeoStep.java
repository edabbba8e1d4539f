package io.github.segmentkit.core.plan;

import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.core.column.Column;
import io.github.segmentkit.core.column.GeoChunk;

/**
 * A leaf testing a geo-point column against a radius: the latitude band of the {@link GeoBox} rejects most rows
 * without branches, and the candidates get the {@link GeoRadius} test, which answers as the reference evaluator's
 * {@code GeoPoint.haversineKm(point, center) <= km} does, bit for bit. UNKNOWN where the point is missing.
 */
final class GeoStep extends Step {
    private final Column column;
    private final GeoRadius radius;

    GeoStep(int slot, Column column, GeoPoint center, double km) {
        super(slot);
        this.column = column;
        this.radius = GeoRadius.of(center, km);
    }

    @Override
    void run(Scratch scratch) {
        GeoChunk chunk = (GeoChunk) column.chunk(scratch.chunk);
        double[] latitudes = chunk.latitudes();
        double[] longitudes = chunk.longitudes();
        long[] selected = scratch.temp1;
        int size = chunk.size();
        double south = radius.box().minLatitude();
        double north = radius.box().maxLatitude();
        for (int word = 0, start = 0; start < size; word++, start += 64) {
            int end = Math.min(64, size - start);
            // the latitude band without branches: x − a is ≥ +0.0 exactly when x ≥ a, so the sign bits decide
            long band = 0;
            for (int j = 0; j < end; j++) {
                double latitude = latitudes[start + j];
                long outside = Double.doubleToRawLongBits(latitude - south) | Double.doubleToRawLongBits(north - latitude);
                band |= ((outside >>> 63) ^ 1) << j;
            }
            // the few rows in the band get the longitude test and then the exact distance
            long bits = 0;
            for (long rest = band; rest != 0; rest &= rest - 1) {
                int j = Long.numberOfTrailingZeros(rest);
                double latitude = latitudes[start + j];
                double longitude = longitudes[start + j];
                if (radius.contains(latitude, longitude)) {
                    bits |= 1L << j;
                }
            }
            selected[word] = bits;
        }
        finishLeaf(scratch, slot, selected, chunk.missing(), false);
    }
}
