package io.github.segmentkit.testing;

import static io.github.segmentkit.api.criteria.Criteria.isMissing;
import static io.github.segmentkit.testing.SegmentAssertions.assertThat;
import static io.github.segmentkit.testing.generators.TestCustomers.AGE;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each assertion passes on a result that holds what it says, and fails on one that does not with a message naming
 * the segment or customer, the expectation and what the result holds. The results are written out by hand.
 */
class SegmentAssertionsTest {
    /*
     * Customers 1..5 at rows 0..4. vip = rows 0, 1, 4 (customers 1, 2, 5); lapsed = rows 1, 2 (customers 2, 3);
     * nobody = no rows. Customer 2 is in both, customer 4 in none; the counts 3 + 2 + 0 add up to 5.
     */
    private final FixedResult result = FixedResult.ofIds(1L, 2L, 3L, 4L, 5L)
            .with("vip", 0, 1, 4)
            .with("lapsed", 1, 2)
            .with("nobody");

    @Test
    void should_pass_when_the_result_holds_what_is_asserted() {
        assertThat(result)
                .hasCustomerCount(5)
                .hasCount("vip", 3)
                .hasCount("nobody", 0)
                .hasMembers("vip", 5L, 1L, 2L)
                .hasMembers("nobody")
                .customerIsIn(2L, "vip")
                .customerIsIn(2L, "lapsed")
                .customerIsNotIn(4L, "vip")
                .customerHasSegments(2L, "lapsed", "vip")
                .customerHasSegments(4L)
                .countsAddUpTo(5)
                .hasUnsegmentedCount(1);
    }

    @Test
    void should_fail_on_a_wrong_customer_count() {
        assertThatThrownBy(() -> assertThat(result).hasCustomerCount(6)).isInstanceOf(AssertionError.class)
                .hasMessage("Expected the result to hold 6 customers but it holds 5");
    }

    @Test
    void should_fail_on_a_wrong_count_naming_segment_expected_and_actual() {
        assertThatThrownBy(() -> assertThat(result).hasCount("vip", 2)).isInstanceOf(AssertionError.class)
                .hasMessage("Expected segment 'vip' to have 2 members but it has 3");
    }

    @Test
    void should_fail_on_wrong_members_listing_the_missing_and_the_unexpected() {
        assertThatThrownBy(() -> assertThat(result).hasMembers("vip", 1L, 3L)).isInstanceOf(AssertionError.class)
                .hasMessage("Expected segment 'vip' to have exactly the members [1, 3] but it has [1, 2, 5]:"
                        + " missing [3], unexpected [2, 5]");
    }

    @Test
    void should_count_an_id_held_by_two_member_rows_twice() {
        FixedResult twins = FixedResult.ofIds(7L, 7L).with("twins", 0, 1);

        assertThat(twins).hasMembers("twins", 7L, 7L);
        assertThatThrownBy(() -> assertThat(twins).hasMembers("twins", 7L)).isInstanceOf(AssertionError.class)
                .hasMessage("Expected segment 'twins' to have exactly the members [7] but it has [7, 7]:"
                        + " missing [], unexpected [7]");
    }

    @Test
    void should_list_ten_ids_and_say_how_many_there_are() {
        FixedResult many = FixedResult.ofIds(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L)
                .with("all", 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);

        assertThatThrownBy(() -> assertThat(many).hasMembers("all")).isInstanceOf(AssertionError.class)
                .hasMessage("Expected segment 'all' to have exactly the members [] but it has"
                        + " [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, … (12 in all)]: missing [],"
                        + " unexpected [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, … (12 in all)]");
    }

    @Test
    void should_fail_on_a_customer_outside_the_segment_naming_its_segments() {
        assertThatThrownBy(() -> assertThat(result).customerIsIn(3L, "vip")).isInstanceOf(AssertionError.class)
                .hasMessage("Expected customer 3 to be in segment 'vip' but it is only in [lapsed]");
        assertThatThrownBy(() -> assertThat(result).customerIsIn(4L, "vip")).isInstanceOf(AssertionError.class)
                .hasMessage("Expected customer 4 to be in segment 'vip' but it is in no segment");
    }

