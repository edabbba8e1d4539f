package io.github.segmentkit.core.column;

import io.github.segmentkit.api.schema.LongBinding;

/** Writes a long attribute through {@link LongBinding#readInto}, without boxing for primitive extractors. */
final class LongWriter<T> extends LongValuesWriter<T> {
    private final LongBinding<T> binding;

    LongWriter(LongBinding<T> binding, int capacity) {
        super(capacity);
        this.binding = binding;
    }

    @Override
    void write(T customer, int index) {
        writeFrom(binding, customer, index);
    }

    @Override
    LongBinding<T> binding() {
        return binding;
    }

    /**
     * {@link #write} from {@code from}, which is this writer's binding: a generated {@link ColumnFill} passes it as a
     * constant, so that the JIT inlines the extractor.
     */
    void writeFrom(LongBinding<T> from, T customer, int index) {
        if (!from.readInto(customer, values, index)) {
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
}
