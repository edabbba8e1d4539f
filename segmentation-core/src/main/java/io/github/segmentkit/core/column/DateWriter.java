package io.github.segmentkit.core.column;

import io.github.segmentkit.api.schema.DateBinding;
import java.time.LocalDate;

/** Writes a date attribute as epoch days. */
final class DateWriter<T> extends LongValuesWriter<T> {
    private final DateBinding<T> binding;

    DateWriter(DateBinding<T> binding, int capacity) {
        super(capacity);
        this.binding = binding;
    }

    @Override
    void write(T customer, int index) {
        writeFrom(binding, customer, index);
    }

    @Override
    DateBinding<T> binding() {
        return binding;
    }

    /**
     * {@link #write} from {@code from}, which is this writer's binding: a generated {@link ColumnFill} passes it as a
     * constant, so that the JIT inlines the extractor.
     */
    void writeFrom(DateBinding<T> from, T customer, int index) {
        LocalDate value = from.read(customer);
        if (value == null) {
            markMissing(index);
        } else {
            values[index] = value.toEpochDay();
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
