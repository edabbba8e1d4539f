package io.github.segmentkit.insight.affinity;

import io.github.segmentkit.api.result.RejectedRow;
import io.github.segmentkit.io.CellConverter;
import io.github.segmentkit.io.CellFormatException;
import io.github.segmentkit.io.LoadSettings;
import io.github.segmentkit.io.LoadTally;
import io.github.segmentkit.io.LoaderBuilder;
import io.github.segmentkit.io.csv.CsvDialect;
import io.github.segmentkit.io.csv.CsvHeader;
import io.github.segmentkit.io.csv.CsvRecords;
import io.github.segmentkit.io.csv.CsvRow;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads {@link Purchase}s from a CSV or TSV file with a header row, the columns chosen by name: the customer id and
 * the item (a product code or a category), and optionally a quantity and a date. Bad cells are reported as
 * segmentation-io's customer loader reports them (file, line, column and value): strictly, the first one throws an
 * {@link io.github.segmentkit.io.InvalidCellException}; leniently, the line is set aside as a
 * {@link RejectedRow} in the report. A malformed file or a missing column is an
 * {@link io.github.segmentkit.io.csv.InvalidCsvException}, a breached {@link io.github.segmentkit.io.LoadLimits}
 * limit a {@link io.github.segmentkit.io.LoadLimitExceededException}.
 *
 * <ul>
 * <li>Customer ids are whole numbers, the {@code long} ids of the segmentation result; a float-formatted whole number
 * ({@code 17850.0}, as pandas writes Online Retail ids) reads as {@code 17850}. An empty id is a line without a
 * customer (a guest): counted, not a purchase. Any other id ({@code AB-7}, {@code 17850.5}) is a bad cell.</li>
 * <li>With a quantity column, a line of quantity 0 or less (a return or a cancellation) is counted, not a
 * purchase; a quantity that is not a whole number is a bad cell.</li>
 * <li>With a date column, only lines dated from {@code from} to {@code to} (both included) are purchases; dates are
 * {@code yyyy-MM-dd}, optionally followed by {@code HH:mm[:ss]} after a space or a {@code T}, whose time is
 * ignored.</li>
 * </ul>
 *
 * <pre>{@code
 * PurchaseCsvReader reader = PurchaseCsvReader.builder("CustomerID", "StockCode")
 *         .quantityColumn("Quantity")
 *         .dateColumn("InvoiceDate", LocalDate.of(2011, 1, 1), LocalDate.of(2011, 12, 31))
 *         .errorMode(ErrorMode.LENIENT)
 *         .build();
 * LoadedPurchases read = reader.read(file);
 * }</pre>
 *
 * <p>Immutable and thread-safe; each read is independent and keeps the purchases only (16 bytes and the item's
 * string per line).
 */
public final class PurchaseCsvReader {
    /** A date, then an optional time of day after a space or a {@code T}: the time is read, then ignored. */
    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd")
            .optionalStart().optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .appendPattern("HH:mm[:ss]").optionalEnd()
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
            .toFormatter();

    private final Builder builder;
    private final LoadSettings settings;

    private PurchaseCsvReader(Builder builder, LoadSettings settings) {
        this.builder = builder;
        this.settings = settings;
    }

    /**
     * Starts a reader of the columns {@code customerIdColumn} and {@code itemColumn}: comma-separated, strict,
     * default limits, no quantity or date.
     */
    public static Builder builder(String customerIdColumn, String itemColumn) {
        return new Builder(customerIdColumn, itemColumn);
    }

    /** Reads the UTF-8 file {@code file}; errors and rejects name the file. */
    public LoadedPurchases read(Path file) {
        try (CsvRecords records = CsvRecords.open(file, builder.dialect, settings.limits())) {
            return read(records);
        }
    }

    /**
     * Reads {@code input}; does not close it.
     *
     * @param source the name errors and rejects give the input, or {@code null}
     */
    public LoadedPurchases read(Reader input, String source) {
        Objects.requireNonNull(input, "input");
        // not closed: closing the records would close the caller's input, which this method leaves open
        return read(CsvRecords.of(input, source, builder.dialect, settings.limits()));
    }

    private LoadedPurchases read(CsvRecords records) {
        CsvHeader header = records.header();
        List<String> required = new ArrayList<>(List.of(builder.customerIdColumn, builder.itemColumn));
        if (builder.quantityColumn != null) {
            required.add(builder.quantityColumn);
        }
        if (builder.dateColumn != null) {
            required.add(builder.dateColumn);
        }
        header.requireAll(required);   // every missing column at once, with a did-you-mean
        LoadTally tally = settings.tally(records.source());
        Lines lines = new Lines(header);
        for (CsvRow row = records.next(); row != null; row = records.next()) {
            tally.rowRead(row.line());
            if (row.size() != header.size()) {
                tally.reject(new RejectedRow(records.source(), row.line(), null, null, "the row has " + row.size()
                        + " fields, the header " + header.size()), null, null);
                continue;
            }
            try {
                lines.read(row);
            } catch (CellFormatException e) {
                tally.reject(e, row.line());
                continue;
            }
            tally.loaded();
        }
        return new LoadedPurchases(lines.purchases, tally.finish(), lines.withoutCustomer, lines.notPurchases,
                lines.outsideDates);
    }

