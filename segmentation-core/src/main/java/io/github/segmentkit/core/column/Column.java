package io.github.segmentkit.core.column;

import io.github.segmentkit.api.attribute.Attribute;
import java.util.Arrays;

/**
 * The values of one attribute for every row of a {@link ColumnTable}, as a sequence of immutable {@link Chunk}s
 * of {@link ColumnTable#chunkRows()} rows each (the last may be shorter). Tables derived for updates share the
 * chunks they did not change.
 *
 * <pre>{@code
 * Column age = table.column("age");
 * LongChunk first = (LongChunk) age.chunk(0);
 * }</pre>
 *
 * <p>Internal to the engine. Immutable and thread-safe.
 */
public final class Column {
    private final Attribute attribute;
    private final Dictionary dictionary;
    private final Chunk[] chunks;

    Column(Attribute attribute, Dictionary dictionary, Chunk[] chunks) {
        this.attribute = attribute;
        this.dictionary = dictionary;
        this.chunks = chunks;
    }

    /** The attribute whose values these are. */
    public Attribute attribute() {
        return attribute;
    }

    /** The dictionary of a categorical or tags column; {@link Dictionary#EMPTY} for other kinds. */
    public Dictionary dictionary() {
        return dictionary;
    }

    /** The number of chunks. */
    public int chunkCount() {
        return chunks.length;
    }

    /** The chunk at {@code index}. */
    public Chunk chunk(int index) {
        return chunks[index];
    }

    /** This column's first {@code count} chunks followed by {@code more}, with {@code newDictionary}. */
    Column extended(int count, Chunk[] more, Dictionary newDictionary) {
        Chunk[] all = Arrays.copyOf(chunks, count + more.length);
        System.arraycopy(more, 0, all, count, more.length);
        return new Column(attribute, newDictionary, all);
    }

    /** This column with the chunk at {@code index} replaced. */
    Column replaced(int index, Chunk chunk, Dictionary newDictionary) {
        Chunk[] all = chunks.clone();
        all[index] = chunk;
        return new Column(attribute, newDictionary, all);
    }

    /** Approximate heap bytes of the chunks and the dictionary. */
    public long memoryBytes() {
        long bytes = 32 + 16 + 8L * chunks.length + dictionary.memoryBytes();
        for (Chunk chunk : chunks) {
            bytes += chunk.memoryBytes();
        }
        return bytes;
    }
}
