package io.github.segmentkit.io.runs;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A data source handing out one real connection over and over, whose {@code close()} does nothing, as a pool does:
 * tests can then see what a library call left on the connection (its auto-commit setting, say).
 */
public final class SharedConnection implements AutoCloseable {
    private final Connection connection;

    public SharedConnection(DataSource source) throws SQLException {
        this.connection = source.getConnection();
    }

    /** The real connection. */
    public Connection connection() {
        return connection;
    }

    /** A data source whose connections are this one, uncloseable. */
    public DataSource dataSource() {
        Connection uncloseable = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
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
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return uncloseable;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
