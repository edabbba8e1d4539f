package io.github.segmentkit.io.csv;

import io.github.segmentkit.api.result.RejectedRow;
import io.github.segmentkit.io.CellFormatException;
import io.github.segmentkit.io.CustomerMapping;
import io.github.segmentkit.io.CustomerRecord;
import io.github.segmentkit.io.ErrorMode;
import io.github.segmentkit.io.InvalidCellException;
import io.github.segmentkit.io.LoadLimitExceededException;
import io.github.segmentkit.io.LoadLimits;
import io.github.segmentkit.io.LoadReport;
import io.github.segmentkit.io.LoadSettings;
import io.github.segmentkit.io.LoadTally;
import io.github.segmentkit.io.LoadedCustomers;
import io.github.segmentkit.io.LoaderBuilder;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads customers from a CSV or TSV file with a header row, by column name, following a {@link CustomerMapping}.
 * Streamed: each row becomes a {@link CustomerRecord} handed to a consumer and nothing else is kept, so memory
 * follows what the consumer keeps, not the file; {@link #loadAll} keeps the records for you.
 *
 * <pre>{@code
 * CsvCustomerLoader loader = CsvCustomerLoader.builder(mapping)
 *         .dialect(CsvDialect.TSV)
 *         .errorMode(ErrorMode.LENIENT)
 *         .progress((read, loaded, rejected) -> log.info("{} rows", read))
 *         .build();
 * LoadedCustomers loaded = loader.loadAll(file);
 * loaded.report().rejected().forEach(bad -> log.warn("skipped {}", bad));
 * }</pre>
 *
 * <ul>
 * <li>Strict (the default): the first bad cell throws {@link InvalidCellException}, naming file, line, column and
 * value. Lenient: the row is skipped and reported in the {@link LoadReport} with the same details; every row read
 * is loaded or rejected.</li>
 * <li>A row with more or fewer fields than the header is a bad row (the whole row: no column).</li>
 * <li>A header without a mapped column, or a malformed file, is an {@link InvalidCsvException}; a breached
 * {@link LoadLimits limit} a {@link LoadLimitExceededException}; both stop a lenient load too.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe; each load is independent.
 */
public final class CsvCustomerLoader {
    private static final Logger LOG = LoggerFactory.getLogger(CsvCustomerLoader.class);

    private final CustomerMapping mapping;
    private final CsvDialect dialect;
    private final LoadSettings settings;

    private CsvCustomerLoader(Builder builder, LoadSettings settings) {
        this.mapping = builder.mapping;
        this.dialect = builder.dialect;
        this.settings = settings;
    }

    /** Starts a loader of {@code mapping}'s columns: comma-separated, strict, default limits, no progress. */
    public static Builder builder(CustomerMapping mapping) {
        return new Builder(mapping);
    }

    /** The mapping followed. */
    public CustomerMapping mapping() {
        return mapping;
    }

    /** Loads the UTF-8 file {@code file}, handing each customer to {@code sink}; errors name the file. */
    public LoadReport load(Path file, Consumer<? super CustomerRecord> sink) {
        try (CsvRecords records = CsvRecords.open(file, dialect, settings.limits())) {
            return load(records, sink);
        }
    }

    /**
     * Loads {@code input}, handing each customer to {@code sink}; does not close {@code input}.
     *
     * @param source the name errors and rejects give the input, or {@code null}
     */
    public LoadReport load(Reader input, String source, Consumer<? super CustomerRecord> sink) {
        Objects.requireNonNull(input, "input");
        try (CsvRecords records = CsvRecords.of(new Unclosed(input), source, dialect, settings.limits())) {
            return load(records, sink);
        }
    }

    /** Loads the UTF-8 file {@code file} and keeps every customer. */
    public LoadedCustomers loadAll(Path file) {
        List<CustomerRecord> customers = new ArrayList<>();
        LoadReport report = load(file, customers::add);
        return new LoadedCustomers(customers, report);
    }

    /** Loads {@code input} and keeps every customer; does not close {@code input}. */
    public LoadedCustomers loadAll(Reader input, String source) {
        List<CustomerRecord> customers = new ArrayList<>();
        LoadReport report = load(input, source, customers::add);
        return new LoadedCustomers(customers, report);
    }

    private LoadReport load(CsvRecords records, Consumer<? super CustomerRecord> sink) {
        Objects.requireNonNull(sink, "sink");
        CsvHeader header = records.header();
        header.requireAll(mapping.sourceColumns());
        LoadTally tally = settings.tally(records.source());
        for (CsvRow row = records.next(); row != null; row = records.next()) {
            tally.rowRead(row.line());
            if (row.size() != header.size()) {
                tally.reject(new RejectedRow(records.source(), row.line(), null, null, "the row has " + row.size()
                        + " fields, the header " + header.size()), null, null);
                continue;
            }
            CustomerRecord customer;
            try {
                customer = mapping.toRecord(row::get);
            } catch (CellFormatException e) {
                tally.reject(e, row.line());
                continue;
            }
            sink.accept(customer);
            tally.loaded();
        }
        LoadReport report = tally.finish();
        LOG.debug("{}", report);
        return report;
    }

    /** Configures a {@link CsvCustomerLoader}; the options every loader shares are {@link LoaderBuilder}'s. */
    public static final class Builder extends LoaderBuilder<Builder> {
        private final CustomerMapping mapping;
        private CsvDialect dialect = CsvDialect.CSV;

        private Builder(CustomerMapping mapping) {
            this.mapping = Objects.requireNonNull(mapping, "mapping");
        }

        /** The file's delimiter and quote ({@link CsvDialect#CSV} by default). */
        public Builder dialect(CsvDialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /** The loader. */
        public CsvCustomerLoader build() {
            return new CsvCustomerLoader(this, settings());
        }

        @Override
        protected Builder self() {
            return this;
        }
    }

    /** A reader whose {@code close} leaves the caller's reader open. */
    private static final class Unclosed extends Reader {
        private final Reader in;

        Unclosed(Reader in) {
            this.in = in;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            return in.read(buffer, offset, length);
        }

        @Override
        public void close() {
            // the caller opened it and closes it
        }
    }
}
