package io.github.segmentkit.core.engine;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.core.column.BooleanChunk;
import io.github.segmentkit.core.column.Chunk;
import io.github.segmentkit.core.column.Column;
import io.github.segmentkit.core.column.ColumnTable;
import io.github.segmentkit.core.column.Dictionary;
import io.github.segmentkit.core.column.LongChunk;
import io.github.segmentkit.core.column.OrderedKeys;
import io.github.segmentkit.core.column.PackedLongs;
import io.github.segmentkit.core.column.TagsChunk;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Read-only access to one column of a {@link CustomerTable}, decoded into plain arrays indexed by row, for analyses
 * that read a column once for all segments (profiles, threshold sweeps) instead of re-reading customer objects.
 * Each call decodes the whole column afresh: about 8 bytes per row for numbers, 4 for codes, 1 bit per row for a
 * tag or the missing rows.
 *
 * <pre>{@code
 * ColumnValues income = ColumnValues.of(table, "income");
 * double[] values = income.doubles();         // NaN where missing
 * long[] missing = income.missingRows();      // bit row % 64 of word row / 64
 * }</pre>
 *
 * <p>Kinds: {@link #doubles()} and {@link #orderKeys()} for whole numbers and doubles; {@link #codes()} and
 * {@link #dictionary()} for categorical and yes/no attributes; {@link #dictionary()} and {@link #rowsWithTag(int)}
 * for tags; {@link #missingRows()} for every kind. Asking a column for a decoding its kind has not is an
 * {@link IllegalStateException} naming the attribute. Immutable and thread-safe.
 */
public final class ColumnValues {
    private final ColumnTable<?> table;
    private final Column column;

    private ColumnValues(ColumnTable<?> table, Column column) {
        this.table = table;
        this.column = column;
    }

    /**
     * The column of {@code attribute} in {@code table}.
     *
     * @throws IllegalArgumentException naming the attribute when the table's schema does not declare it
     */
    public static ColumnValues of(CustomerTable<?> table, String attribute) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(attribute, "attribute");
        ColumnTable<?> columns = table.columns();
        return new ColumnValues(columns, columns.column(attribute));
    }

    /**
     * The key {@link #orderKeys()} gives a double: keys order as the doubles do, {@code -0.0} has the key of
     * {@code 0.0}.
     *
     * @throws IllegalArgumentException for NaN, which is a missing value, not a number
     */
    public static long orderKeyOf(double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("NaN has no order key: it is a missing value");
        }
        return OrderedKeys.ofDouble(value);
    }

    /** The double whose {@link #orderKeyOf(double) order key} is {@code key}. */
    public static double doubleOfOrderKey(long key) {
        // the key flips every bit but the sign of a negative double; flipping again restores it
        return Double.longBitsToDouble(key ^ ((key >> 63) & Long.MAX_VALUE));
    }

    /** The attribute whose values these are. */
    public Attribute attribute() {
        return column.attribute();
    }

    /** The number of rows. */
    public int rowCount() {
        return table.rowCount();
    }

    /** The rows whose value is missing, as {@code ⌈rowCount / 64⌉} bitmap words (a new array). */
    public long[] missingRows() {
        long[] words = new long[(int) ((table.rowCount() + 63L) >>> 6)];
        int wordsPerChunk = table.chunkRows() >>> 6;
        for (int c = 0; c < column.chunkCount(); c++) {
            long[] missing = column.chunk(c).missing();
            if (missing != null) {
                System.arraycopy(missing, 0, words, c * wordsPerChunk, Math.min(missing.length,
                        words.length - c * wordsPerChunk));
            }
        }
        return words;
    }

    /**
     * Whole-number or double values as doubles, NaN where missing (whole numbers beyond 2<sup>53</sup> are rounded:
     * use {@link #orderKeys()} to compare them exactly).
     */
    public double[] doubles() {
        boolean isDouble = requireKind("doubles()", AttributeKind.LONG, AttributeKind.DOUBLE) == AttributeKind.DOUBLE;
        double[] values = new double[table.rowCount()];
        long[] stored = new long[table.chunkRows()];
        forEachLongChunk((row, chunk) -> {
            PackedLongs packed = chunk.values();
            long[] missing = chunk.missing();
            packed.copyTo(stored, 0);
            for (int i = 0; i < packed.size(); i++) {
                values[row + i] = missing != null && (missing[i >>> 6] >>> i & 1L) != 0 ? Double.NaN
                        : isDouble ? doubleOfOrderKey(stored[i]) : stored[i];
            }
        });
        return values;
    }

    /**
     * Whole numbers as they are and doubles as {@link #orderKeyOf(double) order keys}, so that both compare exactly
     * as {@code long}s; missing rows hold an arbitrary key (see {@link #missingRows()}).
     */
    public long[] orderKeys() {
        requireKind("orderKeys()", AttributeKind.LONG, AttributeKind.DOUBLE);
        long[] keys = new long[table.rowCount()];
        forEachLongChunk((row, chunk) -> chunk.values().copyTo(keys, row));
        return keys;
    }

    /**
     * The dictionary code of each row's value ({@link #dictionary()} names them), -1 where missing. Yes/no values
     * have codes 0 for {@code false} and 1 for {@code true}.
     */
    public int[] codes() {
        AttributeKind kind = requireKind("codes()", AttributeKind.CATEGORICAL, AttributeKind.BOOLEAN);
        int[] codes = new int[table.rowCount()];
        int row = 0;
        for (int c = 0; c < column.chunkCount(); c++) {
            Chunk chunk = column.chunk(c);
            long[] missing = chunk.missing();
            for (int i = 0; i < chunk.size(); i++) {
                int code;
                if (missing != null && (missing[i >>> 6] >>> i & 1L) != 0) {
                    code = -1;
                } else if (kind == AttributeKind.BOOLEAN) {
                    code = (int) (((BooleanChunk) chunk).values()[i >>> 6] >>> i & 1L);
                } else {
                    code = (int) ((LongChunk) chunk).values().get(i);
                }
                codes[row + i] = code;
            }
            row += chunk.size();
        }
        return codes;
    }

    /**
     * The distinct values by code: of a categorical or tags column in the order first seen, {@code ["false",
     * "true"]} for a yes/no column.
     */
    public List<String> dictionary() {
        AttributeKind kind = requireKind("dictionary()", AttributeKind.CATEGORICAL, AttributeKind.BOOLEAN,
                AttributeKind.TAGS);
        if (kind == AttributeKind.BOOLEAN) {
            return List.of("false", "true");
        }
        Dictionary dictionary = column.dictionary();
        List<String> values = new ArrayList<>(dictionary.size());
        for (int code = 0; code < dictionary.size(); code++) {
            values.add(dictionary.valueOf(code));
        }
        return List.copyOf(values);
    }

    /** The rows holding the tag of dictionary code {@code code}, as {@code ⌈rowCount / 64⌉} bitmap words. */
    public long[] rowsWithTag(int code) {
        requireKind("rowsWithTag()", AttributeKind.TAGS);
        Objects.checkIndex(code, column.dictionary().size());
        long[] words = new long[(int) ((table.rowCount() + 63L) >>> 6)];
        int wordsPerChunk = table.chunkRows() >>> 6;
        for (int c = 0; c < column.chunkCount(); c++) {
            long[] rows = ((TagsChunk) column.chunk(c)).rowsWith(code);
            if (rows != null) {
                System.arraycopy(rows, 0, words, c * wordsPerChunk, Math.min(rows.length,
                        words.length - c * wordsPerChunk));
            }
        }
        return words;
    }

    private AttributeKind requireKind(String method, AttributeKind... kinds) {
        AttributeKind kind = column.attribute().kind();
        for (AttributeKind allowed : kinds) {
            if (allowed == kind) {
                return kind;
            }
        }
        throw new IllegalStateException(method + " of attribute '" + column.attribute().name() + "': it is a "
                + kind.label() + " attribute");
    }

    private void forEachLongChunk(LongChunkReader reader) {
        int row = 0;
        for (int c = 0; c < column.chunkCount(); c++) {
            LongChunk chunk = (LongChunk) column.chunk(c);
            reader.read(row, chunk);
            row += chunk.size();
        }
    }

    /** Reads one chunk whose first row is {@code row}. */
    private interface LongChunkReader {
        void read(int row, LongChunk chunk);
    }
}
