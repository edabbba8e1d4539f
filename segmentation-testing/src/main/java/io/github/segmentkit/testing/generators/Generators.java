package io.github.segmentkit.testing.generators;

import static io.github.segmentkit.testing.generators.TestCustomers.AGE;
import static io.github.segmentkit.testing.generators.TestCustomers.AGES;
import static io.github.segmentkit.testing.generators.TestCustomers.COUNTRIES;
import static io.github.segmentkit.testing.generators.TestCustomers.COUNTRY;
import static io.github.segmentkit.testing.generators.TestCustomers.DATES;
import static io.github.segmentkit.testing.generators.TestCustomers.HOME;
import static io.github.segmentkit.testing.generators.TestCustomers.INCOME;
import static io.github.segmentkit.testing.generators.TestCustomers.INCOMES;
import static io.github.segmentkit.testing.generators.TestCustomers.INSTANTS;
import static io.github.segmentkit.testing.generators.TestCustomers.INTERESTS;
import static io.github.segmentkit.testing.generators.TestCustomers.LAST_LOGIN;
import static io.github.segmentkit.testing.generators.TestCustomers.LAST_ORDER;
import static io.github.segmentkit.testing.generators.TestCustomers.OPTED_IN;
import static io.github.segmentkit.testing.generators.TestCustomers.POINTS;
import static io.github.segmentkit.testing.generators.TestCustomers.TAGS;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.criteria.And;
import io.github.segmentkit.api.criteria.Between;
import io.github.segmentkit.api.criteria.Comparison;
import io.github.segmentkit.api.criteria.ComparisonOperator;
import io.github.segmentkit.api.criteria.Criteria;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.criteria.Not;
import io.github.segmentkit.api.criteria.Or;
import io.github.segmentkit.api.criteria.RelativeDate;
import io.github.segmentkit.api.criteria.RelativeDateOperator;
import io.github.segmentkit.api.criteria.TagsMatch;
import io.github.segmentkit.api.criteria.TagsOperator;
import io.github.segmentkit.api.criteria.WithinDistance;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of {@link TestCustomer}s and of criteria over {@link TestCustomers#SCHEMA}, for differential
 * tests of an engine against the {@link io.github.segmentkit.testing.ReferenceEvaluator}. Values come mostly from
 * the awkward pools in {@link TestCustomers}, so that comparisons hit equality, bounds and missing values often.
 *
 * <pre>{@code
 * @Property(tries = 20)
 * void should_agree_with_the_oracle(@ForAll("customers") List<TestCustomer> customers,
 *         @ForAll("segments") List<Segment> segments) {
 *     SegmentationResult result = Segmenter.builder(TestCustomers.SCHEMA).addAll(segments)
 *             .asOf(TestCustomers.AS_OF.date()).build().segment(customers);
 *     ReferenceResult expected = ReferenceEvaluator.of(TestCustomers.SCHEMA, segments, TestCustomers.AS_OF)
 *             .segment(customers);
 *     segments.forEach(s -> assertThat(result.memberIds(s.name())).isEqualTo(expected.memberIds(s.name())));
 * }
 *
 * @Provide Arbitrary<List<TestCustomer>> customers() { return Generators.customers().list().ofMaxSize(200); }
 * @Provide Arbitrary<List<Segment>> segments() { return Generators.segments(5, 4); }
 * }</pre>
 */
public final class Generators {
    private Generators() {
    }

    private static <V> Arbitrary<V> orNull(Arbitrary<V> values) {
        return values.injectNull(0.1);
    }

    /** A customer; about one value in ten is missing. */
    public static Arbitrary<TestCustomer> customers() {
        Arbitrary<Long> ids = Arbitraries.longs();
        Arbitrary<Long> ages = orNull(Arbitraries.oneOf(Arbitraries.of(AGES), Arbitraries.longs()));
        Arbitrary<Double> incomes = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.of(INCOMES)),
                net.jqwik.api.Tuple.of(2, Arbitraries.doubles().between(-1e6, 1e6)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Double.NaN)));
        Arbitrary<String> countries = orNull(Arbitraries.of(COUNTRIES));
        Arbitrary<Boolean> flags = orNull(Arbitraries.of(true, false));
        Arbitrary<LocalDate> dates = orNull(Arbitraries.of(DATES));
        Arbitrary<Instant> instants = orNull(Arbitraries.of(INSTANTS));
        Arbitrary<List<String>> tags = orNull(Arbitraries.of(TAGS).list().ofMaxSize(4));
        Arbitrary<GeoPoint> points = orNull(Arbitraries.oneOf(Arbitraries.of(POINTS), Combinators.combine(
                Arbitraries.doubles().between(-90, 90), Arbitraries.doubles().between(-180, 180)).as(GeoPoint::of)));
        return Combinators.combine(ids, ages, incomes, countries, flags, dates, instants, tags)
                .flatAs((id, age, income, country, flag, date, instant, interests) -> points.map(home ->
                        new TestCustomer(id, age, income, country, flag, date, instant, interests, home)));
    }

    /** A leaf criterion of any kind over {@link TestCustomers#SCHEMA}. */
    public static Arbitrary<Criterion> leaves() {
        Arbitrary<ComparisonOperator> operators = Arbitraries.of(ComparisonOperator.class);
        return Arbitraries.oneOf(
                Combinators.combine(operators, Arbitraries.of(AGES)).as((op, v) -> new Comparison<>(AGE, op, v)),
                Combinators.combine(Arbitraries.of(AGES), Arbitraries.of(AGES))
                        .as((a, b) -> new Between<>(AGE, Math.min(a, b), Math.max(a, b))),
                Combinators.combine(operators, Arbitraries.of(INCOMES)).as((op, v) -> new Comparison<>(INCOME, op, v)),
                Combinators.combine(Arbitraries.of(INCOMES), Arbitraries.of(INCOMES))
                        .as((a, b) -> new Between<>(INCOME, Math.min(a, b), Math.max(a, b))),
                Arbitraries.of(COUNTRIES).list().ofMaxSize(3).map(COUNTRY::in),
                Arbitraries.of(true, false).map(v -> OPTED_IN.eq(v)),
                Combinators.combine(operators, Arbitraries.of(DATES)).as((op, v) -> new Comparison<>(LAST_ORDER, op, v)),
                Combinators.combine(operators, Arbitraries.of(INSTANTS))
                        .as((op, v) -> new Comparison<>(LAST_LOGIN, op, v)),
                Combinators.combine(Arbitraries.of(RelativeDateOperator.class), Arbitraries.of(0L, 1L, 7L, 30L, 365L))
                        .as((op, days) -> new RelativeDate(LAST_ORDER, op, days)),
                Combinators.combine(Arbitraries.of(RelativeDateOperator.class), Arbitraries.of(0L, 1L, 7L, 30L))
                        .as((op, days) -> new RelativeDate(LAST_LOGIN, op, days)),
                Combinators.combine(Arbitraries.of(TagsOperator.class), Arbitraries.of(TAGS).list().ofMaxSize(3))
                        .as((match, tags) -> new TagsMatch(INTERESTS, match, tags)),
                Combinators.combine(Arbitraries.of(POINTS), Arbitraries.of(0.0, 1.0, 50.0, 343.5565, 500.0, 20_100.0))
                        .as((center, km) -> new WithinDistance(HOME, center, km)),
                Combinators.combine(Arbitraries.of(AGE, INCOME, COUNTRY, OPTED_IN, LAST_ORDER, LAST_LOGIN, INTERESTS,
                        HOME).map(Attribute.class::cast), Arbitraries.of(true, false))
                        .as((attribute, present) -> present ? Criteria.isPresent(attribute)
                                : Criteria.isMissing(attribute)),
                Arbitraries.of(Criteria.all(), Criteria.none()));
    }

    /** A criterion tree of at most {@code maxDepth} levels, optionally referring to {@code segmentNames}. */
    public static Arbitrary<Criterion> criteria(int maxDepth, List<String> segmentNames) {
        Arbitrary<Criterion> leaf = segmentNames.isEmpty() ? leaves()
                : Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, leaves()),
                        net.jqwik.api.Tuple.of(1, Arbitraries.of(segmentNames).map(Criteria::inSegment)));
        if (maxDepth <= 1) {
            return leaf;
        }
        Arbitrary<Criterion> child = Arbitraries.lazy(() -> criteria(maxDepth - 1, segmentNames));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, leaf),
                net.jqwik.api.Tuple.of(2, child.list().ofMinSize(2).ofMaxSize(3).map(And::new)),
                net.jqwik.api.Tuple.of(2, child.list().ofMinSize(2).ofMaxSize(3).map(Or::new)),
                net.jqwik.api.Tuple.of(1, child.map(Not::new)));
    }

    /**
     * Up to {@code maxSegments} segments named {@code s0, s1, …}, each a tree of depth at most {@code maxDepth};
     * segment {@code i} may refer to segments declared before it (so there is never a cycle).
     */
    public static Arbitrary<List<Segment>> segments(int maxSegments, int maxDepth) {
        return segments(maxSegments, earlier -> criteria(maxDepth, earlier));
    }

    /** Up to {@code maxSegments} segments {@code s0, s1, …}; {@code criteria} gets the names a segment may use. */
    static Arbitrary<List<Segment>> segments(int maxSegments,
            java.util.function.Function<List<String>, Arbitrary<Criterion>> criteria) {
        return Arbitraries.integers().between(1, maxSegments).flatMap(count -> {
            List<Arbitrary<Segment>> parts = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                List<String> earlier = new ArrayList<>();
                for (int j = 0; j < i; j++) {
                    earlier.add("s" + j);
                }
                String name = "s" + i;
                parts.add(criteria.apply(earlier).map(c -> Segment.named(name).where(c)));
            }
            return Combinators.combine(parts).as(List::copyOf);
        });
    }
}
