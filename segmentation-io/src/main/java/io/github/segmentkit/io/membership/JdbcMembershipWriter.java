package io.github.segmentkit.io.membership;

import io.github.segmentkit.io.internal.JdbcTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Replaces a run's memberships in a database table, atomically: in one transaction it deletes the rows the
 * {@link ReplaceScope} names and inserts the run's rows in batches, then commits. Customers who left a segment
 * disappear from it; if anything fails (a constraint, a lost connection, a full disk) the transaction is rolled back
 * and the previous memberships stay as they were.
 *
 * <pre>{@code
 * JdbcMembershipWriter writer = JdbcMembershipWriter.to(dataSource, MembershipTable.named("segment_membership"))
 *         .batchSize(5_000);
 * TableReplacement done = writer.replace(MembershipRows.of(result), LocalDate.of(2024, 3, 31));
 * }</pre>
 *
 * <p>Table and column names come from the {@link MembershipTable} and are quoted; customer ids, segment names and
 * the date are bind parameters. The table must exist ({@link MembershipTable#createTableStatement()} gives one).
 * Each call takes one connection from the data source and gives it back with its auto-commit setting restored.
 * Immutable and thread-safe; two concurrent replacements of the same rows are ordered by the database's locking.
 */
public final class JdbcMembershipWriter {
    /** The batch size unless set: large enough to amortise round trips, small enough to bound driver memory. */
    public static final int DEFAULT_BATCH_SIZE = 1_000;
    /** The largest batch size accepted. */
    public static final int MAX_BATCH_SIZE = 100_000;

    private final DataSource dataSource;
    private final MembershipTable table;
    private final int batchSize;
    private final ReplaceScope scope;

    private JdbcMembershipWriter(DataSource dataSource, MembershipTable table, int batchSize, ReplaceScope scope) {
        this.dataSource = dataSource;
        this.table = table;
        this.batchSize = batchSize;
        this.scope = scope;
    }

    /** A writer to {@code table} through {@code dataSource}, replacing {@link ReplaceScope#SEGMENTS}. */
    public static JdbcMembershipWriter to(DataSource dataSource, MembershipTable table) {
        return new JdbcMembershipWriter(Objects.requireNonNull(dataSource, "dataSource"),
                Objects.requireNonNull(table, "table"), DEFAULT_BATCH_SIZE, ReplaceScope.SEGMENTS);
    }

    /**
     * The same writer sending {@code rows} rows per batch.
     *
     * @throws IllegalArgumentException when not in {@code [1, MAX_BATCH_SIZE]}
     */
    public JdbcMembershipWriter batchSize(int rows) {
        if (rows < 1 || rows > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("batch size " + rows + " is not in [1, " + MAX_BATCH_SIZE + "]");
        }
        return new JdbcMembershipWriter(dataSource, table, rows, scope);
    }

    /** The same writer replacing the rows {@code scope} names. */
    public JdbcMembershipWriter scope(ReplaceScope scope) {
        return new JdbcMembershipWriter(dataSource, table, batchSize, Objects.requireNonNull(scope, "scope"));
    }

    /**
     * Replaces the memberships in scope by {@code rows}, each dated {@code asOf}, in one transaction.
     *
     * @throws MembershipWriteException naming the table, and the failing row's customer and segment when the database
     *                                  refused one; nothing was committed
     */
    public TableReplacement replace(MembershipRows rows, LocalDate asOf) {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(asOf, "asOf");
        long total = rows.count();
        try (JdbcTransaction transaction = JdbcTransaction.begin(dataSource)) {
            long deleted = delete(transaction.connection(), rows, asOf);
            long inserted = insert(transaction.connection(), rows, asOf);
            transaction.commit();
            return new TableReplacement(deleted, inserted);
        } catch (SQLException | RuntimeException e) {
            // the transaction (a resource) was rolled back before this runs; its failure, if any, is suppressed in e
            throw failure(e, total);
        }
    }

    private long delete(Connection connection, MembershipRows rows, LocalDate asOf) throws SQLException {
        String from = "DELETE FROM " + table.qualifiedName();
        switch (scope) {
            case TABLE:
                try (PreparedStatement all = connection.prepareStatement(from)) {
                    return all.executeUpdate();
                }
            case AS_OF:
                try (PreparedStatement dated = connection.prepareStatement(
                        from + " WHERE " + MembershipTable.quote(table.asOfColumn()) + " = ?")) {
                    dated.setObject(1, asOf);
                    return dated.executeUpdate();
                }
            case SEGMENTS:
            default:
                long deleted = 0;
                try (PreparedStatement segment = connection.prepareStatement(
                        from + " WHERE " + MembershipTable.quote(table.segmentColumn()) + " = ?")) {
                    for (String name : rows.segmentNames()) {
                        segment.setString(1, name);
                        deleted += segment.executeUpdate();
                    }
                }
                return deleted;
        }
    }

    private long insert(Connection connection, MembershipRows rows, LocalDate asOf) throws SQLException {
        String sql = "INSERT INTO " + table.qualifiedName() + " (" + MembershipTable.quote(table.customerIdColumn())
                + ", " + MembershipTable.quote(table.segmentColumn()) + ", "
                + MembershipTable.quote(table.asOfColumn()) + ") VALUES (?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            BatchInserter inserter = new BatchInserter(insert, asOf, batchSize);
            rows.forEach(inserter);
            return inserter.finish();
        }
    }

    private MembershipWriteException failure(Exception e, long total) {
        String kept = e.getSuppressed().length == 0 ? "rolled back, the previous memberships are intact"
                : "ending the transaction failed too (see suppressed): the database's own recovery decides what is "
                + "kept (uncommitted work is never kept)";
        if (e instanceof BatchInserter.BatchFailure) {
            BatchInserter.BatchFailure batch = (BatchInserter.BatchFailure) e;
            MembershipWriteException failure = new MembershipWriteException("could not replace the memberships in "
                    + table + ": inserting row "
                    + (batch.index + 1) + " of " + total + " (customer " + batch.membership.customerId()
                    + " in segment '" + batch.membership.segment() + "') failed: " + batch.sqlCause().getMessage()
                    + "; " + kept, batch.sqlCause());
            for (Throwable suppressed : e.getSuppressed()) {
                failure.addSuppressed(suppressed);
            }
            return failure;
        }
        return new MembershipWriteException("could not replace the memberships in " + table + " (scope " + scope
                + "): " + e.getMessage() + "; " + kept, e);
    }
}
