package io.github.segmentkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.io.runs.H2Database;
import io.github.segmentkit.io.runs.SharedConnection;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcTransactionTest {
    @TempDir
    Path directory;
    H2Database database;

    @BeforeEach
    void createTable() throws SQLException {
        database = H2Database.in(directory);
        database.execute("CREATE TABLE \"t\" (\"x\" INTEGER)");
    }

    @Test
    void should_commit_and_give_the_connection_back_as_it_was() throws SQLException {
        try (SharedConnection shared = new SharedConnection(database.dataSource())) {
            DataSource dataSource = shared.dataSource();
            // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/internal/JdbcTransaction.java
            try (JdbcTransaction transaction = JdbcTransaction.begin(dataSource)) {
                write(transaction.connection());
                transaction.commit();
            }

            assertThat(shared.connection().getAutoCommit()).isTrue();
        }
        assertThat(database.rows("SELECT \"x\" FROM \"t\"")).containsExactly("1");
    }

    @Test
    void should_roll_back_what_was_not_committed() throws SQLException {
        DataSource dataSource = database.dataSource();

        assertThatThrownBy(() -> {
            try (JdbcTransaction transaction = JdbcTransaction.begin(dataSource)) {
                write(transaction.connection());
                throw new IllegalStateException("failed midway");
            }
        }).hasMessage("failed midway");
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/internal/package-info.java
        try (JdbcTransaction transaction = JdbcTransaction.begin(dataSource)) {
            transaction.commit();
        }

        assertThat(database.rows("SELECT \"x\" FROM \"t\"")).isEmpty();
    }

    @Test
    void should_keep_the_bodys_failure_and_suppress_a_failure_to_end_the_transaction() throws SQLException {
        try (SharedConnection shared = new SharedConnection(database.dataSource())) {
            assertThatThrownBy(() -> {
                try (JdbcTransaction transaction = JdbcTransaction.begin(shared.dataSource())) {
                    assertThat(transaction).isNotNull();
                    shared.connection().close();   // the connection is lost: rollback will fail
                    throw new IllegalStateException("the body failed first");
                }
            }).hasMessage("the body failed first")
                    .satisfies(e -> assertThat(e.getSuppressed()).singleElement().isInstanceOf(SQLException.class));
        }
    }

    private static void write(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO \"t\" VALUES (1)");
        }
    }
}
