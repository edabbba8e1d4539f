package io.github.segmentkit.testing.conformance;

import static io.github.segmentkit.api.criteria.Criteria.all;
import static io.github.segmentkit.api.criteria.Criteria.inSegment;
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
import io.github.segmentkit.testing.ReferenceResult;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance suite every engine runs: every criterion kind on five hand-made customers, with the expected
 * members worked out by hand from the documented semantics (SQL three-valued logic, NaN as missing, inclusive
 * bounds, exact strings in any script, haversine radii across the antimeridian), and segments built from segments
 * with {@code inSegment}. The engine's bulk run, its {@code segmentsOf} and the {@link ReferenceEvaluator} must all
 * give exactly these members. {@link GenerativeConformanceSuite} is its random counterpart.
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
                .as("segmentsOf agrees with the bulk run").containsExactly(expected);
        ReferenceEvaluator<TestCustomer> oracle = ReferenceEvaluator.of(TestCustomers.SCHEMA,
                segmenter.segments(), TestCustomers.AS_OF);
        assertThat(oracle.segment(CUSTOMERS).memberIds("s")).as("reference evaluator").containsExactly(expected);
    }

    /*
     * The segments the cases below refer to, over the five customers (age; income; opted in):
     *   adult    = age >= 18:         1 (25) T, 2 (34) T, 3 (missing) UNKNOWN, 4 (35) T, 5 (17) F   -> 1, 2, 4
     *   rich     = income >= 50,000:  1 (52,000) T, 2 (NaN) UNKNOWN, 3 (10,000) F, 4 (-0.0) F, 5 (+inf) T -> 1, 5
     *   opted in:                     1 T, 2 F, 3 missing, 4 T, 5 F
     * inSegment(x) is TRUE for x's members and FALSE for everyone else, never UNKNOWN: an UNKNOWN criterion has
     * already made the customer a non-member. So not(inSegment("rich")) holds for customer 2 (income missing),
     * while not(income >= 50,000) is UNKNOWN for 2 and does not.
     */
    private static final Segment ADULT = Segment.named("adult").where(AGE.ge(18));
    private static final Segment RICH = Segment.named("rich").where(INCOME.ge(50_000));
    private static final Segment OPTED_IN_ADULT = Segment.named("opted-in-adult")
            .where(inSegment("adult").and(OPTED_IN.isTrue()));
    private static final Segment OPTED_IN_ADULT_ABROAD = Segment.named("opted-in-adult-abroad")
            .where(inSegment("opted-in-adult").and(COUNTRY.ne("US")));

    static Stream<Arguments> segmentReferences() {
        return Stream.of(
                // opted-in-adult = adult {1, 2, 4} and opted in {1, 4} -> {1, 4};
                // opted-in-adult-abroad = {1, 4} and country != US (1 is US, 4 is Telangana) -> {4}
                arguments("a chain of three, each narrowing the one before",
                        List.of(ADULT, OPTED_IN_ADULT, OPTED_IN_ADULT_ABROAD),
                        Map.of("adult", ids(1, 2, 4), "opted-in-adult", ids(1, 4), "opted-in-adult-abroad", ids(4))),
                // declaration order does not matter: the same members as above
                arguments("the same chain declared backwards: references to segments declared later",
                        List.of(OPTED_IN_ADULT_ABROAD, OPTED_IN_ADULT, ADULT),
                        Map.of("adult", ids(1, 2, 4), "opted-in-adult", ids(1, 4), "opted-in-adult-abroad", ids(4))),
                // not-rich = not(inSegment(rich)): inSegment is 1 T, 2 F, 3 F, 4 F, 5 T -> {2, 3, 4};
                // written out, not(income >= 50,000) is 1 F, 2 UNKNOWN, 3 T, 4 T, 5 F -> {3, 4}
                arguments("UNKNOWN never leaks through inSegment: not(inSegment) takes the missing income",
                        List.of(RICH, Segment.named("not-rich").where(not(inSegment("rich"))),
                                Segment.named("not-rich-written-out").where(not(INCOME.ge(50_000)))),
                        Map.of("rich", ids(1, 5), "not-rich", ids(2, 3, 4), "not-rich-written-out", ids(3, 4))),
                // neither = not rich {2, 3, 4} and not adult {3, 5} -> {3}, declared before both;
                // written out, customer 3 is not(F) and not(UNKNOWN) = T and UNKNOWN = UNKNOWN, the others F -> {}
                arguments("not of two references declared later takes the customer with a missing age",
                        List.of(Segment.named("neither").where(not(inSegment("rich")).and(not(inSegment("adult")))),
                                RICH, ADULT, Segment.named("neither-written-out")
                                        .where(not(INCOME.ge(50_000)).and(not(AGE.ge(18))))),
                        Map.of("neither", ids(3), "rich", ids(1, 5), "adult", ids(1, 2, 4),
                                "neither-written-out", ids())),
                // rich-adult = adult {1, 2, 4} and income >= 50,000 {1, 5} -> {1}; opted-in-adult -> {1, 4};
                // either = {1} or {1, 4} -> {1, 4}: two paths to adult
                arguments("a diamond: two references that share a third",
                        List.of(ADULT, Segment.named("rich-adult").where(inSegment("adult").and(INCOME.ge(50_000))),
                                OPTED_IN_ADULT, Segment.named("either")
                                        .where(inSegment("rich-adult").or(inSegment("opted-in-adult")))),
                        Map.of("adult", ids(1, 2, 4), "rich-adult", ids(1), "opted-in-adult", ids(1, 4),
                                "either", ids(1, 4))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("segmentReferences")
    void should_resolve_segment_references_to_the_members_worked_out_by_hand(String why, List<Segment> segments,
            Map<String, long[]> expected) {
        Segmenter<TestCustomer> segmenter = Segmenter.builder(TestCustomers.SCHEMA).engine(engineName()).asOf(AS_OF)
                .addAll(segments).build();
        SegmentationResult result = segmenter.segment(CUSTOMERS);
        ReferenceResult oracle = ReferenceEvaluator.of(TestCustomers.SCHEMA, segments, TestCustomers.AS_OF)
                .segment(CUSTOMERS);

        assertThat(expected.keySet()).as("every segment has its expected members")
                .containsExactlyInAnyOrderElementsOf(result.segmentNames());
        for (Segment segment : segments) {
            long[] members = expected.get(segment.name());
            assertThat(result.memberIds(segment.name())).as("%s: %s", why, segment).containsExactly(members);
            assertThat(oracle.memberIds(segment.name())).as("reference evaluator: %s", segment)
                    .containsExactly(members);
        }
        for (TestCustomer customer : CUSTOMERS) {
            assertThat(segmenter.segmentsOf(customer)).as("segmentsOf customer %d", customer.id())
                    .containsExactlyElementsOf(segments.stream().map(Segment::name)
                            .filter(name -> LongStream.of(expected.get(name)).anyMatch(id -> id == customer.id()))
                            .toList());
        }
    }
}
