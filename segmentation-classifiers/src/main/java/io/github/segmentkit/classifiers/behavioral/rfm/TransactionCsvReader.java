package io.github.segmentkit.classifiers.behavioral.rfm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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
 * {@link RfmAggregator}, say) without keeping them. Timestamps are {@code yyyy-MM-dd HH:mm:ss},
 * {@code yyyy-MM-dd HH:mm} or a bare date (00:00). A field that cannot be read raises
 * {@link InvalidTransactionException} naming the line and column; a line RFM merely drops is passed on.
 *
 * <pre>{@code
 * RfmAggregator aggregator = new RfmAggregator();
 * try (Reader in = Files.newBufferedReader(path)) {
 *     TransactionCsvReader.onlineRetail().read(in, aggregator::accept);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; each {@code read} call is independent.
 */
public final class TransactionCsvReader {
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd[ HH:mm[:ss]]")
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
            .toFormatter();

    private final Columns columns;
    private final boolean dropFloatSuffix;

    private TransactionCsvReader(Columns columns, boolean dropFloatSuffix) {
        this.columns = Objects.requireNonNull(columns, "columns");
        this.dropFloatSuffix = dropFloatSuffix;
    }

    /** A reader of the named columns; customer ids are taken as written. */
    public static TransactionCsvReader withColumns(Columns columns) {
        return new TransactionCsvReader(columns, false);
    }

    /**
     * A reader of UCI Online Retail files ({@code InvoiceNo, InvoiceDate, Quantity, UnitPrice, CustomerID}), whose
     * customer ids are written as floats ({@code 17850.0}): the {@code .0} is dropped, giving {@code 17850}.
     */
    public static TransactionCsvReader onlineRetail() {
        return new TransactionCsvReader(new Columns("CustomerID", "InvoiceNo", "InvoiceDate", "Quantity",
                "UnitPrice"), true);
    }

    /** Reads every line and passes it to {@code sink}; does not close {@code input}. */
    public void read(Reader input, Consumer<Transaction> sink) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(sink, "sink");
        CsvRecordReader records = new CsvRecordReader(input instanceof BufferedReader buffered ? buffered
                : new BufferedReader(input));
        try {
            List<String> header = records.next();
            if (header == null) {
                throw new InvalidTransactionException(1, null, "the file is empty; expected a header with "
                        + columns);
            }
            int[] at = columns.positionsIn(header);
            for (List<String> fields = records.next(); fields != null; fields = records.next()) {
                sink.accept(transaction(fields, at, records.recordLine()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Transaction transaction(List<String> fields, int[] at, long line) {
        for (int position : at) {
            if (position >= fields.size()) {
                throw new InvalidTransactionException(line, null, "expected at least " + (position + 1)
                        + " fields, found " + fields.size());
            }
        }
        String customerId = fields.get(at[0]).strip();
        if (dropFloatSuffix && customerId.endsWith(".0")) {
            customerId = customerId.substring(0, customerId.length() - 2);
        }
        String invoice = fields.get(at[1]).strip();
        if (invoice.isEmpty()) {
            throw new InvalidTransactionException(line, columns.invoice(), "the invoice number is missing");
        }
        return new Transaction(customerId, invoice, timestamp(fields.get(at[2]), line),
                quantity(fields.get(at[3]), line), price(fields.get(at[4]), line));
    }

    private LocalDateTime timestamp(String text, long line) {
        try {
            return LocalDateTime.parse(text.strip(), TIMESTAMP);
        } catch (DateTimeParseException e) {
            throw new InvalidTransactionException(line, columns.timestamp(), "not a timestamp "
                    + "(yyyy-MM-dd[ HH:mm[:ss]]): '" + text + "'");
        }
    }

    private long quantity(String text, long line) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidTransactionException(line, columns.quantity(), "not a whole number: '" + text + "'");
        }
    }

    private BigDecimal price(String text, long line) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidTransactionException(line, columns.unitPrice(), "not a number: '" + text + "'");
        }
    }

    /**
     * The header names of the five columns RFM reads; other columns are ignored.
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

        private int[] positionsIn(List<String> header) {
            List<String> names = List.of(customerId, invoice, timestamp, quantity, unitPrice);
            List<String> stripped = header.stream().map(h -> h.strip().replace("\uFEFF", "")).toList();
            int[] positions = new int[names.size()];
            for (int i = 0; i < names.size(); i++) {
                positions[i] = stripped.indexOf(names.get(i));
                if (positions[i] < 0) {
                    throw new InvalidTransactionException(1, names.get(i), "column not found; the header has "
                            + stripped);
                }
            }
            return positions;
        }
    }
}
