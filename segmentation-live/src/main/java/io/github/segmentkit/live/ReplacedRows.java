package io.github.segmentkit.live;

import java.util.function.IntConsumer;

/**
 * The rows of a columnar table whose customer was replaced since the table was built, a bit per row, and how many:
 * the population's delta against its table, and the rows a merge on the pool missed. Rows at or past the table's end
 * are not its rows (appended slots) and are not marked. The words are allocated at the first mark.
 *
 * <p>Not thread-safe: the population's owner guards it; a merge on the pool reads a {@linkplain #copy copy}.
 */
final class ReplacedRows {
    private final int rows;
    private long[] words = new long[0];
    private int count;

    /** None replaced among {@code rows} rows. */
    ReplacedRows(int rows) {
        this.rows = rows;
    }

    /** Marks {@code row} replaced, unless it lies past the table's rows. */
    void mark(int row) {
        if (row >= rows) {
            return;
        }
        int word = row >>> 6;
        if (word >= words.length) {
            words = new long[(rows + 63) >>> 6];
        }
        long bit = 1L << row;
        if ((words[word] & bit) == 0) {
            words[word] |= bit;
            count++;
        }
    }

    /** How many rows are marked. */
    int count() {
        return count;
    }

    /** The marked rows, ascending. */
    void forEach(IntConsumer row) {
        for (int word = 0; word < words.length; word++) {
            long bits = words[word];
            while (bits != 0) {
                row.accept((word << 6) + Long.numberOfTrailingZeros(bits));
                bits &= bits - 1;
            }
        }
    }

    /** How many chunks of {@code chunkRows} rows (a power of two of at least 64) hold a marked row. */
    int chunks(int chunkRows) {
        int wordsPerChunk = chunkRows >>> 6;
        int chunks = 0;
        for (int from = 0; from < words.length; from += wordsPerChunk) {
            for (int word = from; word < Math.min(from + wordsPerChunk, words.length); word++) {
                if (words[word] != 0) {
                    chunks++;
                    break;
                }
            }
        }
        return chunks;
    }

    /** A copy that later marks of this one do not change. */
    ReplacedRows copy() {
        ReplacedRows copy = new ReplacedRows(rows);
        copy.words = words.clone();
        copy.count = count;
        return copy;
    }
}
