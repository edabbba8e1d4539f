package io.github.segmentkit.classifiers.behavioral.rfm.transactions;

import io.github.segmentkit.io.CellConverter;
import io.github.segmentkit.io.LoadLimitExceededException;
import io.github.segmentkit.io.LoadLimits;
import io.github.segmentkit.io.csv.CsvDialect;
import io.github.segmentkit.io.csv.CsvRecords;
import io.github.segmentkit.io.csv.CsvRow;
import io.github.segmentkit.io.csv.InvalidCsvException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads transaction lines from CSV with a header row, by column name, and hands each to a consumer (an
 * {@link RfmAggregator}, say) without keeping them.
 *
 * <ul>
 * <li>Customer ids are whole numbers, the {@code long} ids of the customer schema; a float-formatted whole number
 * ({@code 17850.0}, as pandas writes Online Retail ids) reads as {@code 17850}. An empty id is a line without a
 * customer (dropped and counted); an id that is not a whole number ({@code AB-7}, {@code 17850.5}) is an
 * {@link InvalidTransactionException}: it is never truncated or guessed.</li>
 * <li>Timestamps are {@code yyyy-MM-dd HH:mm:ss}, {@code yyyy-MM-dd HH:mm}, a bare date (00:00), or ISO-8601
 * ({@code 2024-01-10T10:15:00}, with optional fraction of a second). An ISO offset or zone
 * ({@code 2024-01-10T10:15:00+01:00}, {@code ...Z}) is accepted and the local date-time as written is used:
 * recency counts days on the shop's own clock, like the zone-less timestamps beside it.</li>
 * </ul>
 *
 * <p>A field that cannot be read raises {@link InvalidTransactionException} naming the file (when known), the
 * line, the column and the value; a line RFM merely drops is passed on.
 *
 * <pre>{@code
 * RfmAnalysis analysis = RfmAnalysis.of(RfmConfig.at(LocalDate.parse("2011-12-11")));
 * RfmAggregator aggregator = analysis.aggregator();
 * TransactionCsvReader.onlineRetail().read(onlineRetailCsv, aggregator::accept);   // a Path
 * }</pre>
 *
 * <p>Immutable and thread-safe; each {@code read} call is independent.
 */
public final class TransactionCsvReader {
    private static final DateTimeFormatter SPACED = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd[ HH:mm[:ss]]")
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
            .toFormatter();
    /** A field of at most 1 MiB characters: far above any transaction's, far below the heap. */
    private static final LoadLimits LIMITS = LoadLimits.DEFAULTS.withMaxFieldLength(1 << 20);
    private static final String FORMATS = "yyyy-MM-dd[ HH:mm[:ss]] or ISO-8601 such as 2024-01-10T10:15:00[+01:00]";

    private final Columns columns;

    private TransactionCsvReader(Columns columns) {
        this.columns = Objects.requireNonNull(columns, "columns");
    }

    /** A reader of the named columns. */
    public static TransactionCsvReader withColumns(Columns columns) {
        return new TransactionCsvReader(columns);
    }

    /**
     * A reader of UCI Online Retail files ({@code InvoiceNo, InvoiceDate, Quantity, UnitPrice, CustomerID}). Pair
     * it with {@link CancellationRule#ONLINE_RETAIL_C_PREFIX}, the data set's cancellation convention.
     */
    public static TransactionCsvReader onlineRetail() {
        return new TransactionCsvReader(new Columns("CustomerID", "InvoiceNo", "InvoiceDate", "Quantity",
                "UnitPrice"));
    }

    /** The columns read. */
    public Columns columns() {
        return columns;
    }

