package io.github.segmentkit.spark;

import static org.apache.spark.sql.functions.array_intersect;
import static org.apache.spark.sql.functions.asin;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.cos;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.radians;
import static org.apache.spark.sql.functions.sin;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.when;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.attribute.GeoPoint;
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
import io.github.segmentkit.api.criteria.WithinDistance;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.StructType;

/**
 * Renders a criterion as a Spark boolean {@link Column} with the in-memory engine's three-valued logic: SQL NULL is
 * UNKNOWN, so Spark's own {@code AND}, {@code OR} and {@code NOT} (Kleene's, as in SQL) combine the leaves exactly
 * as {@link io.github.segmentkit.api.Truth} does, and a customer is a member where the column is TRUE
 * ({@link #member}). The leaves follow docs/spark.md: a missing value (NULL, or NaN for doubles) makes a
 * comparison UNKNOWN; tags are {@code ARRAY<STRING>} columns (NULL elements are ignored); dates count back
 * calendar days and timestamps 24-hour days from the as-of date and instant; distances are
 * {@link GeoPoint#haversineKm} computed step by step with the same {@code java.lang.Math} functions, so they agree
 * to the last bit; strings compare exactly and case-sensitively.
 *
 * <p>Rendering reads only the DataFrame's schema (a missing or mistyped column is a {@link SparkColumnException});
 * no job runs until the columns are used. Not thread-safe; cheap to create.
 *
 * <pre>{@code
 * SparkCriterionRenderer renderer = SparkCriterionRenderer.of(customers.schema(), DataFrameColumns.byName(),
 *         AsOf.date(LocalDate.of(2024, 3, 31)), name -> { throw new IllegalArgumentException(name); });
 * Dataset<Row> adults = customers.where(renderer.member(AGE.ge(18L)));
 * }</pre>
 */
public final class SparkCriterionRenderer implements CriterionVisitor<Column> {
    private final AttributeColumns columns;
    private final AsOf asOf;
    private final Function<String, Column> segmentMembers;

    private SparkCriterionRenderer(AttributeColumns columns, AsOf asOf, Function<String, Column> segmentMembers) {
        this.columns = columns;
        this.asOf = asOf;
        this.segmentMembers = segmentMembers;
    }

    /**
     * A renderer for DataFrames of {@code schema}.
     *
     * @param schema         the DataFrame's schema, against which every column is checked
     * @param mapping        where each attribute is read from
     * @param asOf           the as-of date and instant of relative date criteria
     * @param segmentMembers for {@code inSegment(name)}: the boolean membership column of the named segment (never
     *                       NULL); {@link SparkSegmenter} passes the flag column it computed before
     */
    public static SparkCriterionRenderer of(StructType schema, DataFrameColumns mapping, AsOf asOf,
            Function<String, Column> segmentMembers) {
        return new SparkCriterionRenderer(new AttributeColumns(Objects.requireNonNull(schema, "schema"),
                Objects.requireNonNull(mapping, "mapping")), Objects.requireNonNull(asOf, "asOf"),
                Objects.requireNonNull(segmentMembers, "segmentMembers"));
    }

    /** The truth value of {@code criterion}: TRUE, FALSE, or NULL for UNKNOWN. */
    public Column truth(Criterion criterion) {
        return criterion.accept(this);
    }

    /** Whether a row is a member: TRUE where {@code criterion} is TRUE, FALSE elsewhere (never NULL). */
    public Column member(Criterion criterion) {
        return coalesce(truth(criterion), lit(false));
    }

    @Override
    public Column visitAll(All all) {
        return lit(true);
    }

    @Override
    public Column visitNone(None none) {
        return lit(false);
    }

    @Override
    public Column visitAnd(And and) {
        return combine(and.operands(), true);
    }

    @Override
    public Column visitOr(Or or) {
        return combine(or.operands(), false);
    }

    private Column combine(List<Criterion> operands, boolean conjunction) {
        Column result = null;
        for (Criterion operand : operands) {
            Column next = operand.accept(this);
            result = result == null ? next : (conjunction ? result.and(next) : result.or(next));
        }
        return result == null ? lit(conjunction) : result;
    }

    @Override
    public Column visitNot(Not not) {
        return org.apache.spark.sql.functions.not(not.operand().accept(this));
    }

    @Override
    public Column visitComparison(Comparison<?> comparison) {
        Column value = columns.value(comparison.attribute());
        Object constant = comparison.value();
        if (constant instanceof Instant instant) {
            return Micros.of(instant).compare(value, comparison.operator());
        }
        return compare(value, comparison.operator(), literal(constant));
    }

    @Override
    public Column visitBetween(Between<?> between) {
        Column value = columns.value(between.attribute());
        if (between.low() instanceof Instant low) {
            return Micros.of(low).compare(value, ComparisonOperator.GE)
                    .and(Micros.of((Instant) between.high()).compare(value, ComparisonOperator.LE));
        }
        return value.geq(literal(between.low())).and(value.leq(literal(between.high())));
    }

    /** Dates as days since the epoch, to match {@link AttributeColumns#value}; numbers as they are. */
    private static Column literal(Object constant) {
        if (constant instanceof LocalDate date) {
            return lit(date.toEpochDay());
        }
        return lit(constant);
    }

