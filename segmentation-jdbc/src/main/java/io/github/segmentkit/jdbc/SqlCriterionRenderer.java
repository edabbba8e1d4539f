package io.github.segmentkit.jdbc;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.DateAttribute;
import io.github.segmentkit.api.attribute.DoubleAttribute;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.attribute.GeoPointAttribute;
import io.github.segmentkit.api.attribute.TagsAttribute;
import io.github.segmentkit.api.attribute.TimestampAttribute;
import io.github.segmentkit.api.criteria.All;
import io.github.segmentkit.api.criteria.And;
import io.github.segmentkit.api.criteria.Between;
import io.github.segmentkit.api.criteria.BooleanIs;
import io.github.segmentkit.api.criteria.CategoryIn;
import io.github.segmentkit.api.criteria.Comparison;
import io.github.segmentkit.api.criteria.ComparisonOperator;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.criteria.CriterionVisitor;
import io.github.segmentkit.api.criteria.InSegment;
import io.github.segmentkit.api.criteria.None;
import io.github.segmentkit.api.criteria.Not;
import io.github.segmentkit.api.criteria.Or;
import io.github.segmentkit.api.criteria.Presence;
import io.github.segmentkit.api.criteria.RelativeDate;
import io.github.segmentkit.api.criteria.TagsMatch;
import io.github.segmentkit.api.criteria.TagsOperator;
import io.github.segmentkit.api.criteria.WithinDistance;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders criteria as parameterised SQL conditions over a {@link SqlTable} (aliased {@value #ALIAS}), whose
 * value in SQL's three-valued logic is the criterion's {@link io.github.segmentkit.api.Truth}: TRUE, FALSE, or NULL
 * for UNKNOWN. A customer is a member when the condition is TRUE. Every value of a criterion is a bind parameter;
 * every identifier comes from the table description, quoted. {@code inSegment} is inlined as the referenced
 * segment's membership, {@code COALESCE((condition), FALSE)}. Relative dates are compared with thresholds computed
 * from the as-of time and bound as parameters.
 *
 * <pre>{@code
 * SqlCriterionRenderer renderer = SqlCriterionRenderer.of(table, SqlDialect.H2, segments, asOf);
 * SqlFragment adults = renderer.render(AGE.ge(18L));   // c."age_years" >= ?   [18]
 * SqlFragment vip = renderer.membership("vip");        // COALESCE((...), FALSE)
 * }</pre>
 *
 * <p>Not thread-safe: it remembers the conditions of the segments it has rendered.
 */
public final class SqlCriterionRenderer implements CriterionVisitor<SqlFragment> {
    /** The alias of the customer table in every condition. */
    public static final String ALIAS = "c";

    /** {@code Math.toRadians}'s factor (JDK 9 and later), so that SQL converts degrees exactly as Java does. */
    private static final double DEGREES_TO_RADIANS = 0.017453292519943295;

    private final SqlTable table;
    private final SqlDialect dialect;
    private final AsOf asOf;
    private final Map<String, Segment> segments = new LinkedHashMap<>();
    private final Map<String, SqlFragment> conditions = new HashMap<>();
    private final Deque<String> rendering = new ArrayDeque<>();

    private SqlCriterionRenderer(SqlTable table, SqlDialect dialect, List<Segment> segments, AsOf asOf) {
        this.table = Objects.requireNonNull(table, "table");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        for (Segment segment : segments) {
            if (this.segments.putIfAbsent(segment.name(), segment) != null) {
                throw new IllegalArgumentException("two segments are named '" + segment.name() + "'");
            }
        }
    }

    /**
     * A renderer over {@code table} for {@code dialect}, evaluating relative dates as of {@code asOf}.
     *
     * @param segments the segments that {@code inSegment} criteria may name
     */
    public static SqlCriterionRenderer of(SqlTable table, SqlDialect dialect, List<Segment> segments,
            AsOf asOf) {
        return new SqlCriterionRenderer(table, dialect, segments, asOf);
    }

    /** The condition of {@code criterion}: TRUE, FALSE or NULL (UNKNOWN) for each row. */
    public SqlFragment render(Criterion criterion) {
        return criterion.accept(this);
    }

    /**
     * The condition of the named segment: TRUE, FALSE or NULL (UNKNOWN) for each row.
     *
     * @throws IllegalArgumentException when no segment has this name
     * @throws SqlMappingException      when the segment uses an attribute the table does not hold (or not in a form
     *                                  its kind can use), or refers to a segment that refers back to it
     */
    public SqlFragment condition(String segmentName) {
        SqlFragment known = conditions.get(segmentName);
        if (known != null) {
            return known;
        }
        Segment segment = segments.get(segmentName);
        if (segment == null) {
            throw new IllegalArgumentException("no segment named '" + segmentName + "'; segments: "
                    + segments.keySet());
        }
        if (rendering.contains(segmentName)) {
            throw new SqlMappingException("segment '" + segmentName + "' refers to itself through " + rendering);
        }
        rendering.push(segmentName);
        try {
            SqlFragment condition = render(segment.criterion());
            conditions.put(segmentName, condition);
            return condition;
        } finally {
            rendering.pop();
        }
    }

    /** The membership of the named segment: TRUE for its members, FALSE for everyone else (never NULL). */
    public SqlFragment membership(String segmentName) {
        return condition(segmentName).wrap("COALESCE((", "), FALSE)");
    }

    @Override
    public SqlFragment visitAll(All all) {
        return SqlFragment.of("TRUE");
    }

    @Override
    public SqlFragment visitNone(None none) {
        return SqlFragment.of("FALSE");
    }

    @Override
    public SqlFragment visitAnd(And and) {
        // SQL's AND is Kleene's: FALSE wins over NULL, as Truth.and
        return SqlFragment.join(and.operands().stream().map(this::render).toList(), " AND ");
    }

    @Override
    public SqlFragment visitOr(Or or) {
        return SqlFragment.join(or.operands().stream().map(this::render).toList(), " OR ");
    }

    @Override
    public SqlFragment visitNot(Not not) {
        return render(not.operand()).wrap("NOT (", ")");
    }

    @Override
    public SqlFragment visitComparison(Comparison<?> comparison) {
        return compare(comparison.attribute(), comparison.operator(), comparison.value());
    }

    @Override
    public SqlFragment visitBetween(Between<?> between) {
        return SqlFragment.join(List.of(compare(between.attribute(), ComparisonOperator.GE, between.low()),
                compare(between.attribute(), ComparisonOperator.LE, between.high())), " AND ");
    }

    @Override
    public SqlFragment visitCategoryIn(CategoryIn in) {
        String column = singleColumn(in.attribute());
        List<Object> storable = new ArrayList<>();
        for (String value : in.values()) {
            if (dialect.canStore(value)) {
                storable.add(value);
            }
        }
        if (storable.isEmpty()) {
            return knownAs(column, false);
        }
        String placeholders = String.join(", ", java.util.Collections.nCopies(storable.size(), "?"));
        return new SqlFragment(column + " IN (" + placeholders + ")", storable);
    }

    @Override
    public SqlFragment visitBooleanIs(BooleanIs booleanIs) {
        return new SqlFragment(singleColumn(booleanIs.attribute()) + " = ?", List.of(booleanIs.value()));
    }

    @Override
    public SqlFragment visitTagsMatch(TagsMatch match) {
        AttributeColumns where = columnsOf(match.attribute());
        if (!(where instanceof AttributeColumns.TagLinkTable) && !(where instanceof AttributeColumns.Single)) {
            throw wrongForm(match.attribute(), where, "an array column or a link table");
        }
        List<SqlFragment> held = new ArrayList<>();
        boolean unstorableRequired = false;
        for (String tag : match.tags()) {
            if (dialect.canStore(tag)) {
                held.add(holds(where, tag));
            } else {
                unstorableRequired = true;   // a tag the database cannot store is held by no one
            }
        }
        boolean allRequired = match.operator() == TagsOperator.ALL;
        SqlFragment matched;
        if (allRequired && unstorableRequired) {
            matched = SqlFragment.of("FALSE");
        } else if (held.isEmpty()) {
            // no tag to look for: any of none is FALSE, all of none and none of none are TRUE
            matched = SqlFragment.of(match.operator() == TagsOperator.ANY ? "FALSE" : "TRUE");
        } else {
            SqlFragment any = SqlFragment.join(held, allRequired ? " AND " : " OR ");
            matched = match.operator() == TagsOperator.NONE ? any.wrap("NOT (", ")") : any;
        }
        if (where instanceof AttributeColumns.TagLinkTable) {
            return matched;   // never missing: no rows is the empty set
        }
        String column = column(((AttributeColumns.Single) where).column());
        return matched.wrap("CASE WHEN " + column + " IS NOT NULL THEN (", ") END");
    }

    private SqlFragment holds(AttributeColumns where, String tag) {
        if (where instanceof AttributeColumns.TagLinkTable link) {
            return new SqlFragment("EXISTS (SELECT 1 FROM " + SqlTable.qualified(table.schema().orElse(null),
                    link.table()) + " l WHERE l." + Identifiers.quote(link.customerIdColumn()) + " = "
                    + column(table.idColumn()) + " AND l." + Identifiers.quote(link.tagColumn()) + " = ?)",
                    List.of(tag));
        }
        return new SqlFragment(dialect.arrayContains(column(((AttributeColumns.Single) where).column())),
                List.of(tag));
    }

    @Override
    public SqlFragment visitRelativeDate(RelativeDate relative) {
        Attribute attribute = relative.attribute();
        Object now = attribute instanceof DateAttribute ? asOf.date() : asOf.instant();
        Object threshold = daysBefore(now, relative.days());
        return switch (relative.operator()) {
            case WITHIN_LAST_DAYS -> SqlFragment.join(List.of(compare(attribute, ComparisonOperator.GE, threshold),
                    compare(attribute, ComparisonOperator.LE, now)), " AND ");
            case BEFORE_DAYS_AGO -> compare(attribute, ComparisonOperator.LT, threshold);
            case AFTER_DAYS_AGO -> compare(attribute, ComparisonOperator.GT, threshold);
        };
    }

    /**
     * {@code days} calendar days before a date, or {@code days} × 24 hours before an instant, as the in-memory
     * engine counts them; the earliest representable value when that is out of range (no stored value precedes it).
     */
    private static Object daysBefore(Object now, long days) {
        try {
            if (now instanceof LocalDate date) {
                return date.minusDays(days);
            }
            return ((Instant) now).minusSeconds(Math.multiplyExact(days, 86_400L));
        } catch (DateTimeException | ArithmeticException e) {
            return now instanceof LocalDate ? LocalDate.MIN : Instant.MIN;
        }
    }

    @Override
    public SqlFragment visitWithinDistance(WithinDistance within) {
        AttributeColumns where = columnsOf(within.attribute());
        if (!(where instanceof AttributeColumns.LatitudeLongitude columns)) {
            throw wrongForm(within.attribute(), where, "two columns (geoPoint)");
        }
        String lat = nanAsNull(column(columns.latitudeColumn()));
        String lon = nanAsNull(column(columns.longitudeColumn()));
        GeoPoint center = within.center();
        double centerPhi = Math.toRadians(center.latitude());
        // GeoPoint.haversineKm(point, center) operation by operation, in the same order, so that the database's
        // floating point meets Java's: phi = lat * D2R; sin((phi2 - phi1) / 2); sin(((lon2 - lon1) * D2R) / 2);
        // a = s1 * s1 + cos(phi1) * cos(phi2) * s2 * s2; d = 2R * asin(min(1, sqrt(a))). The centre's terms are
        // computed here, by Java itself.
        String s1 = "SIN((? - " + lat + " * ?) / ?)";
        String s2 = "SIN(((? - " + lon + ") * ?) / ?)";
        String sql = "? * ASIN(LEAST(?, SQRT(" + s1 + " * " + s1 + " + COS(" + lat + " * ?) * ? * " + s2 + " * " + s2
                + "))) <= ?";
        List<Object> parameters = new ArrayList<>();
        parameters.add(2 * GeoPoint.EARTH_RADIUS_KM);
        parameters.add(1.0);
        for (int i = 0; i < 2; i++) {
            parameters.addAll(List.of(centerPhi, DEGREES_TO_RADIANS, 2.0));
        }
        parameters.addAll(List.of(DEGREES_TO_RADIANS, Math.cos(centerPhi)));
        for (int i = 0; i < 2; i++) {
            parameters.addAll(List.of(center.longitude(), DEGREES_TO_RADIANS, 2.0));
        }
        parameters.add(within.km());
        // a missing point is UNKNOWN: PostgreSQL's and DuckDB's LEAST skip a NULL argument, so the arithmetic alone
        // would not stay NULL
        return new SqlFragment(sql, parameters).wrap("CASE WHEN " + knownTest(within.attribute()) + " THEN (", ") END");
    }

    @Override
    public SqlFragment visitPresence(Presence presence) {
        String known = knownTest(presence.attribute());
        return SqlFragment.of(presence.isPresentTest() ? known : "NOT (" + known + ")");
    }

    /** A condition that is TRUE when the attribute has a value and FALSE otherwise, never NULL. */
    private String knownTest(Attribute attribute) {
        AttributeColumns where = columnsOf(attribute);
        if (attribute instanceof GeoPointAttribute != where instanceof AttributeColumns.LatitudeLongitude) {
            throw wrongForm(attribute, where, attribute instanceof GeoPointAttribute ? "two columns (geoPoint)"
                    : "one column");
        }
        if (where instanceof AttributeColumns.TagLinkTable) {
            if (!(attribute instanceof TagsAttribute)) {
                throw wrongForm(attribute, where, "one column");
            }
            return "TRUE";
        }
        if (where instanceof AttributeColumns.LatitudeLongitude geo) {
            return nanAsNull(column(geo.latitudeColumn())) + " IS NOT NULL AND "
                    + nanAsNull(column(geo.longitudeColumn())) + " IS NOT NULL";
        }
        return valueOf(attribute, where) + " IS NOT NULL";
    }

    @Override
    public SqlFragment visitInSegment(InSegment inSegment) {
        if (!segments.containsKey(inSegment.segmentName())) {
            throw new SqlMappingException(context() + "inSegment(\"" + inSegment.segmentName()
                    + "\") names no segment; segments: " + segments.keySet());
        }
        return membership(inSegment.segmentName());
    }

    /**
     * {@code value <op> constant} on an ordered attribute; NULL when the value is missing. A constant the column
     * cannot hold exactly (an instant between two microseconds, an instant outside epoch nanoseconds' range) is
     * moved to the nearest value it can hold, on the side that keeps the answer exact.
     */
    private SqlFragment compare(Attribute attribute, ComparisonOperator operator, Object constant) {
        AttributeColumns where = columnsOf(attribute);
        String value = valueOf(attribute, where);
        if (constant instanceof Double d) {
            // -0.0 and 0.0 are equal to the engine; a normalised constant keeps every database in step
            constant = d == 0.0 ? 0.0 : d;
        }
        if (constant instanceof Instant instant) {
            return compareInstant(value, operator, instant, where instanceof AttributeColumns.EpochNanos);
        }
        return new SqlFragment(value + " " + sqlOperator(operator) + " ?", List.of(constant));
    }

    private SqlFragment compareInstant(String value, ComparisonOperator operator, Instant instant,
            boolean epochNanos) {
        if (epochNanos) {
            long nanos;
            try {
                nanos = Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
            } catch (ArithmeticException e) {
                // every stored value lies on the other side of the constant
                int storedVsConstant = instant.getEpochSecond() < 0 ? 1 : -1;
                return knownAs(value, operator.test(storedVsConstant));
            }
            return new SqlFragment(value + " " + sqlOperator(operator) + " ?", List.of(nanos));
        }
        int precision = dialect.timestampPrecisionNanos();
        int below = instant.getNano() % precision;
        if (below == 0) {
            return new SqlFragment(value + " " + sqlOperator(operator) + " ?", List.of(instant));
        }
        // stored values are whole multiples of the precision: v >= t and v > t mean v > floor(t); v <= t and
        // v < t mean v <= floor(t); v = t is never true and v <> t always
        Instant floor = instant.minusNanos(below);
        return switch (operator) {
            case GE, GT -> new SqlFragment(value + " > ?", List.of(floor));
            case LE, LT -> new SqlFragment(value + " <= ?", List.of(floor));
            case EQ -> knownAs(value, false);
            case NE -> knownAs(value, true);
        };
    }

    private static String sqlOperator(ComparisonOperator operator) {
        return switch (operator) {
            case EQ -> "=";
            case NE -> "<>";
            case LT -> "<";
            case LE -> "<=";
            case GT -> ">";
            case GE -> ">=";
        };
    }

    /** {@code answer} where {@code value} is present, NULL where it is missing. */
    private static SqlFragment knownAs(String value, boolean answer) {
        return SqlFragment.of("CASE WHEN " + value + " IS NOT NULL THEN " + (answer ? "TRUE" : "FALSE") + " END");
    }

    /** The SQL value of a one-column attribute: NULL when missing (a NaN double included). */
    private String valueOf(Attribute attribute, AttributeColumns where) {
        if (where instanceof AttributeColumns.Single single) {
            String column = column(single.column());
            return attribute instanceof DoubleAttribute ? nanAsNull(column) : column;
        }
        if (where instanceof AttributeColumns.EpochNanos nanos && attribute instanceof TimestampAttribute) {
            return column(nanos.column());
        }
        throw wrongForm(attribute, where, "one column");
    }

    private String singleColumn(Attribute attribute) {
        AttributeColumns where = columnsOf(attribute);
        if (where instanceof AttributeColumns.Single single) {
            return column(single.column());
        }
        throw wrongForm(attribute, where, "one column");
    }

    private String nanAsNull(String column) {
        return "NULLIF(" + column + ", " + dialect.nanLiteral() + ")";
    }

    private static String column(String name) {
        return ALIAS + "." + Identifiers.quote(name);
    }

    private AttributeColumns columnsOf(Attribute attribute) {
        return table.columnsOf(attribute.name()).orElseThrow(() -> new SqlMappingException(context() + "attribute '"
                + attribute.name() + "' has no column in table " + table.table() + "; it holds "
                + table.attributeNames()));
    }

    private SqlMappingException wrongForm(Attribute attribute, AttributeColumns where, String expected) {
        return new SqlMappingException(context() + table.table() + " holds " + attribute.kind().label()
                + " attribute '" + attribute.name() + "' as " + where + "; it needs " + expected);
    }

    private String context() {
        return rendering.isEmpty() ? "" : "segment '" + rendering.peek() + "': ";
    }
}
