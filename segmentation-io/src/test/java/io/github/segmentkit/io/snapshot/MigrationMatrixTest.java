package io.github.segmentkit.io.snapshot;

import static io.github.segmentkit.io.snapshot.MigrationMatrix.ABSENT;
import static io.github.segmentkit.io.snapshot.MigrationMatrix.UNSEGMENTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.io.runs.ListedResult;
import org.junit.jupiter.api.Test;

class MigrationMatrixTest {
    @Test
    void should_count_every_customer_of_either_run_in_exactly_one_cell() {
        MigrationMatrix moves = MigrationMatrix.between(SnapshotDiffTest.MARCH, SnapshotDiffTest.APRIL);

        assertThat(moves.fromCategories()).containsExactly("champions", "loyal", "at-risk", UNSEGMENTED, ABSENT);
        assertThat(moves.toCategories()).containsExactly("champions", "loyal", "at-risk", UNSEGMENTED, ABSENT);
        // worked by hand from the table in RfmRuns
        assertThat(moves.counts()).isDeepEqualTo(new long[][] {
                {1, 1, 0, 0, 0},    // champions: 1 stayed, 2 became loyal
                {0, 1, 1, 0, 0},    // loyal: 3 stayed, 4 became at-risk
                {0, 0, 0, 1, 1},    // at-risk: 7 fell out of every segment, 5 left
                {1, 0, 0, 0, 0},    // unsegmented: 6 became a champion
                {1, 0, 0, 1, 0}});  // absent in March: 8 joined as a champion, 9 joined in no segment
        assertThat(moves.ids("champions", "loyal")).containsExactly(2);
        assertThat(moves.ids(ABSENT, "champions")).containsExactly(8);
        assertThat(moves.ids("at-risk", ABSENT)).containsExactly(5);
        assertThat(moves.count(ABSENT, ABSENT)).isZero();
        assertThat(moves.rowTotal("at-risk")).isEqualTo(2);
        assertThat(moves.columnTotal("champions")).isEqualTo(3);
        assertThat(moves.columnTotal(ABSENT)).isEqualTo(1);
    }

    @Test
    void should_print_an_aligned_table() {
        MigrationMatrix moves = MigrationMatrix.between(SnapshotDiffTest.MARCH, SnapshotDiffTest.APRIL);

        assertThat(moves.toString().lines()).hasSize(6).first().asString()
                .startsWith("from\\to      ").contains("champions").endsWith("     (absent)");
        String cell = " ".repeat(13 - 1);   // every column as wide as the longest name, "(unsegmented)"
        assertThat(moves.toString().lines().skip(5).findFirst()).hasValue("(absent)" + " ".repeat(13 - 8)
                + " " + cell + "1" + " " + cell + "0" + " " + cell + "0" + " " + cell + "1" + " " + cell + "0");
    }

    @Test
    void should_refuse_an_overlapping_run_naming_customer_and_segments() {
        MembershipSnapshot overlapping = MembershipSnapshot.of(ListedResult.withSegments("vip", "young", "new")
                .customer(5, "new").customer(-2, "young", "new").customer(9, "vip").build());

        assertThatThrownBy(() -> MigrationMatrix.between(SnapshotDiffTest.MARCH, overlapping))
                .isInstanceOfSatisfying(NotExclusiveException.class, e -> {
                    assertThat(e.customerId()).isEqualTo(-2);
                    assertThat(e.firstSegment()).isEqualTo("young");
                    assertThat(e.secondSegment()).isEqualTo("new");
                })
                .hasMessageStartingWith("the later run (a segmentation result of 3 customers) is not exclusive: "
                        + "customer -2 is in both 'young' and 'new'");
    }

    @Test
    void should_refuse_a_segment_named_like_its_own_rows_and_unknown_categories() {
        MembershipSnapshot odd = MembershipSnapshot.of(ListedResult.withSegments(ABSENT).customer(1).build());
        MigrationMatrix moves = MigrationMatrix.between(SnapshotDiffTest.MARCH, SnapshotDiffTest.APRIL);

        assertThatThrownBy(() -> MigrationMatrix.between(odd, SnapshotDiffTest.APRIL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a segment named '(absent)'");
        assertThatThrownBy(() -> moves.count("champion", "loyal")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'champion' is not a row of the migration matrix; its rows are "
                        + "[champions, loyal, at-risk, (unsegmented), (absent)]");
    }
}
