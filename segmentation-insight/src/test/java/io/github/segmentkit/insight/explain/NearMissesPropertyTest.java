package io.github.segmentkit.insight.explain;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Truth;
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
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Near misses against brute force: for every customer, every leaf evaluated alone by the reference evaluator, the
 * failing ones counted, the non-members with exactly one tallied by leaf.
 */
class NearMissesPropertyTest {
    @Provide
    Arbitrary<RandomSchemas.Scenario> scenarios() {
        return RandomSchemas.scenarios(150, 5, 4);
    }

    @Property(tries = 60)
    void should_count_the_non_members_failing_exactly_one_leaf(@ForAll("scenarios") RandomSchemas.Scenario scenario) {
        var schema = scenario.schema().schema();
        SegmenterDefinition<GenericCustomer> definition = new SegmenterDefinition<>(schema, scenario.segments(),
                Clock.fixed(TestCustomers.AS_OF.instant(), ZoneOffset.UTC), 1);
        NearMissReport report = NearMisses.count(definition, CustomerTable.of(schema, scenario.customers(), 64));

        ReferenceEvaluator<GenericCustomer> oracle = ReferenceEvaluator.of(schema, scenario.segments(),
                TestCustomers.AS_OF);
        assertThat(report.segments()).hasSameSizeAs(scenario.segments());
        for (Segment segment : scenario.segments()) {
            List<IndependentLeaves.Found> leaves = IndependentLeaves.of(segment.criterion());
            int[] expected = new int[leaves.size()];
            int members = 0;
            for (GenericCustomer customer : scenario.customers()) {
                if (oracle.isMember(segment.name(), customer)) {
                    members++;
                    continue;
                }
                List<Integer> failing = new ArrayList<>();
                for (int l = 0; l < leaves.size(); l++) {
                    Truth needed = leaves.get(l).negated() ? Truth.FALSE : Truth.TRUE;
                    if (oracle.evaluate(leaves.get(l).leaf(), customer) != needed) {
                        failing.add(l);
                    }
                }
                if (failing.size() == 1) {
                    expected[failing.get(0)]++;
                }
            }
            SegmentNearMisses actual = report.segment(segment.name());
            assertThat(actual.members()).as(segment.name()).isEqualTo(members);
            assertThat(actual.leaves()).hasSameSizeAs(leaves);
            for (int l = 0; l < leaves.size(); l++) {
                LeafNearMisses leaf = actual.leaves().get(l);
                assertThat(leaf.leaf().criterion()).isEqualTo(leaves.get(l).leaf());
                assertThat(leaf.leaf().negated()).isEqualTo(leaves.get(l).negated());
                assertThat(leaf.customers()).as("%s leaf %d %s", segment.name(), l, leaf.leaf()).isEqualTo(expected[l]);
            }
        }
    }
}
