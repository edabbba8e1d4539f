package io.github.segmentkit.io.runs;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.sql.DriverManager;

/** A real H2 database in a file under a test's temporary directory, and plain-SQL helpers to set it up and read it. */
public final class H2Database {
    private final String url;
    private final DataSource dataSource;

    private H2Database(Path directory) {
        this.url = "jdbc:h2:file:" + directory.resolve("crm").toAbsolutePath();
        // H2's own JdbcDataSource needs java.naming, which the module under test does not read: a plain
        // DriverManager-backed data source is all the code under test asks of one
        this.dataSource = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return DriverManager.getConnection(url, "sa", "");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The JDBC URL of the database. */
    public String url() {
        return url;
    }

    /** A new database in {@code directory}. */
    public static H2Database in(Path directory) {
        return new H2Database(directory);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Runs statements, each committed. */
    public void execute(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Every row of a query, each as its columns' values rendered with {@code String.valueOf}, joined by "|". */
    public List<String> rows(String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : "|").append(result.getObject(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
