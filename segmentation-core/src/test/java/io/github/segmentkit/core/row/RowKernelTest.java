package io.github.segmentkit.core.row;

import static io.github.segmentkit.api.criteria.Criteria.and;
import static io.github.segmentkit.api.criteria.Criteria.inSegment;
import static io.github.segmentkit.api.criteria.Criteria.or;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.InvalidCustomerDataException;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.testing.ReferenceEvaluator;
import io.github.segmentkit.testing.generators.GenericCustomer;
import io.github.segmentkit.testing.generators.RandomSchemas;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The generated row code ({@link RowKernelGenerator}) against the interpreted loops and the reference evaluator: the
 * same memberships and the same leaf truths, on random schemas and segments and on plans shaped to reach each limit
 * of the generator (several generated methods, several words of atoms, too many terms to decide, too many leaves to
 * generate at all).
 */
class RowKernelTest {
    private static final AsOf AS_OF = AsOf.date(LocalDate.of(2025, 1, 1));
    private static final int ATTRIBUTES = 70;
    private static final List<LongAttribute> NUMBERS = IntStream.range(0, ATTRIBUTES)
            .mapToObj(i -> Attribute.ofLong("n" + i)).toList();

    /** A customer with one whole number per attribute; {@code null} for a missing one. */
    record Row(long id, List<Long> values) {
    }

    /** Seventy nullable whole-number attributes: more than one generated read method holds. */
    private static CustomerSchema<Row> schema() {
        CustomerSchema.Builder<Row> builder = CustomerSchema.builder(Row::id);
        for (int i = 0; i < ATTRIBUTES; i++) {
            int at = i;
            builder.nullableNumeric(NUMBERS.get(i), row -> row.values().get(at));
        }
        return builder.build();
    }

    @Property(tries = 60)
    void should_decide_random_segments_as_the_interpreted_loops_and_the_reference_do(
            @ForAll("scenarios") RandomSchemas.Scenario scenario) {
        CustomerSchema<GenericCustomer> schema = scenario.schema().schema();
        SegmentPlan<GenericCustomer> generated = new SegmentPlan<>(schema, scenario.segments(), 0);
        SegmentPlan<GenericCustomer> interpreted = new SegmentPlan<>(schema, scenario.segments(), -1);
        ReferenceEvaluator<GenericCustomer> oracle = ReferenceEvaluator.of(schema, scenario.segments(),
                TestCustomers.AS_OF);
        assertThat(generated.isGenerated()).isTrue();
        assertThat(interpreted.isGenerated()).isFalse();

        RowContext generatedContext = generated.newContext(TestCustomers.AS_OF);
        RowContext interpretedContext = interpreted.newContext(TestCustomers.AS_OF);
        for (GenericCustomer customer : scenario.customers()) {
            long[] bits = generated.memberBits(customer, generatedContext);
            assertThat(bits).isEqualTo(interpreted.memberBits(customer, interpretedContext));
            assertThat(generatedContext.leafTruths).isEqualTo(interpretedContext.leafTruths);
            assertThat(names(generated, bits)).isEqualTo(oracle.segmentsOf(customer));
        }
    }

    @Provide
    Arbitrary<RandomSchemas.Scenario> scenarios() {
        // up to 90 segments: plans of more than 64 leaves and atoms, over several generated methods and words
        return RandomSchemas.scenarios(40, 90, 3);
    }

    @Test
    void should_spread_many_leaves_over_several_methods_and_words() {
        // 130 segments "n<i % 70> = <i>": 130 distinct leaves (three test methods), 260 atoms (five words)
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            segments.add(Segment.named("s" + i).where(NUMBERS.get(i % ATTRIBUTES).eq(i)));
        }
        SegmentPlan<Row> plan = new SegmentPlan<>(schema(), segments, 0);
        assertThat(plan.isGenerated()).isTrue();
        assertThat(plan.leafCount()).isEqualTo(130);
        RowContext context = plan.newContext(AS_OF);

