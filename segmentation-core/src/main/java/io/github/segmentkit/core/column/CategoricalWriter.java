package io.github.segmentkit.core.column;

import io.github.segmentkit.api.schema.CategoricalBinding;

/** Writes a categorical attribute as dictionary codes. */
final class CategoricalWriter<T> extends LongValuesWriter<T> {
    private final CategoricalBinding<T> binding;
    private final Dictionary.Builder dictionary;

    CategoricalWriter(CategoricalBinding<T> binding, Dictionary start, int capacity) {
        super(capacity);
        this.binding = binding;
        this.dictionary = start.toBuilder();
    }

    @Override
    void write(T customer, int index) {
        writeFrom(binding, customer, index);
    }

    @Override
    CategoricalBinding<T> binding() {
        return binding;
    }

    /**
     * {@link #write} from {@code from}, which is this writer's binding: a generated {@link ColumnFill} passes it as a
     * constant, so that the JIT inlines the extractor.
     */
    void writeFrom(CategoricalBinding<T> from, T customer, int index) {
        String value = from.read(customer);
        if (value == null) {
            markMissing(index);
        } else {
            values[index] = dictionary.code(value);
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
    Dictionary dictionary() {
        return dictionary.build();
    }

    @Override
    int dictionarySize() {
        return dictionary.size();
    }

    @Override
    void truncateDictionary(int keep) {
        dictionary.truncate(keep);
    }
}
