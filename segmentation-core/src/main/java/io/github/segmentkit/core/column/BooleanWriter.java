package io.github.segmentkit.core.column;

import io.github.segmentkit.api.schema.BooleanBinding;
import java.util.Arrays;

/** Writes a yes/no attribute as a bitmap of the {@code true} rows. */
final class BooleanWriter<T> extends ColumnWriter<T> {
    private final BooleanBinding<T> binding;
    private final long[] values;

    BooleanWriter(BooleanBinding<T> binding, int capacity) {
        super(capacity);
        this.binding = binding;
        this.values = new long[Bits.words(capacity)];
    }

    @Override
    void write(T customer, int index) {
        writeFrom(binding, customer, index);
    }

    @Override
    BooleanBinding<T> binding() {
        return binding;
    }

    /**
     * {@link #write} from {@code from}, which is this writer's binding: a generated {@link ColumnFill} passes it as a
     * constant, so that the JIT inlines the extractor.
     */
    void writeFrom(BooleanBinding<T> from, T customer, int index) {
        Boolean value = from.read(customer);
        if (value == null) {
            markMissing(index);
        } else if (value) {
            values[index >>> 6] |= 1L << index;
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
        values[index >>> 6] &= ~(1L << index);
    }

    @Override
    void reload(Chunk chunk) {
        BooleanChunk sealed = (BooleanChunk) chunk;
        Arrays.fill(values, 0L);
        System.arraycopy(sealed.values(), 0, values, 0, sealed.values().length);
        reloadMissing(sealed.missing());
    }

    @Override
    Chunk seal(int rows) {
        BooleanChunk chunk = new BooleanChunk(Arrays.copyOf(values, Bits.words(rows)), sealMissing(rows), rows);
        Arrays.fill(values, 0L);
        return chunk;
    }
}
