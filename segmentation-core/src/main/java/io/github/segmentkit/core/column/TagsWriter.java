package io.github.segmentkit.core.column;

import io.github.segmentkit.api.schema.TagsBinding;
import java.util.Arrays;
import java.util.Collection;

/** Writes a tags attribute as one bitmap per tag; duplicate tags in a customer's collection count once. */
final class TagsWriter<T> extends ColumnWriter<T> {
    private final TagsBinding<T> binding;
    private final Dictionary.Builder dictionary;
    private long[][] tags = new long[0][];

    TagsWriter(TagsBinding<T> binding, Dictionary start, int capacity) {
        super(capacity);
        this.binding = binding;
        this.dictionary = start.toBuilder();
    }

    @Override
    void write(T customer, int index) {
        writeFrom(binding, customer, index);
    }

    @Override
    TagsBinding<T> binding() {
        return binding;
    }

    /**
     * {@link #write} from {@code from}, which is this writer's binding: a generated {@link ColumnFill} passes it as a
     * constant, so that the JIT inlines the extractor.
     */
    void writeFrom(TagsBinding<T> from, T customer, int index) {
        Collection<String> held = from.tags(customer);
        if (held == null) {
            markMissing(index);
            return;
        }
        for (String tag : held) {
            if (tag == null) {
                throw new IllegalArgumentException("the tag collection contains null: " + held);
            }
            int code = dictionary.code(tag);
            rowsWith(code)[index >>> 6] |= 1L << index;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    void writeAll(Object[] customers, int offset, int count, int index) {
        for (int i = 0; i < count; i++) {
            write((T) customers[offset + i], index + i);
        }
    }

    private long[] rowsWith(int code) {
        if (code >= tags.length) {
            tags = Arrays.copyOf(tags, Math.max(code + 1, tags.length * 2));
        }
        long[] words = tags[code];
        if (words == null) {
            words = new long[Bits.words(capacity)];
            tags[code] = words;
        }
        return words;
    }

    @Override
    void clear(int index) {
        super.clear(index);
        for (long[] words : tags) {
            if (words != null) {
                words[index >>> 6] &= ~(1L << index);
            }
        }
    }

    @Override
    void reload(Chunk chunk) {
        TagsChunk sealed = (TagsChunk) chunk;
        tags = new long[sealed.tags().length][];
        for (int code = 0; code < tags.length; code++) {
            long[] words = sealed.tags()[code];
            if (words != null) {
                System.arraycopy(words, 0, rowsWith(code), 0, words.length);
            }
        }
        reloadMissing(sealed.missing());
    }

    @Override
    Chunk seal(int rows) {
        int words = Bits.words(rows);
        long[][] sealed = new long[tags.length][];
        int used = 0;
        for (int code = 0; code < tags.length; code++) {
            long[] rowsWithTag = tags[code];
            if (rowsWithTag != null && Bits.cardinality(rowsWithTag, words) > 0) {
                sealed[code] = Arrays.copyOf(rowsWithTag, words);
                used = code + 1;
            }
        }
        tags = new long[0][];
        return new TagsChunk(Arrays.copyOf(sealed, used), sealMissing(rows), rows);
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
