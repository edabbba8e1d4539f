package io.github.segmentkit.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that hands out one connection, again and again, whose {@code close()} does nothing: the tests
 * share one connection per test class instead of paying for a connection per statement.
 */
final class SharedConnection implements DataSource {
    private final Connection connection;
    private final Connection unclosable;

    SharedConnection(Connection connection) {
        this.connection = connection;
        this.unclosable = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The connection itself, for the fixture. */
    Connection connection() {
        return connection;
    }

    void closeForReal() throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection() {
        return unclosable;
    }

    @Override
    public Connection getConnection(String username, String password) {
        return unclosable;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
