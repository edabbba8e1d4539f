package io.github.segmentkit.io.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.InvalidCustomerDataException;
import io.github.segmentkit.io.runs.ListedResult;
import org.junit.jupiter.api.Test;

class SnapshotDiffTest {
    static final MembershipSnapshot MARCH = MembershipSnapshot.of(RfmRuns.MARCH);
    static final MembershipSnapshot APRIL = MembershipSnapshot.of(RfmRuns.APRIL);

    @Test
    void should_hold_a_results_population_and_members() {
        assertThat(MARCH.customerCount()).isEqualTo(7);
        assertThat(MARCH.segmentNames()).containsExactly("champions", "loyal", "at-risk");
        assertThat(MARCH.memberIds("at-risk")).containsExactly(5, 7);
        assertThat(MARCH.unsegmentedIds()).containsExactly(6);
        assertThat(MARCH.isMember("loyal", 4)).isTrue();
        assertThat(MARCH.contains(8)).isFalse();
        assertThatThrownBy(() -> MARCH.count("vip")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("segment 'vip' is not in a segmentation result of 7 customers")
                .hasMessageContaining("[champions, loyal, at-risk]");
    }

    @Test
    void should_say_who_entered_and_who_exited_each_segment() {
        SnapshotDiff diff = SnapshotDiff.between(MARCH, APRIL);

        assertThat(diff.segmentNames()).containsExactly("champions", "loyal", "at-risk");
        SegmentChange champions = diff.change("champions");
        assertThat(champions.enteredIds()).containsExactly(6, 8);
        assertThat(champions.exitedIds()).containsExactly(2);
        assertThat(champions.stayedCount()).isEqualTo(1);
        assertThat(champions.countBefore()).isEqualTo(2);
        assertThat(champions.countAfter()).isEqualTo(3);
        assertThat(champions).hasToString("champions: 2 -> 3 (+2, -1)");
        assertThat(diff.change("loyal").enteredIds()).containsExactly(2);
        assertThat(diff.change("loyal").exitedIds()).containsExactly(4);
        assertThat(diff.change("at-risk").enteredIds()).containsExactly(4);
        assertThat(diff.change("at-risk").exitedIds()).containsExactly(5, 7);
        assertThat(diff.change("at-risk").stayedCount()).isZero();
        assertThat(diff.joinedIds()).containsExactly(8, 9);
        assertThat(diff.leftIds()).containsExactly(5);
    }

    @Test
    void should_count_a_segment_of_one_run_only_as_entered_or_exited_by_all() {
        MembershipSnapshot before = MembershipSnapshot.of(ListedResult.withSegments("old").customer(-3, "old")
                .customer(Long.MAX_VALUE, "old").customer(Long.MIN_VALUE).build());
        MembershipSnapshot after = MembershipSnapshot.of(ListedResult.withSegments("new").customer(-3)
                .customer(Long.MIN_VALUE, "new").build());

        SnapshotDiff diff = SnapshotDiff.between(before, after);

        assertThat(diff.segmentNames()).containsExactly("old", "new");
        assertThat(diff.change("old").exitedIds()).containsExactly(-3, Long.MAX_VALUE);
        assertThat(diff.change("old").countAfter()).isZero();
        assertThat(diff.change("new").enteredIds()).containsExactly(Long.MIN_VALUE);
        assertThat(diff.leftIds()).containsExactly(Long.MAX_VALUE);
        assertThatThrownBy(() -> diff.change("gone")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("segment 'gone' is in neither run; they have [old, new]");
    }

    @Test
    void should_refuse_a_result_with_a_repeated_id() {
        ListedResult twice = ListedResult.withSegments("a").customer(4).customer(4, "a").build();

        assertThatThrownBy(() -> MembershipSnapshot.of(twice)).isInstanceOf(InvalidCustomerDataException.class)
                .hasMessageContaining("row 1 (0-based), customer 4");
    }
}
