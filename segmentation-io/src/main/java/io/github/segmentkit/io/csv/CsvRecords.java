package io.github.segmentkit.io.csv;

import io.github.segmentkit.io.LoadLimitExceededException;
import io.github.segmentkit.io.LoadLimits;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a delimited file record by record on Apache Commons CSV: the header first, then each {@link CsvRow} with
 * the 1-based line it starts on, keeping nothing behind. The low-level reader under the customer loader and the
 * RFM transaction reader; use it for any other delimited file.
 *
 * <pre>{@code
 * try (CsvRecords records = CsvRecords.open(file, CsvDialect.CSV, LoadLimits.DEFAULTS)) {
 *     CsvHeader header = records.header();
 *     int city = header.require("city");
 *     for (CsvRow row = records.next(); row != null; row = records.next()) {
 *         cities.add(row.get(city));
 *     }
 * }
 * }</pre>
 *
 * <p>A malformed file (a quote never closed, text after a closing quote) is an {@link InvalidCsvException} naming
 * the source and the line; a field longer than {@link LoadLimits#maxFieldLength()} is a
 * {@link LoadLimitExceededException} naming the line and the column, raised before a runaway field can fill the
 * heap. Not thread-safe.
 */
public final class CsvRecords implements Closeable {
    /** How far a reader may read past a record's end before the parser asks for the next one. */
    private static final long READ_AHEAD = 64 * 1024;
    private static final Pattern COMMONS_LINE = Pattern.compile("(?:startline |at line: )(\\d+)");

    private final String source;
    private final int maxFieldLength;
    private final LineCountingReader input;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private CsvHeader header;

    private CsvRecords(Reader reader, String source, CsvDialect dialect, LoadLimits limits) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(dialect, "dialect");
        this.source = source;
        this.maxFieldLength = limits.maxFieldLength();
        this.input = new LineCountingReader(reader, source, span(1));
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(dialect.delimiter())
                .setQuote(dialect.quote())
                .setIgnoreEmptyLines(true)
                .get();
        try {
            this.parser = CSVParser.builder().setReader(input).setFormat(format).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.records = parser.iterator();
    }

    /** Reads the UTF-8 file {@code file}; errors name its file name. */
    public static CsvRecords open(Path file, CsvDialect dialect, LoadLimits limits) {
        Objects.requireNonNull(file, "file");
        try {
            return new CsvRecords(Files.newBufferedReader(file, StandardCharsets.UTF_8),
                    String.valueOf(file.getFileName()), dialect, limits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads {@code reader}; {@link #close()} closes it.
     *
     * @param source the name errors give the input (a file or resource name), or {@code null}
     */
    public static CsvRecords of(Reader reader, String source, CsvDialect dialect, LoadLimits limits) {
        return new CsvRecords(reader, source, dialect, limits);
    }

    /** The name errors give the input, or {@code null}. */
    public String source() {
        return source;
    }

    /**
     * The first record, as column names; read on the first call.
     *
     * @throws InvalidCsvException when the input holds no record at all
     */
    public CsvHeader header() {
        if (header == null) {
            CSVRecord first = nextRecord();
            if (first == null) {
                throw new InvalidCsvException(source, 1, "the file is empty; expected a header row", null);
            }
            long line = input.recordStartsAt(first.getCharacterPosition());
            header = new CsvHeader(source, line, first.toList());
            checkLengths(first, line);
            input.maxRecordSpan(span(header.size()));
        }
        return header;
    }

    /**
     * The next record after the header, or {@code null} at the end of the input.
     *
     * @throws InvalidCsvException        when the input is malformed there
     * @throws LoadLimitExceededException when a field is longer than the limit
     */
    public CsvRow next() {
        CsvHeader names = header();
        CSVRecord record = nextRecord();
        if (record == null) {
            return null;
        }
        long line = input.recordStartsAt(record.getCharacterPosition());
        checkLengths(record, line);
        return new CsvRow(names, line, record.toList());
    }

    private CSVRecord nextRecord() {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException) {
                throw new InvalidCsvException(source, lineOf(e.getCause()), "malformed: "
                        + e.getCause().getMessage(), e.getCause());
            }
            throw e;
        }
    }

    /** The line Commons CSV names in its message (the start line of an unclosed quote), else the next line. */
    private long lineOf(Throwable parseError) {
        Matcher line = COMMONS_LINE.matcher(String.valueOf(parseError.getMessage()));
        return line.find() ? Long.parseLong(line.group(1)) : parser.getCurrentLineNumber() + 1;
    }

    private void checkLengths(CSVRecord record, long line) {
        for (int i = 0; i < record.size(); i++) {
            int length = record.get(i).length();
            if (length > maxFieldLength) {
                String column = header != null && i < header.size() ? "column '" + header.names().get(i) + "'"
                        : "field " + (i + 1);
                throw new LoadLimitExceededException(source, line, column + " has " + length
                        + " characters, more than the limit of " + maxFieldLength + " (LoadLimits.maxFieldLength)");
            }
        }
    }

    /**
     * How far the input may run past the start of the last record: two whole records of {@code columns} fields at
     * the longest (every character a doubled quote, plus quotes and delimiter), and the parser's read-ahead.
     */
    private long span(int columns) {
        return 2 * (2L * maxFieldLength + 3) * Math.max(1, columns) + READ_AHEAD;
    }

    /** Closes the input. */
    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
