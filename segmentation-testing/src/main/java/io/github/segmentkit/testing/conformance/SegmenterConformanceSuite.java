package io.github.segmentkit.testing.conformance;

import static io.github.segmentkit.api.criteria.Criteria.all;
import static io.github.segmentkit.api.criteria.Criteria.isMissing;
import static io.github.segmentkit.api.criteria.Criteria.isPresent;
import static io.github.segmentkit.api.criteria.Criteria.none;
import static io.github.segmentkit.api.criteria.Criteria.not;
import static io.github.segmentkit.testing.generators.TestCustomers.AGE;
import static io.github.segmentkit.testing.generators.TestCustomers.COUNTRY;
import static io.github.segmentkit.testing.generators.TestCustomers.HOME;
import static io.github.segmentkit.testing.generators.TestCustomers.INCOME;
import static io.github.segmentkit.testing.generators.TestCustomers.INTERESTS;
import static io.github.segmentkit.testing.generators.TestCustomers.LAST_LOGIN;
import static io.github.segmentkit.testing.generators.TestCustomers.LAST_ORDER;
import static io.github.segmentkit.testing.generators.TestCustomers.OPTED_IN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.testing.ReferenceEvaluator;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance suite every engine runs: every criterion kind on five hand-made customers, with the expected
 * members worked out by hand from the documented semantics (SQL three-valued logic, NaN as missing, inclusive
 * bounds, exact strings in any script, haversine radii across the antimeridian). The engine's bulk run, its
 * {@code classify} and the {@link ReferenceEvaluator} must all give exactly these members.
 *
 * <pre>{@code
 * class MyEngineConformanceTest extends SegmenterConformanceSuite {
 *     protected String engineName() { return "my-engine"; }
 * }
 * }</pre>
 */
