package io.github.segmentkit.core.column;

import io.github.segmentkit.api.schema.GeoPointBinding;
import java.util.Arrays;

/** Writes a geo-point attribute as two arrays of degrees, through {@link GeoPointBinding#readInto}. */
final class GeoWriter<T> extends ColumnWriter<T> {
    private final GeoPointBinding<T> binding;
    private final double[] latitudes;
    private final double[] longitudes;

    GeoWriter(GeoPointBinding<T> binding, int capacity) {
        super(capacity);
        this.binding = binding;
        this.latitudes = new double[capacity];
        this.longitudes = new double[capacity];
    }

    @Override
    void write(T customer, int index) {
        writeFrom(binding, customer, index);
    }

    @Override
    GeoPointBinding<T> binding() {
        return binding;
    }

    /**
     * {@link #write} from {@code from}, which is this writer's binding: a generated {@link ColumnFill} passes it as a
     * constant, so that the JIT inlines the extractor.
     */
    void writeFrom(GeoPointBinding<T> from, T customer, int index) {
        if (!from.readInto(customer, latitudes, longitudes, index)) {
            markMissing(index);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    void writeAll(Object[] customers, int offset, int count, int index) {
        for (int i = 0; i < count; i++) {
            write((T) customers[offset + i], index + i);
        }
    }

    @Override
    void clear(int index) {
        super.clear(index);
        latitudes[index] = 0;
        longitudes[index] = 0;
    }

    @Override
    void reload(Chunk chunk) {
        GeoChunk sealed = (GeoChunk) chunk;
        System.arraycopy(sealed.latitudes(), 0, latitudes, 0, sealed.size());
        System.arraycopy(sealed.longitudes(), 0, longitudes, 0, sealed.size());
        reloadMissing(sealed.missing());
    }

    @Override
    Chunk seal(int rows) {
        GeoChunk chunk = new GeoChunk(Arrays.copyOf(latitudes, rows), Arrays.copyOf(longitudes, rows),
                sealMissing(rows));
        Arrays.fill(latitudes, 0.0);
        Arrays.fill(longitudes, 0.0);
        return chunk;
    }
}
