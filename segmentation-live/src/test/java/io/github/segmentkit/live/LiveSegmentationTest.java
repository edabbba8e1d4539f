package io.github.segmentkit.live;

import static io.github.segmentkit.testing.generators.TestCustomers.AGE;
import static io.github.segmentkit.testing.generators.TestCustomers.COUNTRY;
import static io.github.segmentkit.testing.generators.TestCustomers.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.InvalidCustomerDataException;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.core.engine.ColumnarSegmenter;
import io.github.segmentkit.core.engine.RoaringSegmentationResult;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LiveSegmentationTest {
    private static final Segment ADULTS = Segment.named("adults").where(AGE.ge(18));
    private static final Segment CANADIANS = Segment.named("canadians").where(COUNTRY.in("CA"));

    private LiveSegmentation<TestCustomer> live;

    @AfterEach
    void close() {
        if (live != null) {
            live.close();
        }
    }

    static TestCustomer customer(long id, long age, String country) {
        return new TestCustomer(id, age, Double.NaN, country, null, null, null, null, null);
    }

    private LiveSegmentation<TestCustomer> live(TestCustomer... customers) {
        live = LiveSegmentation.builder(SCHEMA).add(ADULTS).add(CANADIANS).build(List.of(customers));
        return live;
    }

    private static void await(Subscription subscription) throws InterruptedException {
        assertThat(subscription.awaitDelivered(Duration.ofSeconds(10))).as("delivered in time").isTrue();
    }

    @Test
    void should_start_from_the_population_without_events() throws InterruptedException {
        live(customer(1, 17, "US"), customer(2, 40, "CA"), customer(3, 30, "GB"));
        EventRecorder recorder = new EventRecorder();
        Subscription subscription = live.subscribe(recorder);

        LiveSnapshot snapshot = live.snapshot();

        await(subscription);
        assertThat(recorder.events()).isEmpty();
        assertThat(snapshot.sequence()).isZero();
        assertThat(snapshot.customerCount()).isEqualTo(3);
        assertThat(snapshot.memberIds("adults")).containsExactly(2L, 3L);
        assertThat(snapshot.memberIds("canadians")).containsExactly(2L);
        assertThat(snapshot.segmentsOf(2L)).containsExactly("adults", "canadians");
        assertThat(snapshot.segmentsOf(1L)).isEmpty();
        assertThat(snapshot.customerIds()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void should_send_the_events_of_each_change_numbered_in_order() throws InterruptedException {
        live(customer(1, 17, "US"));
        EventRecorder recorder = new EventRecorder();
        Subscription subscription = live.subscribe(recorder);

        live.upsert(customer(1, 20, "CA"));                                      // enters both
        live.update(1, c -> customer(1, 16, c.country()));                       // leaves adults
        live.upsert(customer(2, 30, "US"));                                      // new: enters adults
        assertThat(live.delete(1)).isTrue();                                     // leaves canadians
        assertThat(live.delete(1)).isFalse();
        live.upsert(customer(2, 31, "US"));                                      // no change of segments

        await(subscription);
        assertThat(recorder.lines()).containsExactly(
                "1 ENTERED adults", "1 ENTERED canadians", "1 EXITED adults", "2 ENTERED adults",
                "1 EXITED canadians");
        assertThat(recorder.events()).extracting(SegmentEvent::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
        LiveSnapshot snapshot = live.snapshot();
        assertThat(snapshot.sequence()).isEqualTo(5);
        assertThat(snapshot.contains(1L)).isFalse();
        assertThat(snapshot.memberIds("adults")).containsExactly(2L);
        assertThat(snapshot.memberIds("canadians")).isEmpty();
        assertThat(snapshot.customerCount()).isEqualTo(1);
    }

    @Test
    void should_bring_a_deleted_customer_back_with_enter_events() throws InterruptedException {
        live(customer(1, 40, "CA"));
        EventRecorder recorder = new EventRecorder();
        Subscription subscription = live.subscribe(recorder);

        live.delete(1);
        live.upsert(customer(1, 40, "CA"));

        await(subscription);
        assertThat(recorder.lines()).containsExactly("1 EXITED adults", "1 EXITED canadians", "1 ENTERED adults",
                "1 ENTERED canadians");
        assertThat(live.snapshot().segmentsOf(1L)).containsExactly("adults", "canadians");
    }

    @Test
    void should_change_nothing_when_a_customer_cannot_be_read() {
        live(customer(1, 40, "CA"));
        LiveSnapshot before = live.snapshot();
        TestCustomer unreadable = new TestCustomer(1, 10L, 0, "US", null, null, null, Arrays.asList("a", null), null);

        assertThatThrownBy(() -> live.upsert(unreadable)).isInstanceOf(InvalidCustomerDataException.class)
                .hasMessageContaining("interests");
        assertThatThrownBy(() -> live.upsert(null)).isInstanceOf(InvalidCustomerDataException.class);
        assertThatThrownBy(() -> live.update(1, c -> unreadable)).isInstanceOf(InvalidCustomerDataException.class);

        LiveSnapshot after = live.snapshot();
        assertThat(after.sequence()).isZero();
        assertThat(after.segmentsOf(1L)).containsExactly("adults", "canadians");
        assertThat(before.segmentsOf(1L)).containsExactly("adults", "canadians");
    }

    @Test
    void should_change_nothing_when_a_customer_id_cannot_be_read() throws InterruptedException {
        CustomerSchema<Customer> schema = CustomerSchema.<Customer>builder(c -> {
            if ("nowhere".equals(c.city())) {
                throw new IllegalStateException("no id for a customer of nowhere");
            }
            return c.id();
        }).date(Customer.LAST_ORDER, Customer::lastOrder).categorical(Customer.CITY, Customer::city).build();
        LocalDate today = LocalDate.of(2024, 3, 31);
        try (LiveSegmentation<Customer> lyon = LiveSegmentation.builder(schema)
                .add(Segment.named("lyon").where(Customer.CITY.in("Lyon")))
                .add(Segment.named("recent").where(Customer.LAST_ORDER.withinDays(30)))
                .asOf(today).build(List.of(new Customer(1, today.minusDays(3), "Lyon")))) {
            EventRecorder recorder = new EventRecorder();
            Subscription subscription = lyon.subscribe(recorder);
            Customer unreadable = new Customer(1, today.minusDays(40), "nowhere");

            assertThatThrownBy(() -> lyon.upsert(unreadable)).isInstanceOf(InvalidCustomerDataException.class)
                    .hasMessageContaining("the id extractor failed: no id for a customer of nowhere");
            assertThatThrownBy(() -> lyon.update(1, c -> unreadable)).isInstanceOf(InvalidCustomerDataException.class)
                    .hasMessageContaining("no id for a customer of nowhere");
            lyon.upsert(new Customer(1, today.minusDays(40), "Paris"));

            assertThat(subscription.awaitDelivered(Duration.ofSeconds(10))).isTrue();
            assertThat(recorder.lines()).containsExactly("1 EXITED lyon", "1 EXITED recent");
            assertThat(lyon.snapshot().segmentsOf(1L)).isEmpty();
        }
    }

    @Test
    void should_refuse_updates_of_unknown_customers_and_of_ids() {
        live(customer(1, 40, "CA"));

        assertThatThrownBy(() -> live.update(9, c -> c)).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("9");
        assertThatThrownBy(() -> live.update(1, c -> customer(2, 40, "CA")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customer 1 returned customer 2");
        assertThat(live.snapshot().customerIds()).containsExactly(1L);
    }

    @Test
    void should_refuse_two_customers_with_one_id_and_invalid_segments() {
        assertThatThrownBy(() -> live(customer(5, 1, "US"), customer(6, 1, "US"), customer(5, 2, "CA")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customer id 5")
                .hasMessageContaining("0 and 2");
        assertThatThrownBy(() -> LiveSegmentation.builder(SCHEMA)
                .add(Segment.named("lapsed").where(TestCustomers.LAST_ORDER.beforeDaysAgo(30))).build(List.of()))
                .as("a relative criterion needs an as-of time").isInstanceOf(DefinitionException.class);
    }

    @Test
    void should_keep_a_snapshot_unchanged_by_later_changes() {
        live(customer(1, 40, "CA"), customer(2, 10, "US"));
        LiveSnapshot before = live.snapshot();

        live.upsert(customer(2, 50, "CA"));
        live.delete(1);
        live.upsert(customer(3, 50, "CA"));

        assertThat(before.memberIds("adults")).containsExactly(1L);
        assertThat(before.count("canadians")).isEqualTo(1);
        assertThat(before.contains(3L)).isFalse();
        assertThat(before.segmentsOf(3L)).isEmpty();
        LiveSnapshot after = live.snapshot();
        assertThat(after.memberIds("adults")).containsExactly(2L, 3L);
        assertThat(after.sequence()).isEqualTo(6);
        assertThat(live.snapshot()).as("nothing changed: the same snapshot").isSameAs(after);
        assertThatThrownBy(() -> after.count("adult")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'adult'").hasMessageContaining("[adults, canadians]");
    }

    @Test
    void should_deliver_to_every_listener_when_one_throws_and_one_is_blocked() throws InterruptedException {
        List<SegmentEvent> failedOn = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        live = LiveSegmentation.builder(SCHEMA).add(ADULTS).add(CANADIANS)
                .onListenerFailure((listener, event, thrown) -> {
                    synchronized (failedOn) {
                        failedOn.add(event);
                    }
                    failure.set(thrown);
                }).build(List.of());
        CountDownLatch release = new CountDownLatch(1);
        EventRecorder blockedSeen = new EventRecorder();
        Subscription blocked = live.subscribe(event -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            blockedSeen.onEvent(event);
        });
        EventRecorder throwingSeen = new EventRecorder();
        Subscription throwing = live.subscribe(event -> {
            throwingSeen.onEvent(event);
            if (event.sequence() % 2 == 1) {
                throw new IllegalStateException("listener down on " + event.sequence());
            }
        });
        EventRecorder healthy = new EventRecorder();
        Subscription healthySubscription = live.subscribe(healthy);

        for (long id = 1; id <= 50; id++) {
            live.upsert(customer(id, 30, "CA"));   // two events each
        }

        await(healthySubscription);
        await(throwing);
        assertThat(healthy.events()).hasSize(100);
        assertThat(throwingSeen.events()).isEqualTo(healthy.events());
        assertThat(failedOn).extracting(SegmentEvent::sequence).hasSize(50).allMatch(s -> s % 2 == 1);
        assertThat(failure.get()).isInstanceOf(IllegalStateException.class);
        assertThat(blocked.deliveredCount()).isZero();
        release.countDown();
        await(blocked);
        assertThat(blockedSeen.events()).isEqualTo(healthy.events());
    }

    @Test
    void should_stop_sending_to_a_closed_subscription() throws InterruptedException {
        live(customer(1, 17, "US"));
        EventRecorder recorder = new EventRecorder();
        Subscription subscription = live.subscribe(recorder);
        live.upsert(customer(1, 20, "US"));
        subscription.close();
        live.upsert(customer(1, 20, "CA"));

        await(subscription);
        assertThat(recorder.lines()).containsExactly("1 ENTERED adults");
    }

    @Test
    void should_merge_the_delta_in_batches_into_a_table_equal_to_the_population() {
        List<TestCustomer> start = new ArrayList<>();
        for (long id = 0; id < 300; id++) {
            start.add(customer(id, id % 40, id % 3 == 0 ? "CA" : "US"));
        }
        live = LiveSegmentation.builder(SCHEMA).add(ADULTS).add(CANADIANS).chunkRows(64).deltaLimit(10)
                .build(start);
        List<TestCustomer> expected = new ArrayList<>(start);
        for (int i = 0; i < 45; i++) {
            int row = (i * 37) % 300;
            TestCustomer changed = customer(row, 18 + i, "CA");
            live.upsert(changed);
            expected.set(row, changed);
        }
        for (long id = 300; id < 305; id++) {
            live.upsert(customer(id, 50, "GB"));
            expected.add(customer(id, 50, "GB"));
        }
        Population<TestCustomer> population = live.population();
        assertThat(population.merges()).as("50 changes with a limit of 10").isEqualTo(5);
        assertThat(population.deltaSize()).isZero();

        RoaringSegmentationResult fromTable = ColumnarSegmenter.of(Segmenter.builder(SCHEMA).add(ADULTS)
                .add(CANADIANS).build()).segment(population.table());
        RoaringSegmentationResult fresh = ColumnarSegmenter.of(Segmenter.builder(SCHEMA).add(ADULTS)
                .add(CANADIANS).build()).segment(expected);
        assertThat(fromTable.memberIds("adults")).containsExactly(fresh.memberIds("adults"));
        assertThat(fromTable.memberIds("canadians")).containsExactly(fresh.memberIds("canadians"));
        assertThat(live.snapshot().memberIds("adults")).containsExactly(fresh.memberIds("adults"));
    }

    /**
     * Events reach a listener by themselves, without {@code awaitDelivered} (which wakes the delivery thread, and so
     * would hide a thread that missed a writer's wake-up): during a burst, when the thread sleeps between polls, and
     * after it has been idle long enough to park until a writer wakes it.
     */
    @Test
    void should_deliver_events_without_being_asked_both_in_a_burst_and_after_going_idle() throws Exception {
        live();
        CountDownLatch burst = new CountDownLatch(2 * 200);
        CountDownLatch afterIdle = new CountDownLatch(2 * 200 + 2);
        live.subscribe(event -> {
            burst.countDown();
            afterIdle.countDown();
        });
        for (long id = 1; id <= 200; id++) {
            live.upsert(customer(id, 30, "CA"));   // two events each
        }
        assertThat(burst.await(10, TimeUnit.SECONDS)).as("the burst's 400 events").isTrue();

        Thread.sleep(50);   // far longer than the 2 ms after which the delivery thread parks
        live.upsert(customer(201, 30, "CA"));
        assertThat(afterIdle.await(10, TimeUnit.SECONDS)).as("the change after a pause")
                .isTrue();
    }
}