    @Test
    void should_fail_on_a_customer_inside_the_segment() {
        assertThatThrownBy(() -> assertThat(result).customerIsNotIn(2L, "lapsed"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected customer 2 not to be in segment 'lapsed' but it is, with the segments"
                        + " [vip, lapsed]");
    }

    @Test
    void should_fail_on_a_customer_with_other_segments() {
        assertThatThrownBy(() -> assertThat(result).customerHasSegments(2L, "vip"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected customer 2 to be in exactly the segments [vip] but it is in [vip, lapsed]");
    }

    @Test
    void should_fail_on_an_id_that_names_no_customer_or_several() {
        assertThatThrownBy(() -> assertThat(result).customerIsIn(42L, "vip")).isInstanceOf(AssertionError.class)
                .hasMessage("Expected customer 42 to be in segment 'vip' but no customer has id 42");
        FixedResult twins = FixedResult.ofIds(7L, 8L, 7L).with("twins", 0, 2);
        assertThatThrownBy(() -> assertThat(twins).customerIsIn(7L, "twins")).isInstanceOf(AssertionError.class)
                .hasMessage("Expected customer 7 to be in segment 'twins' but 2 customers have id 7"
                        + " (rows [0, 2], 0-based)");
    }

    @Test
    void should_fail_on_an_unknown_segment_listing_the_known_ones() {
        assertThatThrownBy(() -> assertThat(result).hasCount("vpi", 3)).isInstanceOf(AssertionError.class)
                .hasMessage("Expected a segment named 'vpi' but the result's segments are [vip, lapsed, nobody]");
        assertThatThrownBy(() -> assertThat(result).customerIsIn(1L, "vpi")).isInstanceOf(AssertionError.class)
                .hasMessage("Expected a segment named 'vpi' but the result's segments are [vip, lapsed, nobody]");
    }

    @Test
    void should_fail_on_counts_that_add_up_to_another_total_listing_them() {
        assertThatThrownBy(() -> assertThat(result).countsAddUpTo(4)).isInstanceOf(AssertionError.class)
                .hasMessage("Expected the segment counts to add up to 4 but they add up to 5:"
                        + " {vip=3, lapsed=2, nobody=0}");
    }

    @Test
    void should_fail_on_another_number_of_unsegmented_customers_listing_them() {
        assertThatThrownBy(() -> assertThat(result).hasUnsegmentedCount(0)).isInstanceOf(AssertionError.class)
                .hasMessage("Expected 0 customers in no segment but there are 1: [4]");
    }

    @Test
    void should_prefix_the_description_given_with_as() {
        assertThatThrownBy(() -> assertThat(result).as("nightly run").hasCount("vip", 2))
                .isInstanceOf(AssertionError.class)
                .hasMessage("[nightly run] Expected segment 'vip' to have 2 members but it has 3");
    }

    @Test
    void should_keep_a_percent_sign_in_a_segment_name() {
        FixedResult percent = FixedResult.ofIds(1L).with("top 5%");

        assertThatThrownBy(() -> assertThat(percent).hasCount("top 5%", 1)).isInstanceOf(AssertionError.class)
                .hasMessage("Expected segment 'top 5%' to have 1 members but it has 0");
    }

    /*
     * Customers 10 (age 30), 11 (age 17) and 12 (age missing). By the documented semantics adult = AGE >= 18 holds
     * for 10 only (12's comparison is UNKNOWN), and age-missing holds for 12 only.
     */
    private static final List<TestCustomer> AGED = List.of(aged(10, 30L), aged(11, 17L), aged(12, null));
    private static final List<Segment> AGE_SEGMENTS = List.of(Segment.named("adult").where(AGE.ge(18)),
            Segment.named("age-missing").where(isMissing(AGE)));
    private static final ReferenceEvaluator<TestCustomer> REFERENCE = ReferenceEvaluator.of(TestCustomers.SCHEMA,
            AGE_SEGMENTS, TestCustomers.AS_OF);

    private static TestCustomer aged(long id, Long age) {
        return new TestCustomer(id, age, Double.NaN, null, null, null, null, null, null);
    }

    @Test
    void should_pass_when_the_result_agrees_with_the_reference_evaluator() {
        FixedResult right = FixedResult.ofIds(10L, 11L, 12L).with("adult", 0).with("age-missing", 2);

        assertThat(right).agreesWith(REFERENCE, AGED);
    }

    @Test
    void should_fail_listing_every_segment_that_disagrees_with_the_reference_evaluator() {
        // wrong twice: customer 11 (aged 17) taken for an adult, customer 12's missing age not seen
        FixedResult wrong = FixedResult.ofIds(10L, 11L, 12L).with("adult", 0, 1).with("age-missing");

        assertThatThrownBy(() -> assertThat(wrong).agreesWith(REFERENCE, AGED)).isInstanceOf(AssertionError.class)
                .hasMessage(String.format("Expected the result to agree with the reference evaluator but it differs:"
                        + "%n- segment 'adult': missing [], unexpected [11]"
                        + "%n- segment 'age-missing': missing [12], unexpected []"));
    }

    @Test
    void should_fail_on_other_customers_or_other_segments_than_the_reference_evaluator() {
        FixedResult otherOrder = FixedResult.ofIds(11L, 10L, 12L).with("adult", 1).with("age-missing", 2);
        FixedResult fewer = FixedResult.ofIds(10L, 11L).with("adult", 0);

        assertThatThrownBy(() -> assertThat(otherOrder).agreesWith(REFERENCE, AGED))
                .isInstanceOf(AssertionError.class)
                .hasMessage(String.format("Expected the result to agree with the reference evaluator but it differs:"
                        + "%n- row 0 (0-based): the reference evaluator has customer 10, the result customer 11"
                        + "%n- row 1 (0-based): the reference evaluator has customer 11, the result customer 10"));
        assertThatThrownBy(() -> assertThat(fewer).agreesWith(REFERENCE, AGED)).isInstanceOf(AssertionError.class)
                .hasMessage(String.format("Expected the result to agree with the reference evaluator but it differs:"
                        + "%n- customer count: the reference evaluator has 3, the result 2"
                        + "%n- segments: the reference evaluator has [adult, age-missing], the result [adult]"));
    }
}
