package io.github.segmentkit.core.plan;

import static io.github.segmentkit.testing.generators.TestCustomers.AGE;
import static io.github.segmentkit.testing.generators.TestCustomers.COUNTRY;
import static io.github.segmentkit.testing.generators.TestCustomers.INTERESTS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.criteria.Criteria;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.core.column.ColumnTable;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationPlanTest {
    private static final List<TestCustomer> CUSTOMERS = List.of(
            new TestCustomer(0, 30L, 1.0, "US", true, null, null, List.of("golf"), null),
            new TestCustomer(1, 17L, 1.0, "CA", true, null, null, List.of(), null),
            new TestCustomer(2, null, 1.0, null, true, null, null, null, null));
    private static final ColumnTable<TestCustomer> TABLE = ColumnTable.of(TestCustomers.SCHEMA, CUSTOMERS);

    private static long members(EvaluationPlan plan, int segment) {
        Scratch scratch = plan.newScratch();
        plan.evaluate(0, scratch);
        return plan.members(scratch, segment)[0] & 0b111;
    }

    private static EvaluationPlan plan(Criterion... criteria) {
        List<Segment> segments = new java.util.ArrayList<>();
        for (int i = 0; i < criteria.length; i++) {
            segments.add(Segment.named("s" + i).where(criteria[i]));
        }
        return EvaluationPlan.compile(TABLE, segments, TestCustomers.AS_OF);
    }

    @Test
    void should_evaluate_an_equal_sub_expression_once_across_segments() {
        Criterion adult = AGE.ge(18L);
        Criterion american = COUNTRY.eq("US");

        EvaluationPlan plan = plan(adult.and(american), AGE.ge(18L).and(COUNTRY.eq("US")), adult.or(INTERESTS
                .containsAny("golf")));

        // adult, american, and(adult, american), golf, or(adult, golf): five distinct nodes for eight written
        assertThat(plan.stepCount()).isEqualTo(5);
        assertThat(members(plan, 0)).isEqualTo(0b001);
        assertThat(members(plan, 1)).isEqualTo(0b001);
        assertThat(members(plan, 2)).isEqualTo(0b001);
    }

    @Test
    void should_resolve_values_missing_from_the_dictionary_to_no_row() {
        EvaluationPlan plan = plan(COUNTRY.in("MX", "BR"), COUNTRY.notIn("MX", "BR"), INTERESTS.containsAll("golf",
                "chess"), INTERESTS.containsNone("chess"));

        assertThat(members(plan, 0)).isZero();
        // not(UNKNOWN) stays UNKNOWN: the customer without a country is in neither
        assertThat(members(plan, 1)).isEqualTo(0b011);
        assertThat(members(plan, 2)).isZero();
        assertThat(members(plan, 3)).isEqualTo(0b011);
    }

    @Test
    void should_reuse_the_members_of_a_referenced_segment_never_unknown() {
        EvaluationPlan plan = plan(AGE.ge(18L), Criteria.not(Criteria.inSegment("s0")));

        assertThat(members(plan, 0)).isEqualTo(0b001);
        // the customer without an age is UNKNOWN for s0, so not a member, so in not(inSegment(s0))
        assertThat(members(plan, 1)).isEqualTo(0b110);
        assertThat(plan.stepCount()).isEqualTo(3);
    }
}