    /** Reads every line of a UTF-8 file and passes it to {@code sink}; errors name the file. */
    public void read(Path file, Consumer<Transaction> sink) {
        Objects.requireNonNull(file, "file");
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read(in, file.getFileName().toString(), sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads every line and passes it to {@code sink}; does not close {@code input}. */
    public void read(Reader input, Consumer<Transaction> sink) {
        read(input, null, sink);
    }

    /**
     * Reads every line and passes it to {@code sink}; does not close {@code input}.
     *
     * @param source the name errors give the input (a file or resource name), or {@code null}
     */
    public void read(Reader input, String source, Consumer<Transaction> sink) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(sink, "sink");
        // not closed: closing the records would close the caller's input, which this method leaves open
        CsvRecords records = CsvRecords.of(input, source, CsvDialect.CSV, LIMITS);
        try {
            int[] at = columns.positionsIn(records.header().names(), source);
            for (CsvRow row = records.next(); row != null; row = records.next()) {
                sink.accept(new LineReader(source, row.line()).transaction(row.fields(), at));
            }
        } catch (InvalidCsvException e) {   // an empty or malformed file
            throw new InvalidTransactionException(source, e.line(), null, e.reason());
        } catch (LoadLimitExceededException e) {   // a runaway field, such as a quote never closed
            throw new InvalidTransactionException(source, e.line(), null, e.reason());
        }
    }

    /** Reads the fields of one line, naming the source and line in errors. */
    private final class LineReader {
        private final String source;
        private final long line;

        LineReader(String source, long line) {
            this.source = source;
            this.line = line;
        }

        Transaction transaction(List<String> fields, int[] at) {
            for (int position : at) {
                if (position >= fields.size()) {
                    throw new InvalidTransactionException(source, line, null, "expected at least "
                            + (position + 1) + " fields, found " + fields.size());
                }
            }
            String invoice = fields.get(at[1]).strip();
            if (invoice.isEmpty()) {
                throw problem(columns.invoice(), "the invoice number is missing");
            }
            return new Transaction(customerId(fields.get(at[0])), invoice, timestamp(fields.get(at[2])),
                    quantity(fields.get(at[3])), price(fields.get(at[4])));
        }

        /** A whole number, allowing a fraction of zeros ({@code 17850.0}); {@code null} when empty. */
        private Long customerId(String text) {
            String id = text.strip();
            if (id.isEmpty()) {
                return null;
            }
            try {
                return CellConverter.parseWholeNumber(id);
            } catch (NumberFormatException notWhole) {
                // reported below, with the whole text
            }
            throw problem(columns.customerId(), "not a whole-number customer id: '" + text
                    + "' (RFM joins to customers by their long id)");
        }

        private LocalDateTime timestamp(String text) {
            String value = text.strip();
            try {
                if (value.indexOf('T') > 0) {
                    return LocalDateTime.from(DateTimeFormatter.ISO_DATE_TIME.parse(value));
                }
                return LocalDateTime.parse(value, SPACED);
            } catch (DateTimeParseException e) {
                throw problem(columns.timestamp(), "not a timestamp (" + FORMATS + "): '" + text + "'");
            }
        }

        private long quantity(String text) {
            try {
                return Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                throw problem(columns.quantity(), "not a whole number: '" + text + "'");
            }
        }

        private BigDecimal price(String text) {
            try {
                return new BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                throw problem(columns.unitPrice(), "not a number: '" + text + "'");
            }
        }

        private InvalidTransactionException problem(String column, String message) {
            return new InvalidTransactionException(source, line, column, message);
        }
    }

    /**
     * The header names of the five columns RFM reads; other columns are ignored.
     *
     * <pre>{@code
     * new TransactionCsvReader.Columns("customer_id", "invoice", "invoice_date", "quantity", "price");
     * }</pre>
     *
     * @param customerId the customer id column
     * @param invoice    the invoice number column
     * @param timestamp  the invoice date-time column
     * @param quantity   the quantity column
     * @param unitPrice  the unit price column
     */
    public record Columns(String customerId, String invoice, String timestamp, String quantity, String unitPrice) {
        public Columns {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(invoice, "invoice");
            Objects.requireNonNull(timestamp, "timestamp");
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(unitPrice, "unitPrice");
        }

        /** The positions of the five columns in {@code header} (names stripped, without a byte-order mark). */
        private int[] positionsIn(List<String> header, String source) {
            List<String> names = List.of(customerId, invoice, timestamp, quantity, unitPrice);
            int[] positions = new int[names.size()];
            for (int i = 0; i < names.size(); i++) {
                positions[i] = header.indexOf(names.get(i));
                if (positions[i] < 0) {
                    throw new InvalidTransactionException(source, 1, names.get(i), "column not found; the header "
                            + "has " + header);
                }
            }
            return positions;
        }
    }
}
