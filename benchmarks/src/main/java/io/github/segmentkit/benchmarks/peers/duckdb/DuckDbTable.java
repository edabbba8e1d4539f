package io.github.segmentkit.benchmarks.peers.duckdb;

import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * An in-process DuckDB database holding the benchmark customers in one table, {@code customers}, loaded with the
 * Appender API (no SQL text is built from values). Missing values, NaN included, are SQL {@code NULL}; the interests
 * are stored twice, as a {@code VARCHAR[]} list and as a {@code BIGINT} bit mask (bit i = {@link TagMask#TAGS} i).
 *
 * <pre>{@code
 * try (DuckDbTable table = DuckDbTable.load(customers)) {
 *     ResultSet rows = table.connection().prepareStatement("SELECT count(*) FROM customers").executeQuery();
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one connection.
 */
public final class DuckDbTable implements AutoCloseable {
    private static final String CREATE = """
            CREATE TABLE customers (
              id BIGINT NOT NULL, age INTEGER, income DOUBLE, country VARCHAR, channel VARCHAR,
              loyalty_tier VARCHAR, device VARCHAR, language VARCHAR, newsletter BOOLEAN, premium BOOLEAN,
              churn_score DOUBLE, orders INTEGER, total_spend DOUBLE, household INTEGER, last_order DATE,
              signup DATE, last_login TIMESTAMP, interests VARCHAR[], interest_mask BIGINT,
              home_lat DOUBLE, home_lon DOUBLE, email_opens INTEGER)""";

    private final DuckDBConnection connection;

    private DuckDbTable(DuckDBConnection connection) {
        this.connection = connection;
    }

    /** A new in-memory database with {@code customers} loaded, in list order. */
    public static DuckDbTable load(List<BenchCustomer> customers) throws SQLException {
        Connection plain = DriverManager.getConnection("jdbc:duckdb:");
        DuckDbTable table = new DuckDbTable(plain.unwrap(DuckDBConnection.class));
        try (Statement statement = plain.createStatement()) {
            statement.execute(CREATE);
        }
        try (DuckDBAppender appender = table.connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "customers")) {
            for (BenchCustomer c : customers) {
                appender.beginRow();
                appender.append(c.id());
                appender.append(c.age());
                appendDouble(appender, c.income());
                appender.append(c.country());
                appender.append(c.channel());
                appender.append(c.loyaltyTier());
                appender.append(c.device());
                appender.append(c.language());
                appender.append(c.newsletter());
                appender.append(c.premium());
                appendDouble(appender, c.churnScore());
                appender.append(c.orders());
                appendDouble(appender, c.totalSpend());
                appender.append(c.household());
                appender.append(c.lastOrder());
                if (c.lastLogin() == null) {
                    appender.append(c.signup()).appendNull();
                } else {
                    appender.append(c.signup()).append(c.lastLogin().atOffset(ZoneOffset.UTC).toLocalDateTime());
                }
                if (c.interests() == null) {
                    appender.appendNull().appendNull();
                } else {
                    appender.append(c.interests()).append(TagMask.of(c.interests()));
                }
                appendDouble(appender, c.homeLat());
                appendDouble(appender, c.homeLon());
                appender.append(c.emailOpens());
                appender.endRow();
            }
        }
        return table;
    }

    private static void appendDouble(DuckDBAppender appender, double value) throws SQLException {
        if (Double.isNaN(value)) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }

    /** The open connection. */
    public Connection connection() {
        return connection;
    }

    /** Bytes DuckDB reports for its in-memory storage (compressed columns, off-heap). */
    public long memoryBytes() throws SQLException {
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT sum(memory_usage_bytes) FROM duckdb_memory()")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
