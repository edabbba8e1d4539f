package io.github.segmentkit.core.waterfall;

import static io.github.segmentkit.testing.generators.TestCustomers.AGE;
import static io.github.segmentkit.testing.generators.TestCustomers.COUNTRY;
import static io.github.segmentkit.testing.generators.TestCustomers.INCOME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.waterfall.Waterfall;
import io.github.segmentkit.api.waterfall.WaterfallResult;
import io.github.segmentkit.api.waterfall.WaterfallStep;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaterfallTest {
    private static TestCustomer customer(long id, Long age, double income, String country) {
        return new TestCustomer(id, age, income, country, null, null, null, null, null);
    }

    private static final List<TestCustomer> CUSTOMERS = List.of(
            customer(10, 20L, 30_000, "US"), customer(11, 40L, 90_000, "US"), customer(12, 70L, 20_000, "GB"),
            customer(13, null, Double.NaN, null), customer(14, 40L, 150_000, "CA"));

    private final Segmenter<TestCustomer> segmenter = Segmenter.builder(TestCustomers.SCHEMA)
            .add(Segment.named("affluent").where(INCOME.ge(80_000)))
            .add(Segment.named("adults").where(AGE.between(18, 64)))
            .add(Segment.named("americans").where(COUNTRY.in("US", "CA")))
            .build();

    @Test
    void should_give_each_customer_the_first_matching_step() {
        // by hand: affluent {11, 14}; adults {10, 11, 14} -> 10 new; americans {10, 11, 14} -> none new; rest {12, 13}
        WaterfallResult buckets = Waterfall.of(List.of("affluent", "adults", "americans"), "others")
                .segment(segmenter, CUSTOMERS);
        assertThat(buckets.memberIds("affluent")).containsExactly(11, 14);
        assertThat(buckets.memberIds("adults")).containsExactly(10);
        assertThat(buckets.memberIds("americans")).isEmpty();
        assertThat(buckets.memberIds("others")).containsExactly(12, 13);
        assertThat(buckets.bucketOfRow(2)).isEqualTo("others");
        assertThat(buckets.steps()).containsExactly(new WaterfallStep("affluent", 2, 0, 2),
                new WaterfallStep("adults", 3, 2, 1), new WaterfallStep("americans", 3, 3, 0),
                new WaterfallStep("others", 2, 0, 2));
    }

    @Test
    void should_refuse_a_row_outside_the_input_naming_it_and_the_range() {
        WaterfallResult buckets = Waterfall.of(List.of("affluent"), "others").segment(segmenter, CUSTOMERS);

        assertThatThrownBy(() -> buckets.bucketOfRow(-1)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("row -1 is outside [0, 5)");
        assertThatThrownBy(() -> buckets.bucketOfRow(5)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("row 5 is outside [0, 5)");
        assertThat(buckets.bucketNames()).containsExactly("affluent", "others").isSameAs(buckets.bucketNames());
    }

    @Test
    void should_depend_on_the_order_of_the_steps() {
        WaterfallResult buckets = Waterfall.of(List.of("americans", "affluent"), "others")
                .assign(segmenter.segment(CUSTOMERS));
        assertThat(buckets.memberIds("americans")).containsExactly(10, 11, 14);
        assertThat(buckets.count("affluent")).isZero();
        assertThat(buckets.steps().get(1)).isEqualTo(new WaterfallStep("affluent", 2, 2, 0));
        assertThat(buckets.count("others")).isEqualTo(2);
    }

    @Test
    void should_put_everyone_in_the_default_bucket_without_steps_and_handle_no_customers() {
        WaterfallResult all = Waterfall.of(List.of(), "everyone").assign(segmenter.segment(CUSTOMERS));
        assertThat(all.count("everyone")).isEqualTo(5);
        WaterfallResult none = Waterfall.of(List.of("adults"), "rest").assign(segmenter.segment(List.of()));
        assertThat(none.customerCount()).isZero();
        assertThat(none.steps()).containsExactly(new WaterfallStep("adults", 0, 0, 0), new WaterfallStep("rest", 0,
                0, 0));
    }

    @Test
    void should_reject_unknown_repeated_and_clashing_names() {
        assertThatThrownBy(() -> Waterfall.of(List.of("adults", "adults"), "rest"))
                .hasMessageContaining("'adults' appears twice");
        assertThatThrownBy(() -> Waterfall.of(List.of("adults"), "adults"))
                .hasMessageContaining("default bucket 'adults'");
        assertThatThrownBy(() -> Waterfall.of(List.of("kids"), "rest").assign(segmenter.segment(CUSTOMERS)))
                .hasMessageContaining("'kids' is not a segment").hasMessageContaining("affluent");
        assertThatThrownBy(() -> Waterfall.of(List.of("adults"), "rest").assign(segmenter.segment(CUSTOMERS))
                .count("nope")).hasMessageContaining("'nope' is not a bucket");
    }
}
