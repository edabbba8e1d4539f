package io.github.segmentkit.core.column;

import io.github.segmentkit.api.schema.AttributeBinding;

/** Writes the customer ids, which are never missing. */
final class IdWriter<T> extends LongValuesWriter<T> {
    IdWriter(int capacity) {
        super(capacity);
    }

    void write(long id, int index) {
        values[index] = id;
    }

    @Override
    void write(T customer, int index) {
        throw new UnsupportedOperationException("ids are written with write(long, int)");
    }

    @Override
    AttributeBinding<T> binding() {
        throw new UnsupportedOperationException("ids are read by the schema's id extractor");
    }

    @Override
    void writeAll(Object[] customers, int offset, int count, int index) {
        throw new UnsupportedOperationException("ids are written with write(long, int)");
    }
}
