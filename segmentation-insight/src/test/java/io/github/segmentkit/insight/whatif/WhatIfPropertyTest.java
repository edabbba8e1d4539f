package io.github.segmentkit.insight.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.attribute.OrderedAttribute;
import io.github.segmentkit.api.criteria.Between;
import io.github.segmentkit.api.criteria.Comparison;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.spi.SegmenterDefinition;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.insight.IndependentLeaves;
import io.github.segmentkit.testing.ReferenceEvaluator;
import io.github.segmentkit.testing.generators.GenericCustomer;
import io.github.segmentkit.testing.generators.RandomSchemas;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A sweep's count at each candidate against re-segmenting with the reference evaluator: the leaf rebuilt with the
 * candidate as its bound, every customer evaluated afresh.
 */
class WhatIfPropertyTest {
    @Provide
    Arbitrary<RandomSchemas.Scenario> scenarios() {
        return RandomSchemas.scenarios(120, 4, 4);
    }

    @Property(tries = 50)
    @SuppressWarnings({"unchecked", "rawtypes"})
    void should_count_as_re_segmenting_per_bound(@ForAll("scenarios") RandomSchemas.Scenario scenario,
            @ForAll long seed) {
        var schema = scenario.schema().schema();
        SegmenterDefinition<GenericCustomer> definition = new SegmenterDefinition<>(schema, scenario.segments(),
                Clock.fixed(TestCustomers.AS_OF.instant(), ZoneOffset.UTC), 1);
        CustomerTable<GenericCustomer> table = CustomerTable.of(schema, scenario.customers(), 64);
        Random random = new Random(seed);
        for (int s = 0; s < scenario.segments().size(); s++) {
            Segment segment = scenario.segments().get(s);
            List<IndependentLeaves.Found> leaves = IndependentLeaves.of(segment.criterion());
            for (int l = 0; l < leaves.size(); l++) {
                Criterion leaf = leaves.get(l).leaf();
                OrderedAttribute<?> attribute = leaf instanceof Comparison<?> c ? c.attribute()
                        : leaf instanceof Between<?> b ? b.attribute() : null;
                if (attribute == null || attribute.kind() != AttributeKind.LONG
                        && attribute.kind() != AttributeKind.DOUBLE) {
                    continue;
                }
                boolean isDouble = attribute.kind() == AttributeKind.DOUBLE;
                List<SweptBound> bounds = leaf instanceof Comparison<?> ? List.of(SweptBound.VALUE)
                        : List.of(SweptBound.LOW, SweptBound.HIGH);
                for (SweptBound bound : bounds) {
                    List<Object> candidates = candidates(scenario, attribute, isDouble, random);
                    ThresholdSweep sweep = isDouble
                            ? WhatIf.sweep(definition, table, segment.name(), l, bound,
                                    candidates.stream().mapToDouble(v -> (Double) v).toArray())
                            : WhatIf.sweep(definition, table, segment.name(), l, bound,
                                    candidates.stream().mapToLong(v -> (Long) v).toArray());
                    assertThat(sweep.points()).hasSameSizeAs(candidates);
                    for (int i = 0; i < candidates.size(); i++) {
                        Object candidate = candidates.get(i);
                        Criterion changed = IndependentLeaves.replace(segment.criterion(), l, old -> {
                            if (old instanceof Comparison c) {
                                return new Comparison(c.attribute(), c.operator(), candidate);
                            }
                            Between b = (Between) old;
                            return bound == SweptBound.LOW ? new Between(b.attribute(), candidate, b.high())
                                    : new Between(b.attribute(), b.low(), candidate);
                        });
                        List<Segment> resegmented = new ArrayList<>(scenario.segments());
                        resegmented.set(s, Segment.named(segment.name()).where(changed));
                        ReferenceEvaluator<GenericCustomer> oracle = ReferenceEvaluator.of(schema, resegmented,
                                TestCustomers.AS_OF);
                        long expected = scenario.customers().stream()
                                .filter(c -> oracle.evaluate(changed, c).isTrue()).count();
                        assertThat(sweep.points().get(i).members()).as("%s leaf %d %s at %s", segment.name(), l,
                                bound, candidate).isEqualTo((int) expected);
                        assertThat(sweep.points().get(i).bound()).isEqualTo(candidate);
                    }
                }
            }
        }
    }

    /** Candidates from the generators' awkward pool and from the customers' own values, with repeats. */
    private static List<Object> candidates(RandomSchemas.Scenario scenario, OrderedAttribute<?> attribute,
            boolean isDouble, Random random) {
        List<Object> pool = new ArrayList<>(isDouble ? TestCustomers.INCOMES : TestCustomers.AGES);
        int index = scenario.schema().attributes().indexOf(attribute);
        for (GenericCustomer customer : scenario.customers()) {
            Object value = customer.values()[index];
            if (value != null && !(value instanceof Double d && d.isNaN())) {
                pool.add(value);
            }
        }
        List<Object> candidates = new ArrayList<>();
        int count = 1 + random.nextInt(12);
        for (int i = 0; i < count; i++) {
            candidates.add(pool.get(random.nextInt(pool.size())));
        }
        return candidates;
    }
}
