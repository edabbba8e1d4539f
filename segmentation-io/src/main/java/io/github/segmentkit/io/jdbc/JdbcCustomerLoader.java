package io.github.segmentkit.io.jdbc;

import io.github.segmentkit.io.CellFormatException;
import io.github.segmentkit.io.CustomerMapping;
import io.github.segmentkit.io.CustomerRecord;
import io.github.segmentkit.io.ErrorMode;
import io.github.segmentkit.io.LoadLimits;
import io.github.segmentkit.io.LoadReport;
import io.github.segmentkit.io.LoadSettings;
import io.github.segmentkit.io.LoadTally;
import io.github.segmentkit.io.LoadedCustomers;
import io.github.segmentkit.io.LoaderBuilder;
import io.github.segmentkit.io.internal.JdbcTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads customers from any {@link DataSource}, from a table or a query ({@link JdbcSource}), with the same
 * {@link CustomerMapping} as a CSV file: the mapping's column names are the result's. Streamed: rows are fetched
 * {@link Builder#fetchSize fetchSize} at a time, forward-only, each turned into a {@link CustomerRecord} handed to a
 * consumer, and nothing else is kept, so the result set is never held whole, let alone twice; {@link #loadAll} keeps
 * the records (only them) for you.
 *
 * <pre>{@code
 * JdbcCustomerLoader loader = JdbcCustomerLoader.builder(mapping)
 *         .fetchSize(5_000)
 *         .errorMode(ErrorMode.LENIENT)
 *         .build();
 * LoadedCustomers loaded = loader.loadAll(dataSource, JdbcSource.table("customers"));
 * loaded.report().rejected().forEach(bad -> log.warn("skipped {}", bad));   // "table \"customers\", line 7, ..."
 * }</pre>
 *
 * <ul>
 * <li>Text cells are read by the column's mapping, exactly as in a CSV file (formats, decimal separator,
 * missing-value markers, tag separator); typed cells (numbers, booleans, dates, timestamps, arrays for tags) are taken
 * as they are, exactly: {@code 5.0} is a whole number, {@code 5.5} is not; a {@code TIMESTAMP} without time zone is
 * read in the mapping's zone. NULL is missing.</li>
 * <li>Strict (the default): the first bad cell throws {@code InvalidCellException}; lenient: the row is reported in
 * the {@link LoadReport}. Positions are the 1-based row number of the result (a reject's "line") and the column.</li>
 * <li>The read runs in a transaction with auto-commit off (PostgreSQL streams with a cursor only then), rolled back
 * at the end (nothing is written), and the connection's auto-commit setting is restored.</li>
 * <li>A statement the database refuses, or a mapped column missing from the result, is a
 * {@link JdbcSourceException}; a breached {@link LoadLimits limit} a {@code LoadLimitExceededException}.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe; each load takes its own connection.
 */
public final class JdbcCustomerLoader {
    /** The rows fetched per round trip unless set. */
    public static final int DEFAULT_FETCH_SIZE = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(JdbcCustomerLoader.class);

    private final CustomerMapping mapping;
    private final int fetchSize;
    private final LoadSettings settings;

    private JdbcCustomerLoader(Builder builder, LoadSettings settings) {
        this.mapping = builder.mapping;
        this.fetchSize = builder.fetchSize;
        this.settings = settings;
    }

    /** Starts a loader of {@code mapping}'s columns: strict, default limits and fetch size, no progress. */
    public static Builder builder(CustomerMapping mapping) {
        return new Builder(mapping);
    }

    /** The mapping followed. */
    public CustomerMapping mapping() {
        return mapping;
    }

    /** Loads {@code source}, handing each customer to {@code sink} in the result's order. */
    public LoadReport load(DataSource dataSource, JdbcSource source, Consumer<? super CustomerRecord> sink) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sink, "sink");
        try (JdbcTransaction transaction = JdbcTransaction.begin(dataSource)) {
            return load(transaction.connection(), source, sink);
        } catch (SQLException e) {
            throw new JdbcSourceException(source.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Loads {@code source} and keeps every customer. */
    public LoadedCustomers loadAll(DataSource dataSource, JdbcSource source) {
        List<CustomerRecord> customers = new ArrayList<>();
        LoadReport report = load(dataSource, source, customers::add);
        return new LoadedCustomers(customers, report);
    }

    private LoadReport load(Connection connection, JdbcSource source, Consumer<? super CustomerRecord> sink)
            throws SQLException {
        List<String> needed = mapping.sourceColumns();
        try (PreparedStatement select = connection.prepareStatement(source.sql(needed), ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            select.setFetchSize(fetchSize);
            if (source.changedAfter() != null) {
                select.setObject(1, source.changedAfter());
            }
            try (ResultSet result = select.executeQuery()) {
                ResultColumns columns = ResultColumns.resolve(result.getMetaData(), needed, source.selectsColumns(),
                        source.toString());
                LoadTally tally = settings.tally(source.toString());
                RowReader reader = new RowReader(mapping, columns, tally);
                long row = 0;
                while (result.next()) {
                    row++;
                    tally.rowRead(row);
                    CustomerRecord customer;
                    try {
                        customer = reader.read(result, row);
                    } catch (CellFormatException e) {
                        tally.reject(e, row);
                        continue;
                    }
                    sink.accept(customer);
                    tally.loaded();
                }
                LoadReport report = tally.finish();
                LOG.debug("{}", report);
                return report;
            }
        }
    }

    /** Configures a {@link JdbcCustomerLoader}; the options every loader shares are {@link LoaderBuilder}'s. */
    public static final class Builder extends LoaderBuilder<Builder> {
        private final CustomerMapping mapping;
        private int fetchSize = DEFAULT_FETCH_SIZE;

        private Builder(CustomerMapping mapping) {
            this.mapping = Objects.requireNonNull(mapping, "mapping");
        }

        /**
         * Rows fetched per round trip: memory on the client is about this many rows.
         *
         * @throws IllegalArgumentException when not positive
         */
        public Builder fetchSize(int rows) {
            if (rows < 1) {
                throw new IllegalArgumentException("fetch size " + rows + " is not positive");
            }
            this.fetchSize = rows;
            return this;
        }

        /** The loader. */
        public JdbcCustomerLoader build() {
            return new JdbcCustomerLoader(this, settings());
        }

        @Override
        protected Builder self() {
            return this;
        }
    }
}
