package io.github.segmentkit.campaign.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.segmentkit.io.snapshot.MembershipSnapshot;
import io.github.segmentkit.io.snapshot.MigrationMatrix;
import io.github.segmentkit.io.snapshot.SnapshotReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentMovementTest {

    private static MembershipSnapshot snapshot(String name, String rows) {
        return SnapshotReader.create().readCsv(new StringReader("customer_id,segment,as_of\n" + rows), name);
    }

    @Test
    void should_count_moves_with_row_shares_from_two_snapshots() {
        // March: champions 1, 2, 3, 4; at-risk 5, 6. April: champions 1, 2; at-risk 3, 5, 7 (new); 4 and 6 gone.
        // champions -> champions 2, -> at-risk 1, -> absent 1 (row of 4: shares 0.5, 0.25, 0.25);
        // at-risk -> at-risk 1, -> absent 1; absent -> at-risk 1
        MembershipSnapshot march = snapshot("march", """
                1,champions,2024-03-31
                2,champions,2024-03-31
                3,champions,2024-03-31
                4,champions,2024-03-31
                5,at-risk,2024-03-31
                6,at-risk,2024-03-31
                """);
        MembershipSnapshot april = snapshot("april", """
                1,champions,2024-04-30
                2,champions,2024-04-30
                3,at-risk,2024-04-30
                5,at-risk,2024-04-30
                7,at-risk,2024-04-30
                """);

        SegmentMovement movement = SegmentMovement.between(march, april);

        String absent = MigrationMatrix.ABSENT;
        assertThat(movement.from()).containsExactly("champions", "at-risk", MigrationMatrix.UNSEGMENTED, absent);
        assertThat(movement.counts()).containsExactly(
                List.of(2L, 1L, 0L, 1L),
                List.of(0L, 1L, 0L, 1L),
                List.of(0L, 0L, 0L, 0L),
                List.of(0L, 1L, 0L, 0L));
        assertThat(movement.count("champions", "at-risk")).isEqualTo(1);
        assertThat(movement.rowTotal("champions")).isEqualTo(4);
        assertThat(movement.rowShare("champions", "champions").orElseThrow()).isCloseTo(0.5, within(1e-15));
        assertThat(movement.rowShare("champions", absent).orElseThrow()).isCloseTo(0.25, within(1e-15));
        assertThat(movement.rowShare(MigrationMatrix.UNSEGMENTED, "champions")).isEmpty();
        assertThatThrownBy(() -> movement.count("champion", "at-risk"))
                .hasMessageStartingWith("'champion' is not a row of the movement");
    }

    @Test
    void should_refuse_counts_that_do_not_fit_the_names() {
        assertThatThrownBy(() -> new SegmentMovement(List.of("a"), List.of("b", "c"), List.of(List.of(1L))))
                .hasMessage("a row of 1 counts for 2 columns");
    }
}