    private static Column compare(Column value, ComparisonOperator operator, Column constant) {
        switch (operator) {
            case EQ:
                return value.equalTo(constant);
            case NE:
                return value.notEqual(constant);
            case LT:
                return value.lt(constant);
            case LE:
                return value.leq(constant);
            case GT:
                return value.gt(constant);
            default:
                return value.geq(constant);
        }
    }

    @Override
    public Column visitCategoryIn(CategoryIn in) {
        Column value = columns.value(in.attribute());
        // explicit, because Spark 4 answers FALSE (not NULL) for "NULL IN ()"
        return when(value.isNotNull(), in.values().isEmpty() ? lit(false) : value.isin(in.values().toArray()));
    }

    @Override
    public Column visitBooleanIs(BooleanIs booleanIs) {
        return columns.value(booleanIs.attribute()).equalTo(lit(booleanIs.value()));
    }

    @Override
    public Column visitTagsMatch(TagsMatch tagsMatch) {
        Column tags = columns.value(tagsMatch.attribute());
        int wanted = tagsMatch.tags().size();
        Column found = wanted == 0 ? lit(0)
                // the asked tags held, each once: the literal array has no NULL, so NULL elements never count
                : size(array_intersect(tags, org.apache.spark.sql.functions.array(
                        tagsMatch.tags().stream().map(org.apache.spark.sql.functions::lit).toArray(Column[]::new))));
        Column test;
        switch (tagsMatch.operator()) {
            case ANY:
                test = found.gt(0);
                break;
            case ALL:
                test = found.equalTo(wanted);
                break;
            default:
                test = found.equalTo(0);
                break;
        }
        return when(tags.isNotNull(), test);
    }

    @Override
    public Column visitRelativeDate(RelativeDate relativeDate) {
        Column value = columns.value(relativeDate.attribute());
        long days = relativeDate.days();
        if (relativeDate.attribute().kind() == io.github.segmentkit.api.attribute.AttributeKind.DATE) {
            Column threshold = lit(asOf.date().minusDays(days).toEpochDay());
            switch (relativeDate.operator()) {
                case WITHIN_LAST_DAYS:
                    return value.geq(threshold).and(value.leq(lit(asOf.date().toEpochDay())));
                case BEFORE_DAYS_AGO:
                    return value.lt(threshold);
                default:
                    return value.gt(threshold);
            }
        }
        Micros threshold = Micros.of(asOf.instant().minusSeconds(Math.multiplyExact(days, 86_400L)));
        switch (relativeDate.operator()) {
            case WITHIN_LAST_DAYS:
                return threshold.compare(value, ComparisonOperator.GE)
                        .and(Micros.of(asOf.instant()).compare(value, ComparisonOperator.LE));
            case BEFORE_DAYS_AGO:
                return threshold.compare(value, ComparisonOperator.LT);
            default:
                return threshold.compare(value, ComparisonOperator.GT);
        }
    }

    /**
     * {@link GeoPoint#haversineKm}{@code (point, center)} as Spark arithmetic, operation for operation in the same
     * order, so that rounding is identical: {@code radians}, {@code sin}, {@code cos}, {@code asin} and {@code sqrt}
     * are {@code java.lang.Math}'s in Spark too, and the centre's terms are computed here by the same formula.
     */
    @Override
    public Column visitWithinDistance(WithinDistance withinDistance) {
        Column[] point = columns.geoPoint(withinDistance.attribute());
        GeoPoint center = withinDistance.center();
        Column phi1 = radians(point[0]);
        double phi2 = Math.toRadians(center.latitude());
        Column sinHalfDeltaPhi = sin(lit(phi2).minus(phi1).divide(lit(2.0)));
        Column sinHalfDeltaLambda = sin(radians(lit(center.longitude()).minus(point[1])).divide(lit(2.0)));
        Column a = sinHalfDeltaPhi.multiply(sinHalfDeltaPhi)
                .plus(cos(phi1).multiply(lit(Math.cos(phi2))).multiply(sinHalfDeltaLambda)
                        .multiply(sinHalfDeltaLambda));
        Column root = sqrt(a);
        // Math.min(1, √a), written out: Spark's least() skips NULLs, and would turn a missing point into 1
        Column km = lit(2 * GeoPoint.EARTH_RADIUS_KM).multiply(asin(when(root.gt(1.0), lit(1.0)).otherwise(root)));
        return km.leq(lit(withinDistance.km()));
    }

    @Override
    public Column visitPresence(Presence presence) {
        Column present;
        if (presence.attribute().kind() == io.github.segmentkit.api.attribute.AttributeKind.GEO_POINT) {
            Column[] point = columns.geoPoint(presence.attribute());
            present = point[0].isNotNull().and(point[1].isNotNull());
        } else {
            present = columns.value(presence.attribute()).isNotNull();
        }
        return presence.isPresentTest() ? present : org.apache.spark.sql.functions.not(present);
    }

    @Override
    public Column visitInSegment(InSegment inSegment) {
        return segmentMembers.apply(inSegment.segmentName());
    }
}
