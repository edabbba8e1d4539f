package io.github.segmentkit.io.membership;

/**
 * Which rows of the membership table a run replaces. Whatever the scope, the old rows are deleted and the new ones
 * inserted in one transaction: readers see either the previous memberships or the new ones, never a mix, and
 * customers who left a segment disappear from it.
 *
 * <pre>{@code
 * JdbcMembershipWriter.to(dataSource, table).scope(ReplaceScope.AS_OF).replace(rows, asOf);
 * }</pre>
 */
public enum ReplaceScope {
    /**
     * The rows of the run's segments (and of its unsegmented label), whatever their date: the table holds the
     * current memberships, and several segmenters with distinct segment names can share it. The default.
     */
    SEGMENTS,
    /**
     * The rows dated with the run's as-of date: the table keeps one set of memberships per date (a history),
     * and rerunning a date replaces that date only.
     */
    AS_OF,
    /** Every row of the table: it holds this run only. */
    TABLE
}
