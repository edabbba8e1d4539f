package io.github.segmentkit.jdbc;

/**
 * The SQL databases criteria can be pushed down to, and what each spells its own way. Everything else the renderer
 * writes is standard SQL that all three read alike: quoted identifiers, {@code ?} parameters, {@code CASE},
 * {@code COALESCE}, {@code NULLIF}, {@code IN}, {@code EXISTS},
 * {@code SIN}, {@code COS}, {@code ASIN}, {@code SQRT} and {@code LEAST}.
 *
 * <table>
 *   <caption>What differs</caption>
 *   <tr><th></th><th>PostgreSQL</th><th>H2</th><th>DuckDB</th></tr>
 *   <tr><td>NaN literal (a NaN double counts as missing)</td><td>{@code CAST('NaN' AS DOUBLE PRECISION)}</td>
 *       <td>{@code CAST('NaN' AS DOUBLE PRECISION)}</td><td>{@code CAST('NaN' AS DOUBLE)}</td></tr>
 *   <tr><td>a tag held in an array column</td><td>{@code ? = ANY(tags)}</td><td>{@code ARRAY_CONTAINS(tags, ?)}</td>
 *       <td>{@code list_contains(tags, ?)}</td></tr>
 *   <tr><td>timestamp step</td><td>1 µs</td><td>1 ns</td><td>1 µs</td></tr>
 *   <tr><td>members counted by</td><td>{@code COUNT(*) FILTER (WHERE c)}</td>
 *       <td>{@code COUNT(CASE WHEN c THEN 1 END)}</td><td>{@code COUNT(*) FILTER (WHERE c)}</td></tr>
 *   <tr><td>text it cannot store</td><td>text containing NUL (U+0000)</td><td>none</td><td>none</td></tr>
 * </table>
 *
 * <p>All three compare text exactly (case-sensitively, code point by code point for equality), treat NaN as equal
 * to itself and greater than every number, and {@code -0.0} as equal to {@code 0.0}; the renderer maps NaN to
 * {@code NULL} before comparing, so that a NaN double is missing, as in the engine.
 *
 * <pre>{@code
 * SqlDialect dialect = SqlDialect.POSTGRESQL;
 * String nan = dialect.nanLiteral();   // CAST('NaN' AS DOUBLE PRECISION)
 * }</pre>
 */
public enum SqlDialect {
    /** PostgreSQL 12 or newer. */
    POSTGRESQL("DOUBLE PRECISION", 1_000) {
        @Override
        String arrayContains(String arrayColumn) {
            return "? = ANY(" + arrayColumn + ")";
        }

        @Override
        public boolean canStore(String text) {
            // PostgreSQL's text types reject U+0000 ("invalid byte sequence"): no stored value can contain it
            return text.indexOf('\0') < 0;
        }
    },
    /** H2 2.x. */
    H2("DOUBLE PRECISION", 1) {
        @Override
        String arrayContains(String arrayColumn) {
            return "ARRAY_CONTAINS(" + arrayColumn + ", ?)";
        }

        @Override
        SqlFragment countWhere(SqlFragment condition) {
            // H2 2.5 counts every row under COUNT(*) FILTER (WHERE FALSE); COUNT of a CASE counts only TRUE rows
            return condition.wrap("COUNT(CASE WHEN ", " THEN 1 END)");
        }
    },
    /** DuckDB 1.x and newer. */
    DUCKDB("DOUBLE", 1_000) {
        @Override
        String arrayContains(String arrayColumn) {
            return "list_contains(" + arrayColumn + ", ?)";
        }
    };

    private final String doubleType;
    private final int timestampPrecisionNanos;

    SqlDialect(String doubleType, int timestampPrecisionNanos) {
        this.doubleType = doubleType;
        this.timestampPrecisionNanos = timestampPrecisionNanos;
    }

    /**
     * The finest step of the database's {@code TIMESTAMP WITH TIME ZONE}, in nanoseconds: 1,000 (microseconds) for
     * PostgreSQL and DuckDB, which round a bound instant to it; 1 for H2 ({@code TIMESTAMP(9) WITH TIME ZONE}).
     */
    public int timestampPrecisionNanos() {
        return timestampPrecisionNanos;
    }

    /** The name of the 64-bit floating-point type, e.g. {@code DOUBLE PRECISION}. */
    public String doubleType() {
        return doubleType;
    }

    /** An expression for the double NaN. */
    public String nanLiteral() {
        return "CAST('NaN' AS " + doubleType + ")";
    }

    /**
     * Whether a text column can hold {@code text}. A criterion value the database cannot store equals no stored
     * value, so the renderer drops it rather than sending it (PostgreSQL would refuse the whole statement).
     */
    public boolean canStore(String text) {
        return true;
    }

    /** A condition, with one {@code ?} for the tag, that is TRUE when the array column holds the tag. */
    abstract String arrayContains(String arrayColumn);

    /** A conditional count of the rows where {@code condition} is TRUE. */
    SqlFragment countWhere(SqlFragment condition) {
        return condition.wrap("COUNT(*) FILTER (WHERE ", ")");
    }
}
