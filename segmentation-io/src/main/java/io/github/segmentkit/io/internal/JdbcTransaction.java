package io.github.segmentkit.io.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One transaction on a connection borrowed from a data source, for try-with-resources: {@link #begin} takes a
 * connection and turns auto-commit off; {@link #close} rolls back whatever was not committed, gives the connection
 * its auto-commit setting back and returns it. As a resource, a failure while closing is added to the body's
 * exception as suppressed instead of hiding it.
 *
 * <pre>{@code
 * try (JdbcTransaction transaction = JdbcTransaction.begin(dataSource)) {
 *     write(transaction.connection());
 *     transaction.commit();
 * }
 * }</pre>
 *
 * <p>Reads use it too: PostgreSQL streams a result with a cursor (honouring the fetch size) only outside
 * auto-commit, and a read-only transaction is ended by rolling it back. Not thread-safe.
 */
public final class JdbcTransaction implements AutoCloseable {
    private final Connection connection;
    private final boolean autoCommit;
    private boolean committed;

    private JdbcTransaction(Connection connection, boolean autoCommit) {
        this.connection = connection;
        this.autoCommit = autoCommit;
    }

    /** Takes a connection from {@code dataSource} and starts a transaction on it. */
    public static JdbcTransaction begin(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            return new JdbcTransaction(connection, autoCommit);
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** The connection the transaction runs on. */
    public Connection connection() {
        return connection;
    }

    /** Commits; {@link #close} then has nothing to roll back. */
    public void commit() throws SQLException {
        connection.commit();
        committed = true;
    }

    /** Rolls back unless committed, restores auto-commit and closes the connection (back to its pool). */
    @Override
    public void close() throws SQLException {
        try (Connection closing = connection) {
            try {
                if (!committed) {
                    closing.rollback();
                }
            } finally {
                closing.setAutoCommit(autoCommit);
            }
        }
    }
}
