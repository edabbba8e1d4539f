package io.github.segmentkit.live;

import static io.github.segmentkit.api.criteria.Criteria.and;
import static io.github.segmentkit.testing.generators.TestCustomers.COUNTRY;
import static io.github.segmentkit.testing.generators.TestCustomers.LAST_LOGIN;
import static io.github.segmentkit.testing.generators.TestCustomers.LAST_ORDER;
import static io.github.segmentkit.testing.generators.TestCustomers.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.testing.generators.TestCustomer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The as-of clock: customers move on time, and a move touches only the customers whose dates cross a bound. */
class LiveClockTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 31);
    private static final Segment RECENT = Segment.named("recent").where(LAST_ORDER.withinDays(30));
    private static final Segment LAPSED = Segment.named("lapsed").where(LAST_ORDER.beforeDaysAgo(365));
    private static final Segment AWAY = Segment.named("away").where(LAST_LOGIN.beforeDaysAgo(7));

    @RegisterExtension
    final OpenedLiveSegmentations opened = new OpenedLiveSegmentations();

    static TestCustomer ordered(long id, LocalDate lastOrder) {
        return new TestCustomer(id, null, Double.NaN, null, null, lastOrder, null, null, null);
    }

    static TestCustomer loggedIn(long id, Instant lastLogin) {
        return loggedIn(id, null, lastLogin);
    }

    static TestCustomer loggedIn(long id, String country, Instant lastLogin) {
        return new TestCustomer(id, null, Double.NaN, country, null, null, lastLogin, null, null);
    }

    /** One customer per day from {@code TODAY − 999} to {@code TODAY}: id = days before TODAY. */
    private static List<TestCustomer> oneOrderPerDay() {
        List<TestCustomer> customers = new ArrayList<>();
        for (long daysAgo = 0; daysAgo < 1000; daysAgo++) {
            customers.add(ordered(daysAgo, TODAY.minusDays(daysAgo)));
        }
        return customers;
    }

    @Test
    void should_move_exactly_the_customers_whose_dates_cross_a_bound_and_touch_only_those_days()
            throws InterruptedException {
        LiveSegmentation<TestCustomer> live = opened.track(LiveSegmentation.builder(SCHEMA).add(RECENT).add(LAPSED)
                .asOf(TODAY).rescanShare(1).build(oneOrderPerDay()));
        EventRecorder recorder = new EventRecorder();
        Subscription subscription = live.subscribe(recorder);
        // recent = ordered in [today − 30, today]: ids 0..30; lapsed = ordered before today − 365: ids 366..999
        assertThat(live.snapshot().count("recent")).isEqualTo(31);
        assertThat(live.snapshot().count("lapsed")).isEqualTo(634);

        live.advanceDays(1);

        // the order 30 days ago (id 30) is now 31 days ago; the one 365 days ago (id 365) is now 366 days ago
        assertThat(subscription.awaitDelivered(Duration.ofSeconds(10))).isTrue();
        assertThat(recorder.lines()).containsExactly("30 EXITED recent", "365 ENTERED lapsed");
        assertThat(recorder.events()).allMatch(e -> e.asOf().equals(Instant.parse("2024-04-01T00:00:00Z")));
        // bounds at offsets 0, 30 and 365, each moving from one day to the next: at most 2 days each
        assertThat(live.lastClockMoveTouched()).isBetween(2L, 6L);
        assertThat(live.snapshot().count("recent")).isEqualTo(30);
        assertThat(live.snapshot().count("lapsed")).isEqualTo(635);
        assertThat(live.asOf().date()).isEqualTo(TODAY.plusDays(1));
    }

    @Test
    void should_not_look_at_a_customer_whose_other_values_decide_its_time_relative_segments()
            throws InterruptedException {
        Segment activeInPakistan = Segment.named("active_pk").where(and(LAST_LOGIN.withinDays(7), COUNTRY.in("PK")));
        Instant weekAgo = TODAY.minusDays(7).atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(12 * 3600);
        LiveSegmentation<TestCustomer> live = opened.track(LiveSegmentation.builder(SCHEMA).add(activeInPakistan)
                .asOf(TODAY).rescanShare(1).build(List.of(
                        loggedIn(1, "PK", weekAgo),
                        loggedIn(2, "IN", weekAgo),     // never in active_pk, whenever it logged in
                        loggedIn(3, "PK", weekAgo.minus(Duration.ofDays(100))))));
        EventRecorder recorder = new EventRecorder();
        Subscription subscription = live.subscribe(recorder);

        live.advanceDays(1);
        assertThat(live.lastClockMoveTouched()).as("customer 2's login crossed the bound too").isEqualTo(1);
        // a segment on the login alone puts it in play for customer 2: 8 days back at the first, so both are in
        live.addSegment(Segment.named("week").where(LAST_LOGIN.withinDays(9)));
        live.advanceDays(2);

        assertThat(subscription.awaitDelivered(Duration.ofSeconds(10))).isTrue();
        assertThat(recorder.lines()).containsExactly("1 EXITED active_pk", "1 ENTERED week", "2 ENTERED week",
                "1 EXITED week", "2 EXITED week");
        assertThat(live.lastClockMoveTouched()).isEqualTo(2);
    }

    @Test
    void should_let_a_future_date_enter_when_the_clock_reaches_it() throws InterruptedException {
        LiveSegmentation<TestCustomer> live = opened.track(LiveSegmentation.builder(SCHEMA).add(RECENT).asOf(TODAY)
                .build(List.of(ordered(1, TODAY.plusDays(3)))));
        EventRecorder recorder = new EventRecorder();
        Subscription subscription = live.subscribe(recorder);

        live.advanceDays(2);
        live.advanceDays(1);
        live.advanceDays(31);

        assertThat(subscription.awaitDelivered(Duration.ofSeconds(10))).isTrue();
        assertThat(recorder.lines()).containsExactly("1 ENTERED recent", "1 EXITED recent");
        assertThat(recorder.events().get(0).asOf()).isEqualTo(Instant.parse("2024-04-03T00:00:00Z"));
    }

    @Test
    void should_move_timestamps_to_the_second_in_the_clock_zone() throws InterruptedException {
        Instant start = Instant.parse("2024-03-31T12:00:00Z");
        LiveSegmentation<TestCustomer> live = opened.track(LiveSegmentation.builder(SCHEMA).add(AWAY)
                .asOf(start, ZoneId.of("Asia/Tokyo")).build(List.of(
                        loggedIn(1, Instant.parse("2024-03-24T12:00:00Z")),     // exactly 7 days: not before
                        loggedIn(2, Instant.parse("2024-03-24T13:00:00Z")),
                        loggedIn(3, Instant.parse("2024-03-20T00:00:00Z")))));  // away already
        EventRecorder recorder = new EventRecorder();
        Subscription subscription = live.subscribe(recorder);

        live.advanceTo(start.plusSeconds(1));
        live.advanceTo(start.plus(Duration.ofMinutes(61)));
        assertThat(live.asOf().date()).as("22:01 in Tokyo").isEqualTo(LocalDate.of(2024, 3, 31));
        live.advanceTo(Instant.parse("2024-03-31T15:00:00Z"));

        assertThat(subscription.awaitDelivered(Duration.ofSeconds(10))).isTrue();
        assertThat(recorder.lines()).containsExactly("1 ENTERED away", "2 ENTERED away");
        assertThat(live.asOf().date()).as("midnight in Tokyo").isEqualTo(LocalDate.of(2024, 4, 1));
    }

    @Test
    void should_send_the_same_events_whether_it_rescans_or_not() throws InterruptedException {
        List<List<String>> runs = new ArrayList<>();
        for (double share : new double[] {0, 1}) {
            LiveSegmentation<TestCustomer> live = opened.track(LiveSegmentation.builder(SCHEMA).add(RECENT).add(LAPSED)
                    .asOf(TODAY).chunkRows(64).rescanShare(share).build(oneOrderPerDay()));
            EventRecorder recorder = new EventRecorder();
            Subscription subscription = live.subscribe(recorder);
            live.upsert(ordered(5000, TODAY.minusDays(100)));
            live.delete(3);
            live.advanceDays(40);
            live.advanceDays(300);
            assertThat(subscription.awaitDelivered(Duration.ofSeconds(10))).isTrue();
            runs.add(recorder.lines());
        }
        // delete 3: 1 exit; +40 days: 30 leave recent (0..30 but 3), 40 enter lapsed (326..365);
        // +300 days: lapsed = ordered more than 25 days before the start: 26..325 and 5000 (100 days) enter
        assertThat(runs.get(0)).hasSize(1 + 30 + 40 + 300 + 1).isEqualTo(runs.get(1));
    }

    @Test
    void should_send_events_customer_by_customer_in_segment_order_whether_it_rescans_or_not()
            throws InterruptedException {
        Segment quiet = Segment.named("quiet").where(LAST_ORDER.beforeDaysAgo(30));
        // declared so that segment order and customer order disagree: lapsed's entries are the highest ids
        List<String> expected = new ArrayList<>();
        for (long id = 0; id <= 30; id++) {
            expected.add(id + " EXITED recent");
            expected.add(id + " ENTERED quiet");
        }
        for (long id = 326; id <= 365; id++) {
            expected.add(id + " ENTERED lapsed");
        }
        for (double share : new double[] {0, 1}) {
            LiveSegmentation<TestCustomer> live = opened.track(LiveSegmentation.builder(SCHEMA).add(LAPSED)
                    .add(RECENT).add(quiet).asOf(TODAY).chunkRows(64).rescanShare(share).build(oneOrderPerDay()));
            assertThat(eventsOfFortyDays(live)).as("rescan share %s", share).containsExactlyElementsOf(expected);
        }
        // the 71 touched customers decided in parts on other threads: the same events, in the same order
        for (int[] split : new int[][] {{1, 2}, {5, 3}, {20, 4}, {1, 71}, {71, 2}}) {
            LiveSegmentation<TestCustomer> live = opened.track(LiveSegmentation.builder(SCHEMA).add(LAPSED)
                    .add(RECENT).add(quiet).asOf(TODAY).chunkRows(64).rescanShare(1).splitMoves(split[0], split[1])
                    .build(oneOrderPerDay()));
            assertThat(eventsOfFortyDays(live)).as("parts of %s, at most %s", split[0], split[1])
                    .containsExactlyElementsOf(expected);
            assertThat(live.lastClockMoveTouched()).isEqualTo(71);
        }
    }

    /** The events of a move of 40 days: ids 0..30 leave recent for quiet, ids 326..365 pass 365 days. */
    private static List<String> eventsOfFortyDays(LiveSegmentation<TestCustomer> live) throws InterruptedException {
        EventRecorder recorder = new EventRecorder();
        Subscription subscription = live.subscribe(recorder);
        live.advanceDays(40);
        assertThat(subscription.awaitDelivered(Duration.ofSeconds(10))).isTrue();
        return recorder.lines();
    }

    @Test
    void should_refuse_to_move_back_or_without_a_clock() {
        LiveSegmentation<TestCustomer> live = opened.track(LiveSegmentation.builder(SCHEMA).add(RECENT).asOf(TODAY)
                .build(List.of()));
        assertThatThrownBy(() -> live.advanceTo(Instant.parse("2024-03-30T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-03-30T00:00:00Z");
        assertThatThrownBy(() -> live.advanceDays(-1)).isInstanceOf(IllegalArgumentException.class);
        LiveSegmentation<TestCustomer> noClock = opened.track(LiveSegmentation.builder(SCHEMA).build(List.of()));
        assertThatThrownBy(() -> noClock.advanceDays(1)).isInstanceOf(IllegalStateException.class);
    }
}
