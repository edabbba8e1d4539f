package io.github.segmentkit.io.csv;

import java.util.List;

/**
 * One record of a delimited file: its fields as written (quotes removed, nothing stripped), the 1-based line it
 * starts on, and lookup by header name.
 *
 * <pre>{@code
 * for (CsvRow row = records.next(); row != null; row = records.next()) {
 *     String city = row.get("city");   // null when this row has fewer fields than the header
 *     citiesByLine.put(row.line(), city);
 * }
 * }</pre>
 *
 * <p>Immutable.
 */
public final class CsvRow {
    private final CsvHeader header;
    private final long line;
    private final List<String> fields;

    CsvRow(CsvHeader header, long line, List<String> fields) {
        this.header = header;
        this.line = line;
        this.fields = fields;
    }

    /** The 1-based line the record starts on (a quoted field may continue on the next lines). */
    public long line() {
        return line;
    }

    /** The number of fields. */
    public int size() {
        return fields.size();
    }

    /** The fields, in file order. */
    public List<String> fields() {
        return fields;
    }

    /** The field at 0-based {@code index}, or {@code null} when the row has fewer fields. */
    public String get(int index) {
        return index < fields.size() ? fields.get(index) : null;
    }

    /**
     * The field of {@code column}, or {@code null} when the row has fewer fields than the header.
     *
     * @throws IllegalArgumentException when the header has no such column
     */
    public String get(String column) {
        return get(header.indexOf(column).orElseThrow(() -> new IllegalArgumentException("column '" + column
                + "' is not in the header " + header)));
    }

    /** The header the row's fields are named by. */
    public CsvHeader header() {
        return header;
    }

    @Override
    public String toString() {
        return "line " + line + ": " + fields;
    }
}
