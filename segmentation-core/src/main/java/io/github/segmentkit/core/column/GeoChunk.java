package io.github.segmentkit.core.column;

/**
 * A chunk of points as two arrays of degrees; missing rows hold (0, 0).
 *
 * @param latitudes  degrees north
 * @param longitudes degrees east
 * @param missing    the missing rows, or {@code null} when none
 */
public record GeoChunk(double[] latitudes, double[] longitudes, long[] missing) implements Chunk {
    @Override
    public int size() {
        return latitudes.length;
    }

    @Override
    public long memoryBytes() {
        return 32 + 32 + 16L * latitudes.length + Chunk.bytesOf(missing);
    }
}
