package io.github.segmentkit.core.column;

/**
 * The values of one column for one chunk of rows, in one of the encodings of its kind, with the bitmap of the rows
 * whose value is missing.
 *
 * <p>Internal to the engine. Immutable once built; the arrays are never written after construction.
 */
public sealed interface Chunk permits LongChunk, TimestampChunk, BooleanChunk, TagsChunk, GeoChunk {
    /** The number of rows. */
    int size();

    /** The rows whose value is missing, as bitmap words; {@code null} when none is. */
    long[] missing();

    /** Approximate heap bytes of the values and the missing bitmap. */
    long memoryBytes();

    /** Heap bytes of an optional bitmap, for {@link #memoryBytes()}. */
    static long bytesOf(long[] words) {
        return words == null ? 0 : 16 + 8L * words.length;
    }
}
