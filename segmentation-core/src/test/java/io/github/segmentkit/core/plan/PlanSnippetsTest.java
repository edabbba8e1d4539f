package io.github.segmentkit.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.core.column.ColumnTable;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of the engine internals in {@code core.plan}, compiled and run here, in their own package,
 * so that they keep compiling when these types stop being public. Checked by {@code JavadocExamplesTest}.
 */
class PlanSnippetsTest {
    private final ColumnTable<TestCustomer> table = ColumnTable.of(TestCustomers.SCHEMA, List.of(
            new TestCustomer(1, 34L, 52_000.0, "CA", true, null, null, null, null),
            new TestCustomer(2, 17L, 0.0, "US", false, null, null, null, null),
            new TestCustomer(3, null, 0.0, "US", false, null, null, null, null)));
    private final List<Segment> segments = List.of(Segment.named("adults").where(TestCustomers.AGE.ge(18L)));
    private final AsOf asOf = AsOf.date(LocalDate.of(2024, 3, 31));

    @Test
    void should_evaluate_a_chunk_into_member_bitmaps() {
        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/plan/EvaluationPlan.java
        EvaluationPlan plan = EvaluationPlan.compile(table, segments, asOf);
        Scratch scratch = plan.newScratch();
        plan.evaluate(0, scratch);
        long[] members = plan.members(scratch, 0);   // bitmap words of segment 0 in chunk 0

        assertThat(members[0]).isEqualTo(0b001L);
    }

    @Test
    void should_reuse_one_scratch_per_thread() {
        EvaluationPlan plan = EvaluationPlan.compile(table, segments, asOf);
        int chunk = 0;
        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/plan/Scratch.java
        Scratch scratch = plan.newScratch();   // once per thread
        plan.evaluate(chunk, scratch);

        assertThat(plan.members(scratch, 0)[0]).isEqualTo(0b001L);
    }

    @Test
    void should_compile_once_per_table() {
        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/plan/package-info.java
        EvaluationPlan plan = EvaluationPlan.compile(table, segments, asOf);

        assertThat(plan.stepCount()).isPositive();
    }

    @Test
    void should_rule_out_points_far_from_the_box() {
        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/plan/GeoBox.java
        GeoBox box = GeoBox.around(GeoPoint.of(51.5074, -0.1278), 15);
        box.mayContain(48.8566, 2.3522);   // false: Paris is 343 km away

        assertThat(box.mayContain(48.8566, 2.3522)).isFalse();
        assertThat(box.mayContain(51.5074, -0.1278)).isTrue();
    }
}