public abstract class SegmenterConformanceSuite {
    private static final GeoPoint LONDON = GeoPoint.of(51.5074, -0.1278);
    private static final GeoPoint PARIS = GeoPoint.of(48.8566, 2.3522);
    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);

    /** For engine test classes. */
    protected SegmenterConformanceSuite() {
    }

    private static final List<TestCustomer> CUSTOMERS = List.of(
            new TestCustomer(1, 25L, 52_000, "US", true, LocalDate.of(2024, 3, 30),
                    Instant.parse("2024-03-30T12:00:00Z"), List.of("hiking", "camping"), LONDON),
            new TestCustomer(2, 34L, Double.NaN, "CA", false, LocalDate.of(2023, 3, 31), null, List.of(), PARIS),
            new TestCustomer(3, null, 10_000, "پاکستان", null, null, Instant.parse("2024-03-24T00:00:00Z"), null,
                    null),
            new TestCustomer(4, 35L, -0.0, "తెలంగాణ", true, AS_OF, Instant.parse("2024-03-31T00:00:01Z"),
                    List.of("hiking", "hiking", "wine"), GeoPoint.of(0, 179.9)),
            new TestCustomer(5, 17L, Double.POSITIVE_INFINITY, "", false, LocalDate.of(2024, 4, 1),
                    Instant.parse("1970-01-01T00:00:00Z"), List.of("క్రికెట్"), GeoPoint.of(0, -179.9)));

    /** The {@link io.github.segmentkit.api.spi.SegmenterProvider#name()} of the engine under test. */
    protected abstract String engineName();

    static Stream<Arguments> criteria() {
        return Stream.of(
                arguments("between is inclusive, missing is unknown", AGE.between(25, 34), ids(1, 2)),
                arguments("ne excludes missing", AGE.ne(25), ids(2, 4, 5)),
                arguments("not(unknown) stays unknown", not(AGE.between(25, 34)), ids(4, 5)),
                arguments("NaN is missing", INCOME.ge(10_000), ids(1, 3, 5)),
                arguments("-0.0 equals 0.0", INCOME.eq(0.0), ids(4)),
                arguments("infinity is a value", INCOME.gt(1e300), ids(5)),
                arguments("in list", COUNTRY.in("US", "CA"), ids(1, 2)),
                arguments("Urdu category", COUNTRY.eq("پاکستان"), ids(3)),
                arguments("Telugu category", COUNTRY.eq("తెలంగాణ"), ids(4)),
                arguments("empty string is a value", COUNTRY.eq(""), ids(5)),
                arguments("categorical ne", COUNTRY.ne("US"), ids(2, 3, 4, 5)),
                arguments("case-sensitive", COUNTRY.eq("us"), ids()),
                arguments("boolean true", OPTED_IN.isTrue(), ids(1, 4)),
                arguments("boolean false excludes missing", OPTED_IN.isFalse(), ids(2, 5)),
                arguments("is missing", isMissing(OPTED_IN), ids(3)),
                arguments("is present, NaN counts as missing", isPresent(INCOME), ids(1, 3, 4, 5)),
                arguments("contains any", INTERESTS.containsAny("hiking"), ids(1, 4)),
                arguments("contains all", INTERESTS.containsAll("hiking", "camping"), ids(1)),
                arguments("contains none, missing set is unknown", INTERESTS.containsNone("hiking"), ids(2, 5)),
                arguments("contains all of nothing is vacuously true", INTERESTS.containsAll(List.of()),
                        ids(1, 2, 4, 5)),
                arguments("Telugu tag", INTERESTS.containsAny("క్రికెట్"), ids(5)),
                arguments("within days includes both ends, not the future", LAST_ORDER.withinDays(1), ids(1, 4)),
                arguments("before days ago is strict", LAST_ORDER.beforeDaysAgo(365), ids(2)),
                arguments("after days ago includes the future", LAST_ORDER.afterDaysAgo(1), ids(4, 5)),
                arguments("timestamps count 24-hour days", LAST_LOGIN.withinDays(7), ids(1, 3)),
                arguments("absolute date comparison", LAST_ORDER.before(LocalDate.of(2024, 1, 1)), ids(2)),
                arguments("radius is inclusive (London-Paris 343.5565 km)", HOME.withinKm(LONDON, 343.56), ids(1, 2)),
                arguments("radius just short of Paris", HOME.withinKm(LONDON, 343.55), ids(1)),
                arguments("radius across the antimeridian", HOME.withinKm(GeoPoint.of(0, 180), 12), ids(4, 5)),
                arguments("everyone", all(), ids(1, 2, 3, 4, 5)),
                arguments("nobody", none(), ids()),
                arguments("or with unknown", AGE.ge(30).or(INCOME.ge(1e6)), ids(2, 4, 5)),
                arguments("and with unknown; -0.0 >= 0", isMissing(AGE).or(AGE.ge(30)).and(INCOME.ge(0)), ids(3, 4)));
    }

    private static long[] ids(long... ids) {
        return ids;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("criteria")
    void should_select_exactly_the_members_worked_out_by_hand(String why, Criterion criterion, long[] expected) {
        Segmenter<TestCustomer> segmenter = Segmenter.builder(TestCustomers.SCHEMA).engine(engineName()).asOf(AS_OF)
                .add(Segment.named("s").where(criterion)).build();
        SegmentationResult result = segmenter.segment(CUSTOMERS);

        assertThat(result.memberIds("s")).as(why).containsExactly(expected);
        assertThat(CUSTOMERS.stream().filter(c -> segmenter.segmentsOf(c).contains("s")).mapToLong(TestCustomer::id).toArray())
                .as("classify agrees with the bulk run").containsExactly(expected);
        ReferenceEvaluator<TestCustomer> oracle = ReferenceEvaluator.of(TestCustomers.SCHEMA,
                segmenter.segments(), TestCustomers.AS_OF);
        assertThat(oracle.segment(CUSTOMERS).memberIds("s")).as("reference evaluator").containsExactly(expected);
    }
}
