package io.github.segmentkit.benchmarks.peers.duckdb;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A SQL boolean expression with {@code ?} placeholders and the values bound to them, in order. Values are never
 * written into the SQL text.
 *
 * <pre>{@code
 * SqlCondition adults = new SqlCondition("age BETWEEN ? AND ?", List.of(18, 29));
 * SqlCondition both = adults.and(other);
 * SqlCondition either = adults.or(other);
 * }</pre>
 *
 * @param sql    the expression
 * @param values one value per placeholder
 */
public record SqlCondition(String sql, List<Object> values) {
    public SqlCondition {
        Objects.requireNonNull(sql, "sql");
        values = List.copyOf(values);
        long placeholders = sql.chars().filter(ch -> ch == '?').count();
        if (placeholders != values.size()) {
            throw new IllegalArgumentException(placeholders + " placeholders but " + values.size() + " values in "
                    + sql);
        }
    }

    /** Both conditions. */
    public SqlCondition and(SqlCondition other) {
        return combine("AND", other);
    }

    /** Either condition. */
    public SqlCondition or(SqlCondition other) {
        return combine("OR", other);
    }

    private SqlCondition combine(String connective, SqlCondition other) {
        List<Object> both = new ArrayList<>(values);
        both.addAll(other.values);
        return new SqlCondition("(" + sql + ") " + connective + " (" + other.sql + ")", both);
    }

    /** Binds the values to {@code statement} from parameter {@code first} on; returns the next free index. */
    public int bind(PreparedStatement statement, int first) throws SQLException {
        int index = first;
        for (Object value : values) {
            statement.setObject(index++, value);
        }
        return index;
    }
}
