package io.github.segmentkit.jdbc;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.result.SegmentCounts;
import io.github.segmentkit.api.spi.SegmenterDefinition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Segments evaluated where the customers are: every segment in one scan of a table, by the database, with the same
 * members as the in-memory engine (see docs/sql.md). Each call takes one connection from the data source, runs one
 * statement and gives the connection back; nothing is written.
 *
 * <pre>{@code
 * JdbcSegmentation segmentation = JdbcSegmentation.on(dataSource, table, SqlDialect.POSTGRESQL);
 * SegmentCounts counts = segmentation.counts(segments, AsOf.date(LocalDate.of(2024, 3, 31)));
 * SqlSegmentationResult members = segmentation.memberships(segments, AsOf.date(LocalDate.of(2024, 3, 31)));
 * }</pre>
 *
 * <p>Immutable and thread-safe (as thread-safe as the data source).
 */
public final class JdbcSegmentation {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcSegmentation.class);

    /** Rows fetched per round trip; PostgreSQL's driver otherwise reads the whole result at once. */
    private static final int FETCH_SIZE = 10_000;

    private final DataSource dataSource;
    private final SqlTable table;
    private final SqlDialect dialect;

    private JdbcSegmentation(DataSource dataSource, SqlTable table, SqlDialect dialect) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.table = Objects.requireNonNull(table, "table");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /** Segments the customers of {@code table}, reached through {@code dataSource}, written for {@code dialect}. */
    public static JdbcSegmentation on(DataSource dataSource, SqlTable table, SqlDialect dialect) {
        return new JdbcSegmentation(dataSource, table, dialect);
    }

    /**
     * The members of every segment as of {@code asOf}, rows in the order of the table's order column.
     *
     * @throws SqlMappingException   when a segment cannot be rendered against the table
     * @throws SqlExecutionException when the database fails
     */
    public SqlSegmentationResult memberships(List<Segment> segments, AsOf asOf) {
        SegmentStatements statements = SegmentStatements.of(table, dialect, segments, asOf);
        List<String> names = statements.segmentNames();
        List<BitSet> members = new ArrayList<>();
        names.forEach(name -> members.add(new BitSet()));
        long[] ids;
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            if (autoCommit) {
                // PostgreSQL's driver streams a result (FETCH_SIZE rows at a time) only inside a transaction
                connection.setAutoCommit(false);
            }
            try {
                ids = readMemberships(connection, statements.memberships(), members);
            } finally {
                if (autoCommit) {
                    connection.rollback();   // nothing was written: this only ends the read-only transaction
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new SqlExecutionException("reading the memberships of " + names.size() + " segments from "
                    + table.table(), e);
        }
        Map<String, BitSet> byName = new LinkedHashMap<>();
        for (int s = 0; s < names.size(); s++) {
            byName.put(names.get(s), members.get(s));
        }
        LOG.debug("{} segments evaluated on {} rows of {}", names.size(), ids.length, table.table());
        return new SqlSegmentationResult(asOf, ids, byName);
    }

    /** The ids of the statement's rows, in order; row r's membership of segment s set in {@code members[s]}. */
    private static long[] readMemberships(Connection connection, SqlFragment select, List<BitSet> members)
            throws SQLException {
        long[] ids = new long[64];
        int rows = 0;
        try (PreparedStatement statement = prepare(connection, select);
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                if (rows == ids.length) {
                    ids = Arrays.copyOf(ids, rows * 2);
                }
                ids[rows] = result.getLong(1);
                for (int s = 0; s < members.size(); s++) {
                    if (result.getBoolean(s + 2)) {
                        members.get(s).set(rows);
                    }
                }
                rows++;
            }
        }
        return Arrays.copyOf(ids, rows);
    }

    /** {@link #memberships(List, AsOf)} of the definition's segments, as of its clock's current moment. */
    public SqlSegmentationResult memberships(SegmenterDefinition<?> definition) {
        return memberships(definition.segments(), definition.asOf());
    }

    /**
     * The number of customers, the member count of every segment and the number of customers in none, as of
     * {@code asOf}, in one scan; only counts leave the database.
     *
     * @throws SqlMappingException   when a segment cannot be rendered against the table
     * @throws SqlExecutionException when the database fails
     */
    public SegmentCounts counts(List<Segment> segments, AsOf asOf) {
        SegmentStatements statements = SegmentStatements.of(table, dialect, segments, asOf);
        List<String> names = statements.segmentNames();
        Map<String, Long> counts = new LinkedHashMap<>();
        long customers;
        long unsegmented;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, statements.counts());
                ResultSet result = statement.executeQuery()) {
            result.next();
            customers = result.getLong(1);
            for (int s = 0; s < names.size(); s++) {
                counts.put(names.get(s), result.getLong(s + 2));
            }
            unsegmented = result.getLong(names.size() + 2);
        } catch (SQLException e) {
            throw new SqlExecutionException("counting the members of " + names.size() + " segments in "
                    + table.table(), e);
        }
        return new SegmentCounts(asOf, customers, counts, unsegmented);
    }

    /** {@link #counts(List, AsOf)} of the definition's segments, as of its clock's current moment. */
    public SegmentCounts counts(SegmenterDefinition<?> definition) {
        return counts(definition.segments(), definition.asOf());
    }

    private static PreparedStatement prepare(Connection connection, SqlFragment fragment) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(fragment.sql());
        try {
            statement.setFetchSize(FETCH_SIZE);
            Parameters.bind(statement, fragment.parameters());
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }
}
