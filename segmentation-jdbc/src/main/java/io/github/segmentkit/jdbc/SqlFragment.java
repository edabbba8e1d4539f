package io.github.segmentkit.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A piece of SQL (a segment's condition, or a whole statement) with {@code ?} placeholders and the values to bind to them, in order. Values are {@code Long},
 * {@code Double}, {@code String}, {@code Boolean}, {@code java.time.LocalDate} or {@code java.time.Instant};
 * {@link JdbcSegmentation} binds them with {@code setLong}, {@code setDouble}, {@code setString},
 * {@code setBoolean} and {@code setObject} (an instant as an {@code OffsetDateTime} in UTC).
 *
 * <pre>{@code
 * SqlFragment adults = new SqlFragment("c.\"age\" >= ?", List.of(18L));
 * }</pre>
 *
 * @param sql        the SQL text; every value is a {@code ?}
 * @param parameters the values of the placeholders, in order
 */
public record SqlFragment(String sql, List<Object> parameters) {
    public SqlFragment {
        Objects.requireNonNull(sql, "sql");
        parameters = List.copyOf(parameters);
        int placeholders = placeholders(sql);
        if (placeholders != parameters.size()) {
            throw new IllegalArgumentException(placeholders + " placeholders but " + parameters.size()
                    + " parameters in " + sql);
        }
    }

    /** The {@code ?} outside quoted identifiers and string literals (a quoted column name may hold a '?'). */
    private static int placeholders(String sql) {
        int count = 0;
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;   // a doubled quote closes and reopens: the count is unaffected
                }
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
            } else if (ch == '?') {
                count++;
            }
        }
        return count;
    }

    /** A condition without parameters. */
    static SqlFragment of(String sql) {
        return new SqlFragment(sql, List.of());
    }

    /** {@code prefix}, this condition's text, {@code suffix}; the same parameters. */
    SqlFragment wrap(String prefix, String suffix) {
        return new SqlFragment(prefix + sql + suffix, parameters);
    }

    /** This fragment followed by {@code next}: the texts joined without a separator, the parameters in order. */
    SqlFragment then(SqlFragment next) {
        List<Object> both = new ArrayList<>(parameters);
        both.addAll(next.parameters);
        return new SqlFragment(sql + next.sql, both);
    }

    /** The fragments as a comma-separated list, without parentheses, their parameters in order. */
    static SqlFragment list(List<SqlFragment> fragments) {
        return join(fragments, ", ", false);
    }

    /** The conditions joined by {@code separator}, each in parentheses, their parameters in order. */
    static SqlFragment join(List<SqlFragment> conditions, String separator) {
        return join(conditions, separator, true);
    }

    private static SqlFragment join(List<SqlFragment> conditions, String separator, boolean parenthesised) {
        StringBuilder sql = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        for (SqlFragment condition : conditions) {
            if (sql.length() > 0) {
                sql.append(separator);
            }
            sql.append(parenthesised ? "(" + condition.sql + ")" : condition.sql);
            parameters.addAll(condition.parameters);
        }
        return new SqlFragment(sql.toString(), parameters);
    }
}