    /** The purchases and the counts of one read. */
    private final class Lines {
        private final int customerAt;
        private final int itemAt;
        private final int quantityAt;
        private final int dateAt;
        private final List<Purchase> purchases = new ArrayList<>();
        private long withoutCustomer;
        private long notPurchases;
        private long outsideDates;

        Lines(CsvHeader header) {
            customerAt = header.require(builder.customerIdColumn);
            itemAt = header.require(builder.itemColumn);
            quantityAt = builder.quantityColumn == null ? -1 : header.require(builder.quantityColumn);
            dateAt = builder.dateColumn == null ? -1 : header.require(builder.dateColumn);
        }

        /** Reads one line: a purchase, a line counted aside, or a {@link CellFormatException}. */
        void read(CsvRow row) {
            // every cell is checked before the line is counted aside, so a bad cell is never hidden by a guest
            String id = row.get(customerAt).strip();
            Long customer = id.isEmpty() ? null : customerId(id, row.get(customerAt));
            String item = row.get(itemAt).strip();
            if (item.isEmpty()) {
                throw new CellFormatException(builder.itemColumn, row.get(itemAt), null, "the item is missing");
            }
            boolean bought = quantityAt < 0 || quantity(row.get(quantityAt)) > 0;
            boolean inDates = dateAt < 0 || inDates(row.get(dateAt));
            if (customer == null) {
                withoutCustomer++;
            } else if (!bought) {
                notPurchases++;
            } else if (!inDates) {
                outsideDates++;
            } else {
                purchases.add(new Purchase(customer, item));
            }
        }

        private long customerId(String id, String cell) {
            try {
                return CellConverter.parseWholeNumber(id);
            } catch (NumberFormatException e) {
                throw new CellFormatException(builder.customerIdColumn, cell, null, "not a whole-number customer id "
                        + "(purchases join to customers by their long id)");
            }
        }

        private long quantity(String cell) {
            try {
                return Long.parseLong(cell.strip());
            } catch (NumberFormatException e) {
                throw new CellFormatException(builder.quantityColumn, cell, null, "not a whole number");
            }
        }

        private boolean inDates(String cell) {
            LocalDate date;
            try {
                date = LocalDate.parse(cell.strip(), DATE);
            } catch (DateTimeParseException e) {
                throw new CellFormatException(builder.dateColumn, cell, null, "not a date (yyyy-MM-dd, optionally "
                        + "followed by HH:mm[:ss] after a space or a T)");
            }
            return !date.isBefore(builder.from) && !date.isAfter(builder.to);
        }
    }

    /**
     * Configures a {@link PurchaseCsvReader}; error mode, limits and progress are {@link LoaderBuilder}'s, as for
     * every loader.
     */
    public static final class Builder extends LoaderBuilder<Builder> {
        private final String customerIdColumn;
        private final String itemColumn;
        private CsvDialect dialect = CsvDialect.CSV;
        private String quantityColumn;
        private String dateColumn;
        private LocalDate from;
        private LocalDate to;

        private Builder(String customerIdColumn, String itemColumn) {
            this.customerIdColumn = Objects.requireNonNull(customerIdColumn, "customerIdColumn");
            this.itemColumn = Objects.requireNonNull(itemColumn, "itemColumn");
        }

        /** The file's delimiter and quote ({@link CsvDialect#CSV} by default). */
        public Builder dialect(CsvDialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /** The whole-number quantity column: lines of quantity 0 or less are returns, not purchases. */
        public Builder quantityColumn(String column) {
            this.quantityColumn = Objects.requireNonNull(column, "column");
            return this;
        }

        /**
         * The date column: only lines dated from {@code from} to {@code to}, both included, are purchases.
         *
         * @throws IllegalArgumentException when {@code from} is after {@code to}
         */
        public Builder dateColumn(String column, LocalDate from, LocalDate to) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (from.isAfter(to)) {
                throw new IllegalArgumentException("dates from " + from + " to " + to + ": from is after to");
            }
            this.dateColumn = Objects.requireNonNull(column, "column");
            this.from = from;
            this.to = to;
            return this;
        }

        /** The reader (of a copy of this builder's choices: later changes to the builder do not reach it). */
        public PurchaseCsvReader build() {
            Builder copy = new Builder(customerIdColumn, itemColumn);
            copy.dialect = dialect;
            copy.quantityColumn = quantityColumn;
            copy.dateColumn = dateColumn;
            copy.from = from;
            copy.to = to;
            return new PurchaseCsvReader(copy, settings());
        }

        @Override
        protected Builder self() {
            return this;
        }
    }
}
