package io.github.segmentkit.core.column;

import io.github.segmentkit.api.schema.DoubleBinding;

/** Writes a double attribute as {@link OrderedKeys order-preserving keys}; NaN is missing. */
final class DoubleWriter<T> extends LongValuesWriter<T> {
    private final DoubleBinding<T> binding;

    DoubleWriter(DoubleBinding<T> binding, int capacity) {
        super(capacity);
        this.binding = binding;
    }

    @Override
    void write(T customer, int index) {
        writeFrom(binding, customer, index);
    }

    @Override
    DoubleBinding<T> binding() {
        return binding;
    }

    /**
     * {@link #write} from {@code from}, which is this writer's binding: a generated {@link ColumnFill} passes it as a
     * constant, so that the JIT inlines the extractor.
     */
    void writeFrom(DoubleBinding<T> from, T customer, int index) {
        double value = from.applyAsDouble(customer);
        if (Double.isNaN(value)) {
            markMissing(index);
        } else {
            values[index] = OrderedKeys.ofDouble(value);
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
