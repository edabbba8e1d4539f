package io.github.segmentkit.core.column;

/**
 * A chunk of whole numbers: the values of a long attribute, the order-preserving keys of a double attribute (see
 * {@link OrderedKeys}), the epoch days of a date attribute or the dictionary codes of a categorical attribute.
 * Missing rows hold another row's value, so that they do not widen {@code [min, max]}.
 *
 * <pre>{@code
 * LongChunk ages = (LongChunk) table.column("age").chunk(0);
 * long firstAge = ages.values().get(0);
 * }</pre>
 *
 * @param values  the values, packed
 * @param missing the missing rows, or {@code null} when none
 */
public record LongChunk(PackedLongs values, long[] missing) implements Chunk {
    @Override
    public int size() {
        return values.size();
    }

    @Override
    public long memoryBytes() {
        return 32 + values.valueBytes() + Chunk.bytesOf(missing);
    }
}
