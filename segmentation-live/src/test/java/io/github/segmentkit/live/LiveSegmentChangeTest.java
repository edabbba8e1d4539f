package io.github.segmentkit.live;

import static io.github.segmentkit.live.Customer.CITY;
import static io.github.segmentkit.live.Customer.LAST_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.criteria.Criteria;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveSegmentChangeTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 31);
    private static final Segment LYON = Segment.named("lyon").where(CITY.in("Lyon"));
    private static final List<Customer> CUSTOMERS = List.of(new Customer(42, TODAY.minusDays(10), "Lyon"),
            new Customer(7, TODAY.minusDays(40), "Paris"), new Customer(9, TODAY.minusDays(50), "Lyon"),
            new Customer(5, null, "Lyon"));

    private static LiveSegmentation<Customer> live() {
        return LiveSegmentation.builder(Customer.SCHEMA).add(LYON).asOf(TODAY).build(CUSTOMERS);
    }

    @Test
    void should_enter_the_members_of_an_added_segment_once_numbered_after_the_others() throws InterruptedException {
        try (LiveSegmentation<Customer> live = live()) {
            EventRecorder recorder = new EventRecorder();
            Subscription subscription = live.subscribe(recorder);
            live.update(7, c -> c.movedTo("Lyon"));                                  // #1
            LiveSnapshot before = live.snapshot();

            live.addSegment(Segment.named("lapsed").where(LAST_ORDER.beforeDaysAgo(30)));

            LiveSnapshot after = live.snapshot();
            assertThat(subscription.awaitDelivered(Duration.ofSeconds(10))).isTrue();
            // orders 40 and 50 days old; 5 has none (unknown, so not a member); in population order: 7 then 9
            assertThat(recorder.lines()).containsExactly("7 ENTERED lyon", "7 ENTERED lapsed", "9 ENTERED lapsed");
            assertThat(recorder.events()).extracting(SegmentEvent::sequence).containsExactly(1L, 2L, 3L);
            assertThat(before.segmentNames()).containsExactly("lyon");
            assertThatThrownBy(() -> before.count("lapsed")).isInstanceOf(IllegalArgumentException.class);
            assertThat(after.segmentNames()).containsExactly("lyon", "lapsed");
            assertThat(after.memberIds("lapsed")).containsExactly(7L, 9L);
            assertThat(after.memberIds("lyon")).containsExactly(5L, 7L, 9L, 42L);
            assertThat(after.sequence()).isEqualTo(3);
            assertThat(live.segments()).extracting(Segment::name).containsExactly("lyon", "lapsed");
        }
    }

    @Test
    void should_move_an_added_relative_segment_with_the_clock() {
        try (LiveSegmentation<Customer> live = live()) {
            live.addSegment(Segment.named("recent").where(LAST_ORDER.withinDays(30)));
            assertThat(live.snapshot().memberIds("recent")).containsExactly(42L);

            live.advanceDays(21);

            // 42's order is now 31 days old: the clock index of the added segment found it
            assertThat(live.snapshot().memberIds("recent")).isEmpty();
        }
    }

    @Test
    void should_evaluate_an_added_segment_with_the_segments_it_refers_to() {
        try (LiveSegmentation<Customer> live = live()) {
            live.addSegment(Segment.named("lyon-recent")
                    .where(Criteria.inSegment("lyon").and(LAST_ORDER.withinDays(30))));
            live.upsert(new Customer(11, TODAY, "Lyon"));
            live.update(42, c -> c.movedTo("Nice"));

            assertThat(live.snapshot().memberIds("lyon-recent")).containsExactly(11L);
        }
    }

    @Test
    void should_exit_the_members_of_a_removed_segment_and_forget_it() throws InterruptedException {
        try (LiveSegmentation<Customer> live = LiveSegmentation.builder(Customer.SCHEMA).add(LYON)
                .add(Segment.named("recent").where(LAST_ORDER.withinDays(30))).asOf(TODAY).build(CUSTOMERS)) {
            EventRecorder recorder = new EventRecorder();
            Subscription subscription = live.subscribe(recorder);

            live.removeSegment("lyon");
            live.update(9, c -> new Customer(9, TODAY, "Lyon"));

            assertThat(subscription.awaitDelivered(Duration.ofSeconds(10))).isTrue();
            assertThat(recorder.lines()).containsExactly("42 EXITED lyon", "9 EXITED lyon", "5 EXITED lyon",
                    "9 ENTERED recent");
            assertThat(recorder.events()).extracting(SegmentEvent::sequence).containsExactly(1L, 2L, 3L, 4L);
            LiveSnapshot after = live.snapshot();
            assertThat(after.segmentNames()).containsExactly("recent");
            assertThat(after.memberIds("recent")).containsExactly(9L, 42L);
            assertThat(after.segmentsOf(9)).containsExactly("recent");
            assertThatThrownBy(() -> live.removeSegment("lyon")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no segment named 'lyon'").hasMessageContaining("[recent]");
        }
    }

    @Test
    void should_refuse_to_remove_a_segment_others_refer_to_naming_them() {
        try (LiveSegmentation<Customer> live = LiveSegmentation.builder(Customer.SCHEMA).add(LYON)
                .add(Segment.named("lyon-recent").where(Criteria.inSegment("lyon").and(LAST_ORDER.withinDays(30))))
                .add(Segment.named("not-lyon").where(Criteria.inSegment("lyon").negate()))
                .asOf(TODAY).build(CUSTOMERS)) {
            LiveSnapshot before = live.snapshot();

            assertThatThrownBy(() -> live.removeSegment("lyon")).isInstanceOf(DefinitionException.class)
                    .hasMessageContaining("'lyon' cannot be removed")
                    .hasMessageContaining("[lyon-recent, not-lyon]");
            assertThat(live.snapshot().segmentNames()).isEqualTo(before.segmentNames());
            live.removeSegment("not-lyon");
            live.removeSegment("lyon-recent");
            live.removeSegment("lyon");
            assertThat(live.snapshot().segmentNames()).isEmpty();
            assertThat(live.snapshot().customerCount()).isEqualTo(4);
        }
    }

    @Test
    void should_refuse_an_invalid_added_segment_and_change_nothing() {
        try (LiveSegmentation<Customer> live = live()) {
            assertThatThrownBy(() -> live.addSegment(Segment.named("lyon").where(CITY.in("Paris"))))
                    .isInstanceOf(DefinitionException.class).hasMessageContaining("lyon");
            assertThatThrownBy(() -> live.addSegment(Segment.named("ghost").where(Criteria.inSegment("nope"))))
                    .isInstanceOf(DefinitionException.class).hasMessageContaining("nope");

            assertThat(live.snapshot().segmentNames()).containsExactly("lyon");
            assertThat(live.snapshot().sequence()).isZero();
        }
    }

    @Test
    void should_add_a_segment_again_after_removing_it() {
        try (LiveSegmentation<Customer> live = live()) {
            live.removeSegment("lyon");
            live.update(7, c -> c.movedTo("Lyon"));
            live.addSegment(LYON);

            assertThat(live.snapshot().memberIds("lyon")).containsExactly(5L, 7L, 9L, 42L);
            assertThat(live.snapshot().sequence()).isEqualTo(3 + 4);
        }
    }
}
