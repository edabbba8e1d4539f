package io.github.segmentkit.io.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.InvalidCustomerDataException;
import io.github.segmentkit.io.runs.ListedResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MembershipRowsTest {
    /** Five customers: 10 in a, 30 in a and b, 40 in b, 20 and 50 in nothing. */
    static final ListedResult RUN = ListedResult.withSegments("a", "b")
            .customer(10, "a").customer(20).customer(30, "a", "b").customer(40, "b").customer(50).build();

    @Test
    void should_stream_memberships_segment_by_segment_in_input_order() {
        List<Membership> seen = new ArrayList<>();
        MembershipRows rows = MembershipRows.of(RUN);

        rows.forEach(seen::add);

        assertThat(seen).containsExactly(new Membership(10, "a"), new Membership(30, "a"), new Membership(30, "b"),
                new Membership(40, "b"));
        assertThat(rows.count()).isEqualTo(4);
        assertThat(rows.segmentNames()).containsExactly("a", "b");
        assertThat(rows.unsegmentedLabel()).isEmpty();
    }

    @Test
    void should_give_each_unsegmented_customer_one_labelled_row_when_asked() {
        List<Membership> seen = new ArrayList<>();
        MembershipRows rows = MembershipRows.of(RUN).withUnsegmentedAs("none");

        rows.forEach(seen::add);

        assertThat(seen).containsExactly(new Membership(10, "a"), new Membership(30, "a"), new Membership(30, "b"),
                new Membership(40, "b"), new Membership(20, "none"), new Membership(50, "none"));
        assertThat(rows.count()).isEqualTo(6);
        assertThat(rows.segmentNames()).containsExactly("a", "b", "none");
        assertThat(seen.stream().map(Membership::customerId).distinct()).containsExactlyInAnyOrder(10L, 20L, 30L,
                40L, 50L);
    }

    @Test
    void should_refuse_a_label_that_is_a_segment_name_or_not_a_name() {
        MembershipRows rows = MembershipRows.of(RUN);

        assertThatThrownBy(() -> rows.withUnsegmentedAs("b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'b' is also the name of a segment");
        assertThatThrownBy(() -> rows.withUnsegmentedAs(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("non-blank");
        assertThatThrownBy(() -> rows.withUnsegmentedAs("x\u0000")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x\\u0000");
    }

    @Test
    void should_refuse_a_run_in_which_two_customers_share_an_id_naming_both_rows() {
        ListedResult twice = ListedResult.withSegments("a").customer(1, "a").customer(7).customer(3)
                .customer(7, "a").build();

        assertThatThrownBy(() -> MembershipRows.of(twice)).isInstanceOf(InvalidCustomerDataException.class)
                .hasMessageContaining("row 3 (0-based), customer 7")
                .hasMessageContaining("also the id of row 1");
    }
}
