package io.github.segmentkit.core.column;

/**
 * A chunk of tag sets as one bitmap per tag: {@code tags[code]} holds the rows that have the tag with that
 * dictionary code, or is {@code null} when no row of the chunk has it (as is every code past the array's end).
 * {@code containsAny} is then an OR of words, {@code containsAll} an AND. Per-tag bitmaps beat per-row code lists
 * for the small tag vocabularies of customer data (tens to hundreds of tags): a tag test costs one word operation
 * per 64 rows instead of a walk over every row's list.
 *
 * @param tags    the bitmap of each tag code, {@code null} for absent tags
 * @param missing the rows whose tag set is missing, or {@code null} when none
 * @param size    the number of rows
 */
public record TagsChunk(long[][] tags, long[] missing, int size) implements Chunk {
    /** The rows holding tag {@code code}, or {@code null} when none does. */
    public long[] rowsWith(int code) {
        return code < tags.length ? tags[code] : null;
    }

    @Override
    public long memoryBytes() {
        long bytes = 32 + 16 + 8L * tags.length + Chunk.bytesOf(missing);
        for (long[] words : tags) {
            bytes += Chunk.bytesOf(words);
        }
        return bytes;
    }
}
