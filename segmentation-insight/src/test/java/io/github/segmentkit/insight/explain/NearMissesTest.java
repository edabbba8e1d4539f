package io.github.segmentkit.insight.explain;

import static io.github.segmentkit.testing.generators.TestCustomers.AGE;
import static io.github.segmentkit.testing.generators.TestCustomers.COUNTRY;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.spi.SegmenterDefinition;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Near misses of hand-made customers, each worked out by hand. */
class NearMissesTest {
    private static TestCustomer customer(long id, Long age, String country) {
        return new TestCustomer(id, age, 0, country, null, null, null, null, null);
    }

    @Test
    void should_count_each_non_member_under_its_only_failing_leaf() {
        List<Segment> segments = List.of(Segment.named("young-us").where(AGE.between(25, 34).and(COUNTRY.eq("US"))),
                Segment.named("not-young-us").where(AGE.between(25, 34).and(COUNTRY.eq("US")).negate()));
        List<TestCustomer> customers = List.of(
                customer(1, 23L, "US"),    // fails the age only
                customer(2, 30L, "GB"),    // fails the country only
                customer(3, 23L, "GB"),    // fails both: no near miss
                customer(4, 30L, "US"),    // member
                customer(5, null, "US"),   // age UNKNOWN fails it too
                customer(6, 30L, null));   // country UNKNOWN
        NearMissReport report = NearMisses.count(new SegmenterDefinition<>(TestCustomers.SCHEMA, segments, null, 1),
                CustomerTable.of(TestCustomers.SCHEMA, customers));

        SegmentNearMisses youngUs = report.segment("young-us");
        assertThat(youngUs.members()).isEqualTo(1);
        assertThat(youngUs.leaves()).extracting(LeafNearMisses::customers).containsExactly(2, 2);
        assertThat(youngUs.total()).isEqualTo(4);
        // under not the leaves must be FALSE: 1, 2 and 3 are members (the and is FALSE); of the others 4 fails both
        // leaves, 5 and 6 an UNKNOWN one and a TRUE one: nobody misses by exactly one
        SegmentNearMisses negated = report.segment("not-young-us");
        assertThat(negated.members()).isEqualTo(3);
        assertThat(negated.leaves()).extracting(l -> l.leaf().negated()).containsExactly(true, true);
        assertThat(negated.leaves()).extracting(LeafNearMisses::customers).containsExactly(0, 0);
        assertThat(report.toJson()).contains("\"segment\" : \"young-us\"", "\"nearMisses\" : 4",
                "\"criterion\" : \"age.between(25, 34)\"");
    }
}
