package io.github.segmentkit.insight.explain;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.testing.ReferenceEvaluator;
import io.github.segmentkit.testing.generators.GenericCustomer;
import io.github.segmentkit.testing.generators.RandomSchemas;
import io.github.segmentkit.testing.generators.TestCustomers;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** For random schemas, customers and criteria, an explanation's truth is the reference evaluator's, node by node. */
class ExplainerPropertyTest {
    @Provide
    Arbitrary<RandomSchemas.Scenario> scenarios() {
        return RandomSchemas.scenarios(40, 5, 5);
    }

    @Property(tries = 80)
    void should_agree_with_the_reference_evaluator_on_membership(
            @ForAll("scenarios") RandomSchemas.Scenario scenario) {
        ReferenceEvaluator<GenericCustomer> oracle = ReferenceEvaluator.of(scenario.schema().schema(),
                scenario.segments(), TestCustomers.AS_OF);
        Explainer<GenericCustomer> explainer = Explainer.of(scenario.schema().schema(), scenario.segments(),
                TestCustomers.AS_OF);
        for (GenericCustomer customer : scenario.customers()) {
            for (Segment segment : scenario.segments()) {
                Explanation why = explainer.explain(customer, segment.name());
                assertThat(why.truth()).as("%s for %s", segment, customer)
                        .isEqualTo(oracle.evaluate(segment.criterion(), customer));
                assertThat(why.isMember()).isEqualTo(oracle.isMember(segment.name(), customer));
                checkNodes(why.root(), oracle, customer);
                why.toJson();   // renders whatever the values
            }
        }
    }

    /** Every node's truth, not only the root's, is the reference evaluator's for that sub-criterion. */
    private static void checkNodes(ExplainedNode node, ReferenceEvaluator<GenericCustomer> oracle,
            GenericCustomer customer) {
        assertThat(node.truth()).as("%s for %s", node.criterion(), customer)
                .isEqualTo(oracle.evaluate(node.criterion(), customer));
        if (!(node.criterion() instanceof io.github.segmentkit.api.criteria.InSegment)) {
            node.children().forEach(child -> checkNodes(child, oracle, customer));
        }
    }
}
