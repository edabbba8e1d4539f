package io.github.segmentkit.api.internal;

import io.github.segmentkit.api.DefinitionLimits;
import static io.github.segmentkit.api.criteria.Criteria.inSegment;
import static io.github.segmentkit.api.criteria.Criteria.not;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.DateAttribute;
import io.github.segmentkit.api.attribute.DoubleAttribute;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.attribute.GeoPointAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.criteria.Criterion;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefinitionValidatorTest {
    private static final LongAttribute AGE = Attribute.ofLong("age");
    private static final DoubleAttribute INCOME = Attribute.ofDouble("income");
    private static final CategoricalAttribute COUNTRY = Attribute.ofCategorical("country");
    private static final DateAttribute LAST_ORDER = Attribute.ofDate("last_order");
    private static final GeoPointAttribute HOME = Attribute.ofGeoPoint("home");
    private static final List<Attribute> SCHEMA = List.of(AGE, INCOME, COUNTRY, LAST_ORDER, HOME);

    private static List<String> problems(boolean hasAsOf, Segment... segments) {
        return DefinitionValidator.validate(SCHEMA, List.of(segments), hasAsOf).stream().map(Problem::toString)
                .toList();
    }

    private static Segment segment(String name, Criterion criterion) {
        return Segment.named(name).where(criterion);
    }

    @Test
    void should_accept_valid_definitions() {
        assertThat(problems(true, segment("a", AGE.between(25, 34).and(COUNTRY.in("US", "CA"))),
                segment("b", inSegment("a").and(LAST_ORDER.withinDays(30))))).isEmpty();
    }

    @Test
    void should_limit_the_description_like_any_string() {
        String longest = "d".repeat(DefinitionLimits.MAX_STRING_LENGTH);
        assertThat(problems(true, Segment.named("s").describedAs(longest).where(AGE.ge(3)))).isEmpty();
        assertThat(problems(true, Segment.named("s").describedAs(longest + "d").where(AGE.ge(3))))
                .containsExactly("segment 's': the description has 10001 characters, more than the limit of 10000");
    }

    @Test
    void should_report_an_unknown_attribute_with_a_suggestion() {
        assertThat(problems(true, segment("s", Attribute.ofLong("agee").ge(3))))
                .containsExactly("segment 's', attribute 'agee': not in the schema (did you mean 'age'?)");
        assertThat(problems(true, segment("s", Attribute.ofLong("zzzzzz").ge(3))))
                .containsExactly("segment 's', attribute 'zzzzzz': not in the schema");
    }

    @Test
    void should_report_an_attribute_used_as_another_kind() {
        // 'country' is categorical in the schema; a definition treating it as a number is a type error
        assertThat(problems(true, segment("s", Attribute.ofLong("country").between(1, 2))))
                .containsExactly("segment 's', attribute 'country': used as long but the schema declares it"
                        + " categorical");
    }

    @Test
    void should_report_impossible_ranges_and_nan() {
        assertThat(problems(true, segment("s", INCOME.between(10.0, 5.0)), segment("t", INCOME.gt(Double.NaN))))
                .containsExactly(
                        "segment 's', attribute 'income': income.between(10.0, 5.0): low is greater than high, so"
                                + " no customer can match",
                        "segment 't', attribute 'income': income.gt(NaN): NaN is not a value (NaN counts as missing;"
                                + " use isMissing)");
    }

    @Test
    void should_report_negative_days_and_radii() {
        assertThat(problems(true, segment("s", LAST_ORDER.withinDays(-1)),
                segment("t", HOME.withinKm(GeoPoint.of(0, 0), -5))))
                .containsExactly(
                        "segment 's', attribute 'last_order': last_order.withinDays(-1): the number of days must not"
                                + " be negative",
                        "segment 't', attribute 'home': home.withinKm((0.0, 0.0), -5.0): the radius must be a finite"
                                + " number of kilometres, at least 0");
    }

    @Test
    void should_require_an_as_of_date_for_relative_dates() {
        assertThat(problems(false, segment("s", LAST_ORDER.beforeDaysAgo(365))))
                .containsExactly("segment 's', attribute 'last_order': last_order.beforeDaysAgo(365) needs an as-of"
                        + " date: call asOf(LocalDate) or clock(Clock) on the builder");
    }

    @Test
    void should_report_duplicate_names_unknown_references_and_self_references() {
        assertThat(problems(true, segment("a", AGE.ge(1)), segment("a", AGE.ge(2)),
                segment("b", inSegment("aa")), segment("c", not(inSegment("c")))))
                .containsExactly(
                        "segment 'a': the segment name is used twice",
                        "segment 'b': inSegment(\"aa\"): no segment is named 'aa' (did you mean 'a'?)",
                        "segment 'c': the segment refers to itself: inSegment(\"c\")");
    }

    @Test
    void should_report_a_cycle_through_several_segments_once() {
        assertThat(problems(true, segment("a", inSegment("b")), segment("b", inSegment("c")),
                segment("c", inSegment("a").or(AGE.ge(3)))))
                .containsExactly("segment 'a': segments reference each other in a cycle: a -> b -> c -> a");
    }

    @Test
    void should_accept_a_chain_of_segment_references() {
        assertThat(problems(true, segment("a", AGE.ge(18)), segment("b", inSegment("a").and(AGE.le(65))),
                segment("c", inSegment("b").and(inSegment("a"))))).isEmpty();
    }

    @Test
    void should_reject_nesting_deeper_than_the_limit_without_overflowing_the_stack() {
        Criterion deep = AGE.ge(1);
        for (int i = 0; i < 100_000; i++) {
            deep = not(deep);
        }
        assertThat(problems(true, segment("deep", deep)))
                .containsExactly("segment 'deep': criteria nested deeper than the limit of "
                        + DefinitionLimits.MAX_DEPTH);
    }
}
