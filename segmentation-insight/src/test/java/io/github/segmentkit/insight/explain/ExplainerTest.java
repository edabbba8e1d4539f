package io.github.segmentkit.insight.explain;

import static io.github.segmentkit.testing.generators.TestCustomers.AGE;
import static io.github.segmentkit.testing.generators.TestCustomers.COUNTRY;
import static io.github.segmentkit.testing.generators.TestCustomers.INCOME;
import static io.github.segmentkit.testing.generators.TestCustomers.LAST_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Truth;
import io.github.segmentkit.api.criteria.Criteria;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Explanations of hand-made customers, checked line by line against what a person works out. */
class ExplainerTest {
    private static final List<Segment> SEGMENTS = List.of(
            Segment.named("young").where(AGE.between(25, 34)),
            Segment.named("young-rich").where(Criteria.inSegment("young").and(INCOME.ge(50_000.0))),
            Segment.named("not-uk").where(COUNTRY.eq("GB").negate()),
            Segment.named("recent").where(LAST_ORDER.withinDays(30)));
    private static final Explainer<TestCustomer> EXPLAINER = Explainer.of(TestCustomers.SCHEMA, SEGMENTS,
            TestCustomers.AS_OF);

    private static TestCustomer customer(long id, Long age, double income, String country, LocalDate lastOrder) {
        return new TestCustomer(id, age, income, country, null, lastOrder, null, null, null);
    }

    @Test
    void should_say_how_far_a_failed_comparison_is_from_passing() {
        Explanation why = EXPLAINER.explain(customer(7, 23L, 60_000.0, "GB", null), "young");
        assertThat(why.isMember()).isFalse();
        assertThat(why.toText()).isEqualTo("""
                segment young, customer 7: FALSE
                  age.between(25, 34): FALSE (age 23; needs 25–34: 2 below)
                """);
    }

    @Test
    void should_explain_a_nested_segment_through_its_own_criterion() {
        Explanation why = EXPLAINER.explain(customer(8, 40L, 49_999.9, "US", null), "young-rich");
        assertThat(why.truth()).isEqualTo(Truth.FALSE);
        assertThat(why.toText()).isEqualTo("""
                segment young-rich, customer 8: FALSE
                  and: FALSE
                    inSegment("young"): FALSE (needs member of young)
                      age.between(25, 34): FALSE (age 40; needs 25–34: 6 above)
                    income.ge(50000.0): FALSE (income 49999.9; needs >= 50000.0: 0.1 below)
                """);
    }

    @Test
    void should_be_unknown_for_a_missing_value_and_stay_unknown_under_not() {
        Explanation why = EXPLAINER.explain(customer(9, null, Double.NaN, null, null), "not-uk");
        assertThat(why.truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(why.root().children().get(0).value()).isEqualTo("country missing");
        assertThat(why.root().children().get(0).truth()).isEqualTo(Truth.UNKNOWN);
        // a customer of unknown age is not young: membership is never UNKNOWN
        Explanation nested = EXPLAINER.explain(customer(9, null, 80_000.0, "US", null), "young-rich");
        assertThat(nested.root().children().get(0).truth()).isEqualTo(Truth.FALSE);
        assertThat(nested.root().children().get(0).children().get(0).truth()).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void should_count_days_for_relative_dates() {
        // as of 2024-03-31, within 30 days means on or after 2024-03-01
        Explanation why = EXPLAINER.explain(customer(10, 30L, 0.0, "US", LocalDate.of(2024, 2, 20)), "recent");
        assertThat(why.root().shortfall()).isEqualTo("10 days below");
        assertThat(why.root().requirement()).isEqualTo("2024-03-01 to 2024-03-31");
    }

    @Test
    void should_write_json_with_the_tree() {
        String json = EXPLAINER.explain(customer(7, 23L, 60_000.0, "GB", null), "young-rich").toJson();
        assertThat(json).contains("\"segment\" : \"young-rich\"", "\"customerId\" : 7", "\"truth\" : \"FALSE\"",
                "\"criterion\" : \"and\"", "\"shortfall\" : \"2 below\"", "\"value\" : \"income 60000.0\"");
    }

    @Test
    void should_name_the_known_segments_for_an_unknown_one() {
        assertThatThrownBy(() -> EXPLAINER.explain(customer(1, 1L, 1, "US", null), "old"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no segment named 'old'; segments are [young, young-rich, not-uk, recent]");
    }
}
