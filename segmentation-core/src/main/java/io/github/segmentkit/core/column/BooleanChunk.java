package io.github.segmentkit.core.column;

/**
 * A chunk of yes/no values as a bitmap: a criterion on it is a word operation.
 *
 * @param values  the rows whose value is {@code true}
 * @param missing the missing rows, or {@code null} when none
 * @param size    the number of rows
 */
public record BooleanChunk(long[] values, long[] missing, int size) implements Chunk {
    @Override
    public long memoryBytes() {
        return 32 + Chunk.bytesOf(values) + Chunk.bytesOf(missing);
    }
}
