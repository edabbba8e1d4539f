package io.github.segmentkit.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that opens a new connection to a JDBC URL for each request, through the drivers on the class
 * path (H2 and PostgreSQL come with the command). The password is held here only, never printed: {@link #toString()}
 * names the URL and the user.
 *
 * <pre>{@code
 * DataSource crm = new UrlDataSource("jdbc:postgresql://db/crm", "segmentkit", passwordFromEnvironment);
 * }</pre>
 */
final class UrlDataSource implements DataSource {
    private final String url;
    private final String user;
    private final char[] password;

    /** A source for {@code url}; {@code user} and {@code password} may be {@code null} (no login). */
    UrlDataSource(String url, String user, char[] password) {
        this.url = url;
        this.user = user;
        this.password = password == null ? null : password.clone();
    }

    @Override
    public Connection getConnection() throws SQLException {
        Properties login = new Properties();
        if (user != null) {
            login.setProperty("user", user);
        }
        if (password != null) {
            login.setProperty("password", new String(password));
        }
        return DriverManager.getConnection(url, login);
    }

    @Override
    public Connection getConnection(String otherUser, String otherPassword) throws SQLException {
        throw new SQLFeatureNotSupportedException("the command line logs in as --jdbc-user only");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // DriverManager logs, if anything
    }

    @Override
    public void setLoginTimeout(int seconds) {
        DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging here");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public String toString() {
        return url + (user == null ? "" : " as " + user);
    }
}
