package io.github.segmentkit.io.membership;

import io.github.segmentkit.api.internal.SafeText;
import java.util.List;
import java.util.Objects;

/**
 * Where memberships live in a database: a table and its three columns, {@code customer_id} (a {@code BIGINT}),
 * {@code segment} (text) and {@code as_of} (a {@code DATE}) unless renamed.
 *
 * <p>Every name is written into SQL as a <em>quoted</em> identifier ({@code "crm"."segment_membership"}), never
 * as values or criterion strings: quoting makes any name safe, but also makes it case-sensitive, so give names as
 * the database stores them (PostgreSQL folds unquoted names to lower case, H2 to upper case). Values only ever
 * reach the database as bind parameters.
 *
 * <pre>{@code
 * MembershipTable table = MembershipTable.named("crm", "segment_membership")
 *         .withColumns("customer_id", "segment", "as_of");
 * String ddl = table.createTableStatement();   // optional: run it once, or create the table yourself
 * }</pre>
 *
 * @param schema           the schema (or catalog) holding the table, or {@code null} for the connection's default
 * @param table            the table's name
 * @param customerIdColumn the column of customer ids
 * @param segmentColumn    the column of segment names
 * @param asOfColumn       the column of the run's as-of date
 */
public record MembershipTable(String schema, String table, String customerIdColumn, String segmentColumn,
        String asOfColumn) {
    /** The longest identifier accepted; PostgreSQL's own limit (63) is lower: the database has the last word. */
    public static final int MAX_IDENTIFIER_LENGTH = 128;

    public MembershipTable {
        if (schema != null) {
            checkIdentifier("schema", schema);
        }
        checkIdentifier("table", table);
        checkIdentifier("customer id column", customerIdColumn);
        checkIdentifier("segment column", segmentColumn);
        checkIdentifier("as-of column", asOfColumn);
        if (customerIdColumn.equals(segmentColumn) || customerIdColumn.equals(asOfColumn)
                || segmentColumn.equals(asOfColumn)) {
            throw new IllegalArgumentException("the three columns of " + quote(table) + " must differ, got "
                    + quote(customerIdColumn) + ", " + quote(segmentColumn) + ", " + quote(asOfColumn));
        }
    }

    /** The table {@code table} in the connection's default schema, with the default column names. */
    public static MembershipTable named(String table) {
        return new MembershipTable(null, table, "customer_id", "segment", "as_of");
    }

    /** The table {@code table} in {@code schema}, with the default column names. */
    public static MembershipTable named(String schema, String table) {
        return new MembershipTable(Objects.requireNonNull(schema, "schema"), table, "customer_id", "segment",
                "as_of");
    }

    /** The same table with other column names. */
    public MembershipTable withColumns(String customerId, String segment, String asOf) {
        return new MembershipTable(schema, table, customerId, segment, asOf);
    }

    /** The table's quoted, qualified name, as written into SQL. */
    public String qualifiedName() {
        return schema == null ? quote(table) : quote(schema) + "." + quote(table);
    }

    /** The quoted column names, as written into SQL: customer id, segment, as-of date. */
    public List<String> quotedColumns() {
        return List.of(quote(customerIdColumn), quote(segmentColumn), quote(asOfColumn));
    }

    /**
     * A {@code CREATE TABLE} statement for this table in standard SQL (PostgreSQL, H2, DuckDB), for callers who want
     * the library's layout: the key makes a customer appear at most once per segment and date. Creating the table is
     * optional; any table with compatible columns works.
     */
    public String createTableStatement() {
        return "CREATE TABLE " + qualifiedName() + " (" + quote(customerIdColumn) + " BIGINT NOT NULL, "
                + quote(segmentColumn) + " VARCHAR(200) NOT NULL, " + quote(asOfColumn) + " DATE NOT NULL, "
                + "PRIMARY KEY (" + quote(customerIdColumn) + ", " + quote(segmentColumn) + ", "
                + quote(asOfColumn) + "))";
    }

    /** {@code name} as an SQL delimited identifier: in double quotes, an embedded double quote doubled. */
    static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    @Override
    public String toString() {
        return qualifiedName() + "(" + quote(customerIdColumn) + ", " + quote(segmentColumn) + ", "
                + quote(asOfColumn) + ")";
    }

    private static void checkIdentifier(String role, String name) {
        Objects.requireNonNull(name, role);
        if (name.isBlank()) {
            throw new IllegalArgumentException("the " + role + " name is blank: '" + name + "'");
        }
        if (name.length() > MAX_IDENTIFIER_LENGTH) {
            throw new IllegalArgumentException("the " + role + " name has " + name.length()
                    + " characters, more than " + MAX_IDENTIFIER_LENGTH + ": '" + name.substring(0, 32) + "…'");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            // NUL ends a C string in some drivers; no database needs a control character in a name
            throw new IllegalArgumentException("the " + role + " name contains a control character: '"
                    + SafeText.escapeControls(name) + "'");
        }
    }
}
