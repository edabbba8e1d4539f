package io.github.segmentkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.result.SegmentCounts;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.api.spi.SegmenterDefinition;
import io.github.segmentkit.testing.ReferenceEvaluator;
import io.github.segmentkit.testing.ReferenceResult;
import io.github.segmentkit.testing.generators.Generators;
import io.github.segmentkit.testing.generators.RandomSchemas;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * SQL against the {@link ReferenceEvaluator} on the generative suite's random data, in one statement per try: random
 * schemas (every kind, nanosecond instants as epoch nanoseconds where the database keeps microseconds, missing
 * doubles as NULL and as NaN), and the fixed schema with the database's own timestamp type. Members, unsegmented
 * customers and the counting statement must all match. The last property's tries come from
 * {@code jqwik.tries.default}, which the build sets from {@code segmentkit.sql.extraTries} (30 in {@code verify},
 * 2,000 under {@code -Pexhaustive}).
 */
abstract class SqlDifferentialIT implements OnDatabase {

    @AfterContainer
    static void closeDatabases() throws Exception {
        Databases.closeAll();
    }

    @Provide
    Arbitrary<RandomSchemas.Scenario> scenarios() {
        return RandomSchemas.scenarios(120, 6, 6);
    }

    @Property(tries = 220)
    void should_find_the_reference_members_and_counts_on_random_schemas(
            @ForAll("scenarios") RandomSchemas.Scenario scenario) {
        check(scenario.schema().schema(), scenario.customers(), scenario.segments(),
                database().dialect().timestampPrecisionNanos() > 1);
    }

    @Provide
    Arbitrary<List<TestCustomer>> customers() {
        return Generators.customers().list().ofMaxSize(150);
    }

    @Provide
    Arbitrary<List<Segment>> segments() {
        return Generators.segments(6, 6);
    }

    @Property(tries = 110)
    void should_find_the_reference_members_and_counts_with_native_timestamps(
            @ForAll("customers") List<TestCustomer> customers, @ForAll("segments") List<Segment> segments) {
        check(TestCustomers.SCHEMA, customers, segments, false);
    }

    /** Tries from {@code jqwik.tries.default}. */
    @Property
    void should_find_the_reference_members_and_counts_of_more_random_scenarios(
            @ForAll("scenarios") RandomSchemas.Scenario scenario) {
        should_find_the_reference_members_and_counts_on_random_schemas(scenario);
    }

    private <T> void check(CustomerSchema<T> schema, List<T> customers, List<Segment> segments, boolean epochNanos) {
        SqlSegmenter<T> sql = new SqlSegmenter<>(database(), new SegmenterDefinition<>(schema, segments,
                Clock.fixed(TestCustomers.AS_OF.instant(), ZoneOffset.UTC), 1),
                new TableLoader<>(database(), schema, epochNanos, ""), counter());
        ReferenceResult expected = ReferenceEvaluator.of(schema, segments, TestCustomers.AS_OF).segment(customers);

        SqlSegmentationResult actual = sql.segment(customers);
        int[] counts = sql.counts();

        assertThat(actual.customerCount()).isEqualTo(customers.size());
        SegmentCounts pushedDown = sql.pushedDownCounts();
        assertThat(pushedDown.customerCount()).isEqualTo(customers.size());
        assertThat(pushedDown.unsegmentedCount()).as("customers in no segment, counted by the database")
                .isEqualTo(expected.unsegmentedIds().length);
        for (int s = 0; s < segments.size(); s++) {
            String name = segments.get(s).name();
            assertThat(actual.memberIds(name)).as("members of %s", segments.get(s))
                    .containsExactly(expected.memberIds(name));
            assertThat(counts[s]).as("count of %s", name).isEqualTo(expected.count(name));
        }
        assertThat(actual.unsegmentedIds()).containsExactly(expected.unsegmentedIds());
    }
}
