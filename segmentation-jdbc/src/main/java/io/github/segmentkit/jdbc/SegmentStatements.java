package io.github.segmentkit.jdbc;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements that evaluate every segment in one scan of the customer table: one with the id and a boolean
 * membership column per segment, in declaration order, and one with the number of rows, a
 * {@code COUNT(*) FILTER (WHERE ...)} per segment and the number of rows in no segment. For running them yourself; {@link JdbcSegmentation} runs them.
 *
 * <pre>{@code
 * SegmentStatements statements = SegmentStatements.of(table, SqlDialect.POSTGRESQL, segments, asOf);
 * SqlFragment select = statements.memberships();
 * // SELECT c."customer_id", COALESCE((...), FALSE), ... FROM "customers" c ORDER BY c."customer_id"
 * SqlFragment counts = statements.counts();
 * // SELECT COUNT(*), COUNT(*) FILTER (WHERE s1), ..., COUNT(*) FILTER (WHERE NOT ((s1) OR ...))
 * //   FROM (SELECT COALESCE((...), FALSE) AS s1, ... FROM "customers" c) m
 * }</pre>
 *
 * <p>Immutable and thread-safe; both statements are rendered when it is made.
 */
public final class SegmentStatements {
    private final List<String> segmentNames;
    private final SqlFragment memberships;
    private final SqlFragment counts;

    private SegmentStatements(List<String> segmentNames, SqlFragment memberships, SqlFragment counts) {
        this.segmentNames = segmentNames;
        this.memberships = memberships;
        this.counts = counts;
    }

    /**
     * The statements of {@code segments} over {@code table}, relative dates as of {@code asOf}.
     *
     * @throws SqlMappingException when a segment cannot be rendered against the table
     */
    public static SegmentStatements of(SqlTable table, SqlDialect dialect, List<Segment> segments, AsOf asOf) {
        SqlCriterionRenderer renderer = SqlCriterionRenderer.of(table, dialect, segments, asOf);
        String from = " FROM " + table.qualifiedName() + " " + SqlCriterionRenderer.ALIAS;
        String alias = SqlCriterionRenderer.ALIAS + ".";
        List<String> names = new ArrayList<>();
        List<SqlFragment> membershipColumns = new ArrayList<>();
        List<SqlFragment> flagColumns = new ArrayList<>();
        List<SqlFragment> countColumns = new ArrayList<>();
        List<SqlFragment> flags = new ArrayList<>();
        membershipColumns.add(SqlFragment.of(alias + Identifiers.quote(table.idColumn())));
        countColumns.add(SqlFragment.of("COUNT(*)"));
        for (Segment segment : segments) {
            // the flag's alias is generated, never a segment's name: names are user text
            SqlFragment flag = SqlFragment.of("s" + (names.size() + 1));
            names.add(segment.name());
            SqlFragment membership = renderer.membership(segment.name());
            membershipColumns.add(membership);
            flagColumns.add(membership.wrap("", " AS " + flag.sql()));
            countColumns.add(dialect.countWhere(flag));
            flags.add(flag);
        }
        // each condition is rendered once: the unsegmented count reads the flags, not the conditions again
        countColumns.add(flags.isEmpty() ? SqlFragment.of("COUNT(*)")
                : dialect.countWhere(SqlFragment.join(flags, " OR ").wrap("NOT (", ")")));
        SqlFragment select = SqlFragment.list(membershipColumns)
                .wrap("SELECT ", from + " ORDER BY " + alias + Identifiers.quote(table.orderColumn()));
        SqlFragment flagTable = flags.isEmpty() ? SqlFragment.of(from.substring(" FROM ".length()))
                : SqlFragment.list(flagColumns).wrap("(SELECT ", from + ") m");
        SqlFragment count = SqlFragment.list(countColumns).wrap("SELECT ", " FROM ").then(flagTable);
        return new SegmentStatements(List.copyOf(names), select, count);
    }

    /** The segment names, in the order of the statements' columns. */
    public List<String> segmentNames() {
        return segmentNames;
    }

    /**
     * {@code SELECT id, membership of segment 1, ..., membership of segment n FROM table ORDER BY order column}:
     * each membership is TRUE or FALSE, never NULL.
     */
    public SqlFragment memberships() {
        return memberships;
    }

    /**
     * {@code SELECT COUNT(*), members of segment 1, ..., members of segment n, rows in no segment FROM ...}: one
     * row.
     */
    public SqlFragment counts() {
        return counts;
    }
}
