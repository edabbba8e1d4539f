package io.github.segmentkit.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Binds a {@link SqlFragment}'s parameters by their Java type, the only way a criterion's values reach SQL. */
final class Parameters {
    private Parameters() {
    }

    static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            bind(statement, i + 1, parameters.get(i));
        }
    }

    /** Binds one value: a {@code Long}, {@code Double}, {@code String}, {@code Boolean}, date or instant. */
    static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Long l) {
            statement.setLong(index, l);
        } else if (value instanceof Double d) {
            statement.setDouble(index, d);
        } else if (value instanceof String s) {
            statement.setString(index, s);
        } else if (value instanceof Boolean b) {
            statement.setBoolean(index, b);
        } else if (value instanceof LocalDate date) {
            statement.setObject(index, date);
        } else if (value instanceof Instant instant) {
            statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else {
            throw new IllegalStateException("parameter " + index + " has unsupported type "
                    + value.getClass().getName());
        }
    }
}
