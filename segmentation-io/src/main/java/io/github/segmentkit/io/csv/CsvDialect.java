package io.github.segmentkit.io.csv;

/**
 * How a delimited text file is written: the character between fields and the quote character (doubled inside a
 * quoted field, which may then hold delimiters and line breaks, as RFC 4180 says). Lines end with LF, CRLF or CR;
 * blank lines are skipped.
 *
 * <pre>{@code
 * CsvDialect comma = CsvDialect.CSV;                      // comma, double quotes
 * CsvDialect tab = CsvDialect.TSV;                        // tab, double quotes (as spreadsheets write it)
 * CsvDialect semicolon = CsvDialect.of(';');              // semicolon, double quotes
 * CsvDialect plainTab = CsvDialect.TSV.withoutQuotes();   // tab, a quote is an ordinary character
 * }</pre>
 *
 * @param delimiter the character between fields; not a line break and not the quote
 * @param quote     the quote character, or {@code null} when fields are never quoted
 */
public record CsvDialect(char delimiter, Character quote) {
    /** Comma-separated, fields in double quotes when needed (RFC 4180). */
    public static final CsvDialect CSV = new CsvDialect(',', '"');
    /** Tab-separated, fields in double quotes when needed. */
    public static final CsvDialect TSV = new CsvDialect('\t', '"');

    public CsvDialect {
        if (delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("the delimiter cannot be a line break");
        }
        if (quote != null && (quote == delimiter || quote == '\n' || quote == '\r')) {
            throw new IllegalArgumentException("the quote character cannot be the delimiter or a line break");
        }
    }

    /** Fields separated by {@code delimiter}, quoted with double quotes. */
    public static CsvDialect of(char delimiter) {
        return new CsvDialect(delimiter, '"');
    }

    /** This dialect with no quote character: every character but the delimiter and line breaks is data. */
    public CsvDialect withoutQuotes() {
        return new CsvDialect(delimiter, null);
    }
}
