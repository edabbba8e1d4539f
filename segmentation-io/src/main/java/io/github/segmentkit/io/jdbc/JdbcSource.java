package io.github.segmentkit.io.jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Where customers are in a database: a table (only the mapped columns are selected) or a query of the caller's
 * (columns found by name in its result), optionally only the rows changed since a moment.
 *
 * <pre>{@code
 * JdbcSource all = JdbcSource.table("crm", "customers");
 * JdbcSource active = JdbcSource.query("SELECT * FROM customers WHERE status = 'active'")
 *         .named("active customers");
 * JdbcSource changed = all.changedSince("updated_at", LocalDateTime.of(2024, 3, 1, 0, 0));
 * }</pre>
 *
 * <p>Table and column names are quoted identifiers (case-sensitive: give them as the database stores them;
 * PostgreSQL folds unquoted names to lower case, H2 to upper case). The changed-since value is a bind parameter;
 * the query's text is the caller's own SQL and is run as given. Immutable and thread-safe.
 */
public final class JdbcSource {
    /** The alias of a query wrapped to filter it by its changed-since column. */
    static final String QUERY_ALIAS = "\"segmentkit_source\"";

    private final String qualifiedTable;
    private final String query;
    private final String name;
    private final String changedColumn;
    private final Object changedAfter;

    private JdbcSource(String qualifiedTable, String query, String name, String changedColumn, Object changedAfter) {
        this.qualifiedTable = qualifiedTable;
        this.query = query;
        this.name = name;
        this.changedColumn = changedColumn;
        this.changedAfter = changedAfter;
    }

    /** The table {@code table} of the connection's default schema. */
    public static JdbcSource table(String table) {
        String quoted = SqlIdentifiers.quote("table", table);
        return new JdbcSource(quoted, null, "table " + quoted, null, null);
    }

    /** The table {@code table} of {@code schema}. */
    public static JdbcSource table(String schema, String table) {
        String quoted = SqlIdentifiers.quote("schema", schema) + "." + SqlIdentifiers.quote("table", table);
        return new JdbcSource(quoted, null, "table " + quoted, null, null);
    }

    /**
     * The rows of {@code sql}, a query of the caller's; named "query" in messages until {@link #named} says
     * otherwise. The mapping's columns are found by name among the result's column labels: exactly, or else
     * ignoring case when only one label matches.
     */
    public static JdbcSource query(String sql) {
        Objects.requireNonNull(sql, "sql");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("the query is blank");
        }
        String trimmed = sql.strip();
        if (trimmed.endsWith(";")) {
            throw new IllegalArgumentException("the query ends with ';': give one statement without it, it may be "
                    + "wrapped in a filter");
        }
        return new JdbcSource(null, trimmed, "query", null, null);
    }

    /** The same source, named {@code name} in rejects and errors. */
    public JdbcSource named(String name) {
        Objects.requireNonNull(name, "name");
        return new JdbcSource(qualifiedTable, query, name, changedColumn, changedAfter);
    }

    /**
     * The same source, only the rows whose {@code column} is later than {@code after} (rows where it is NULL are
     * left out, as SQL's comparison does). {@code after} is bound with {@code setObject} as JDBC 4.2 maps it: a
     * {@code LocalDateTime} for a {@code TIMESTAMP} column, an {@code OffsetDateTime} (or an {@code Instant}, passed as
     * UTC) for {@code TIMESTAMP WITH TIME ZONE}, a {@code LocalDate} for {@code DATE}, or a {@code java.sql.Timestamp}.
     *
     * @throws IllegalArgumentException when {@code after} is none of these
     */
    public JdbcSource changedSince(String column, Object after) {
        String quoted = SqlIdentifiers.quote("changed-since column", column);
        Objects.requireNonNull(after, "after");
        Object bound = after instanceof Instant ? ((Instant) after).atOffset(ZoneOffset.UTC) : after;
        if (!(bound instanceof LocalDateTime || bound instanceof OffsetDateTime || bound instanceof LocalDate
                || bound instanceof Timestamp)) {
            throw new IllegalArgumentException("changed since " + after + ": a " + after.getClass().getName()
                    + " is not a moment a database compares (LocalDateTime, OffsetDateTime, Instant, LocalDate, "
                    + "java.sql.Timestamp)");
        }
        return new JdbcSource(qualifiedTable, query, name, quoted, bound);
    }

    /** The statement that reads {@code columns} (unquoted names) from this source, with a {@code ?} if filtered. */
    String sql(List<String> columns) {
        String filter = changedColumn == null ? "" : " WHERE " + changedColumn + " > ?";
        if (query == null) {
            return "SELECT " + columns.stream().map(c -> SqlIdentifiers.quote("column", c))
                    .collect(Collectors.joining(", ")) + " FROM " + qualifiedTable + filter;
        }
        return changedColumn == null ? query : "SELECT * FROM (" + query + ") " + QUERY_ALIAS + filter;
    }

    /** Whether the result's columns are the selected ones, in order (a table), or must be found by label (a query). */
    boolean selectsColumns() {
        return query == null;
    }

    /** The changed-since value to bind, or {@code null}. */
    Object changedAfter() {
        return changedAfter;
    }

    /** The name used in rejects and errors: {@code table "crm"."customers"}, {@code query}, or the given name. */
    @Override
    public String toString() {
        return name;
    }
}