        for (int k = 0; k < 130; k++) {
            // attribute k % 70 holds k, every other one is missing: segment k alone holds (k and k + 70 share an
            // attribute, and only one of their values can be there)
            List<Long> values = new ArrayList<>();
            for (int i = 0; i < ATTRIBUTES; i++) {
                values.add(i == k % ATTRIBUTES ? (long) k : null);
            }
            long[] bits = plan.memberBits(new Row(k, values), context);

            long[] expected = new long[plan.words()];
            expected[k >>> 6] = 1L << k;
            assertThat(bits).as("customer %d", k).isEqualTo(expected);
            for (int leaf = 0; leaf < 130; leaf++) {
                int expectedTruth = leaf == k ? RowPredicate.TRUE
                        : leaf % ATTRIBUTES == k % ATTRIBUTES ? RowPredicate.FALSE : RowPredicate.UNKNOWN;
                assertThat(context.leafTruths[leaf]).as("leaf %d of customer %d", leaf, k).isEqualTo(
                        (byte) expectedTruth);
            }
        }
    }

    @Test
    void should_decide_segments_that_refer_to_others_in_generated_code() {
        List<Segment> segments = List.of(
                Segment.named("both").where(and(inSegment("low"), inSegment("even"))),
                Segment.named("low").where(NUMBERS.get(0).lt(10)),
                Segment.named("even").where(NUMBERS.get(1).eq(0)),
                Segment.named("either").where(or(inSegment("low"), inSegment("both"))));
        SegmentPlan<Row> plan = new SegmentPlan<>(schema(), segments, 0);
        assertThat(plan.decidesInGeneratedCode()).isTrue();
        RowContext context = plan.newContext(AS_OF);

        assertThat(plan.memberBits(row(5, 0), context)).containsExactly(0b1111L);
        assertThat(plan.memberBits(row(5, 1), context)).containsExactly(0b1010L);
        assertThat(plan.memberBits(row(50, 0), context)).containsExactly(0b0100L);
        assertThat(plan.memberBits(row(50, 1), context)).containsExactly(0b0000L);
    }

    @Test
    void should_generate_its_code_after_a_thousand_customers_with_the_same_answers_before_and_after() {
        assumeTrue(System.getProperty(RowKernel.ROW_CODE_PROPERTY) == null, "the default choice of row code");
        List<Segment> segments = List.of(
                Segment.named("both").where(and(inSegment("low"), inSegment("even"))),
                Segment.named("low").where(NUMBERS.get(0).lt(10)),
                Segment.named("even").where(NUMBERS.get(1).eq(0)),
                Segment.named("either").where(or(inSegment("low"), inSegment("both"))));
        SegmentPlan<Row> plan = new SegmentPlan<>(schema(), segments);
        RowContext context = plan.newContext(AS_OF);

        for (int i = 0; i < SegmentPlan.GENERATE_AFTER + 10; i++) {
            assertThat(plan.isGenerated()).as("before customer %d", i).isEqualTo(i >= SegmentPlan.GENERATE_AFTER);
            long first = i % 20;
            long second = i % 3;
            boolean low = first < 10;
            boolean even = second == 0;
            long expected = (low && even ? 1 : 0) | (low ? 2 : 0) | (even ? 4 : 0) | (low ? 8 : 0);
            assertThat(plan.memberBits(row(first, second), context)).as("customer %d", i).containsExactly(expected);
        }
    }

    @Test
    void should_keep_the_loop_for_segments_with_more_terms_than_one_generated_method_decides() {
        // and(or(a, b), or(c, d), or(e, f)) has eight terms; 30 such segments, 240 terms, on 6 leaves: one word
        List<Segment> segments = new ArrayList<>();
        Criterion threePairs = and(or(NUMBERS.get(0).eq(1), NUMBERS.get(1).eq(1)),
                or(NUMBERS.get(2).eq(1), NUMBERS.get(3).eq(1)), or(NUMBERS.get(4).eq(1), NUMBERS.get(5).eq(1)));
        for (int i = 0; i < 30; i++) {
            segments.add(Segment.named("s" + i).where(threePairs));
        }
        SegmentPlan<Row> plan = new SegmentPlan<>(schema(), segments, 0);
        RowKernel.SegmentDecisions decisions = RowKernel.SegmentDecisions.of(TruthTerms.of(programs(plan), 6),
                plan.order(), 6);
        assertThat(decisions.termCount()).isGreaterThan(RowKernelGenerator.MAX_TERMS);
        assertThat(plan.isGenerated()).isTrue();
        assertThat(plan.decidesInGeneratedCode()).isFalse();
        RowContext context = plan.newContext(AS_OF);

        // the first five attributes 1, 0, 1, 0, 1 and the sixth missing: each pair has a 1
        List<Long> holds = new ArrayList<>(Collections.nCopies(ATTRIBUTES, (Long) null));
        for (int i = 0; i < 5; i++) {
            holds.set(i, (long) ((i + 1) % 2));
        }
        long everyone = (1L << 30) - 1;
        assertThat(plan.memberBits(new Row(1, holds), context)).containsExactly(everyone);
        // the third pair without a 1: no segment
        holds.set(4, 0L);
        assertThat(plan.memberBits(new Row(2, holds), context)).containsExactly(0L);
    }

    @Test
    void should_interpret_a_plan_with_more_leaves_than_one_class_holds() {
        int count = RowKernelGenerator.MAX_CONSTANTS;   // with the 70 readers: over the limit
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            segments.add(Segment.named("s" + i).where(NUMBERS.get(0).eq(i)));
        }
        SegmentPlan<Row> plan = new SegmentPlan<>(schema(), segments, 0);
        assertThat(plan.isGenerated()).isFalse();

        long[] bits = plan.memberBits(row(4_000, 0), plan.newContext(AS_OF));
        long[] expected = new long[plan.words()];
        expected[4_000 >>> 6] = 1L << 4_000;
        assertThat(bits).isEqualTo(expected);
    }

    @Test
    void should_name_the_attribute_whose_extractor_failed_in_generated_code() {
        CustomerSchema.Builder<Row> builder = CustomerSchema.builder(Row::id);
        for (int i = 0; i < ATTRIBUTES; i++) {
            int at = i;
            builder.nullableNumeric(NUMBERS.get(i), row -> {
                if (at == 66 && row.id() == 7) {
                    throw new IllegalStateException("no value for customer 7");
                }
                return row.values().get(at);
            });
        }
        SegmentPlan<Row> plan = new SegmentPlan<>(builder.build(), List.of(Segment.named("any")
                .where(NUMBERS.get(0).ge(0))), 0);
        RowContext context = plan.newContext(AS_OF);

        assertThat(plan.memberBits(row(1, 2), context)).containsExactly(1L);
        assertThatThrownBy(() -> plan.memberBits(new Row(7, row(1, 2).values()), context))
                .isInstanceOf(InvalidCustomerDataException.class)
                .hasMessageContaining("n66")
                .hasMessageContaining("7")
                .hasMessageContaining("no value for customer 7")
                .satisfies(e -> assertThat(((InvalidCustomerDataException) e).attribute()).isEqualTo("n66"));
    }

    @Test
    void should_refuse_an_unknown_choice_of_row_code() {
        assertThat(RowKernel.generates("generated")).isTrue();
        assertThat(RowKernel.generates("interpreted")).isFalse();
        assertThatThrownBy(() -> RowKernel.generates("compiled"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("segmentkit.rowCode")
                .hasMessageContaining("'compiled'");
    }

    /** A customer whose first two attributes are {@code first} and {@code second}, the others missing. */
    private static Row row(long first, long second) {
        List<Long> values = new ArrayList<>(Collections.nCopies(ATTRIBUTES, (Long) null));
        values.set(0, first);
        values.set(1, second);
        return new Row(first, values);
    }

    private static int[][] programs(SegmentPlan<Row> plan) {
        int[][] programs = new int[plan.size()][];
        for (int s = 0; s < plan.size(); s++) {
            programs[s] = plan.program(s);
        }
        return programs;
    }

    private static Set<String> names(SegmentPlan<?> plan, long[] bits) {
        Set<String> names = new LinkedHashSet<>();
        for (int s = 0; s < plan.size(); s++) {
            if ((bits[s >>> 6] & (1L << s)) != 0) {
                names.add(plan.segments().get(s).name());
            }
        }
        return names;
    }
}
