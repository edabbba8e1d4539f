package io.github.segmentkit.live;

import static io.github.segmentkit.live.Buyer.ORDERS;
import static io.github.segmentkit.live.Customer.LAST_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.classifiers.behavioral.rfm.RfmClassifier;
import io.github.segmentkit.classifiers.behavioral.rfm.RfmClassifierConfig;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The javadoc examples of segmentation-live, compiled and run. */
class LiveSnippetsTest {
    private static final Logger log = LoggerFactory.getLogger(LiveSnippetsTest.class);

    private final CustomerSchema<Customer> schema = Customer.SCHEMA;
    private final LocalDate today = LocalDate.of(2024, 3, 31);
    private final Segment lapsed = Segment.named("lapsed").where(LAST_ORDER.beforeDaysAgo(30));
    private final Segment recentBuyers = Segment.named("recent-buyers").where(LAST_ORDER.withinDays(30));
    private final List<Customer> customers = List.of(new Customer(42, today.minusDays(10), "Lyon"),
            new Customer(7, today.minusDays(29), "Paris"), new Customer(9, today.minusDays(30), "Lille"));
    private final List<SegmentEvent> notified = new ArrayList<>();
    private final Crm crm = event -> {
        synchronized (notified) {
            notified.add(event);
        }
    };

    private int notifiedCount() {
        synchronized (notified) {
            return notified.size();
        }
    }

    /** Where the examples send events. */
    interface Crm {
        void notify(SegmentEvent event);
    }

    @Test
    void should_run_the_package_example() throws InterruptedException {
        Customer customerWhoJustBought = new Customer(7, today, "Paris");
        // javadoc: segmentation-live/src/main/java/io/github/segmentkit/live/package-info.java
        try (LiveSegmentation<Customer> live = LiveSegmentation.builder(schema).add(lapsed).asOf(today).build(customers)) {
            live.subscribe(event -> crm.notify(event));
            live.upsert(customerWhoJustBought);
            live.advanceDays(1);
            int lapsedCount = live.snapshot().count("lapsed");
        }
        // no handle on the example's subscription: wait for its thread to deliver
        for (int i = 0; i < 200 && notifiedCount() == 0; i++) {
            Thread.sleep(10);
        }
        // a day later 9's order is 31 days old; 7 (bought today) and 42 (11 days) stay out
        synchronized (notified) {
            assertThat(notified).extracting(SegmentEvent::customerId).containsExactly(9L);
        }
    }

    @Test
    void should_run_the_class_example() throws InterruptedException {
        Customer aliceWhoJustOrdered = new Customer(43, today, "Nice");
        // javadoc: segmentation-live/src/main/java/io/github/segmentkit/live/LiveSegmentation.java
        LiveSegmentation<Customer> live = LiveSegmentation.builder(schema)
                .add(Segment.named("recent-buyers").where(LAST_ORDER.withinDays(30)))
                .asOf(LocalDate.of(2024, 3, 31))
                .build(customers);                                       // the starting state: no events
        live.subscribe(event -> log.info("{}", event));                  // #1 42 entered 'recent-buyers' as of ...
        live.upsert(aliceWhoJustOrdered);                                // re-evaluates Alice only
        live.advanceDays(31);                                            // Alice and others leave 'recent-buyers'
        int recent = live.snapshot().count("recent-buyers");
        live.close();                                                    // stops the listeners' threads

        assertThat(recent).isZero();
    }

    @Test
    void should_run_the_builder_example() {
        List<Throwable> raised = new ArrayList<>();
        class Alerts {
            void raise(Throwable failure) {
                raised.add(failure);
            }
        }
        Alerts alerts = new Alerts();
        // javadoc: segmentation-live/src/main/java/io/github/segmentkit/live/LiveSegmentation.java
        LiveSegmentation<Customer> live = LiveSegmentation.builder(schema).add(recentBuyers).add(lapsed)
                .asOf(Instant.parse("2024-03-31T09:00:00Z"), ZoneId.of("Europe/Paris"))
                .onListenerFailure((listener, event, failure) -> alerts.raise(failure))
                .build(customers);

        assertThat(live.snapshot().memberIds("recent-buyers")).containsExactly(7L, 9L, 42L);
        live.close();
    }

    @Test
    void should_run_the_event_example() throws InterruptedException {
        List<Long> winBackCampaign = new ArrayList<>();
        try (LiveSegmentation<Customer> live = LiveSegmentation.builder(schema).add(lapsed).asOf(today)
                .build(customers)) {
            // javadoc: segmentation-live/src/main/java/io/github/segmentkit/live/SegmentEvent.java
            live.subscribe(event -> {
                if (event.kind() == SegmentEvent.Kind.ENTERED && event.segment().equals("lapsed")) {
                    winBackCampaign.add(event.customerId());
                }
            });
            // javadoc: segmentation-live/src/main/java/io/github/segmentkit/live/SegmentListener.java
            Subscription subscription = live.subscribe(event -> log.info("{}", event));

            live.advanceDays(2);
            assertThat(live.awaitDelivered(Duration.ofSeconds(10))).isTrue();
            assertThat(subscription.deliveredCount()).isEqualTo(2);
        }
        assertThat(winBackCampaign).containsExactly(7L, 9L);
    }

    @Test
    void should_run_the_failure_handler_example() {
        List<SegmentEvent> retryQueue = new ArrayList<>();
        // javadoc: segmentation-live/src/main/java/io/github/segmentkit/live/ListenerFailureHandler.java
        LiveSegmentation.builder(schema).onListenerFailure((listener, event, failure) -> retryQueue.add(event));

        assertThat(retryQueue).isEmpty();
    }

    @Test
    void should_run_the_subscription_example() throws InterruptedException {
        List<SegmentEvent> retryQueue = new ArrayList<>();
        SegmentListener listener = event -> {
            throw new IllegalStateException("down");
        };
        Customer customer = new Customer(1, today, "Lyon");

        LiveSegmentation<Customer> live = LiveSegmentation.builder(schema).add(recentBuyers).asOf(today)
                .onListenerFailure((failed, event, failure) -> retryQueue.add(event)).build(customers);
        // javadoc: segmentation-live/src/main/java/io/github/segmentkit/live/Subscription.java
        try (Subscription subscription = live.subscribe(listener)) {
            live.upsert(customer);
            subscription.awaitDelivered(Duration.ofSeconds(1));   // the listener has seen every event so far
        }
        live.close();
        assertThat(retryQueue).extracting(SegmentEvent::customerId).containsExactly(1L);
    }

    @Test
    void should_run_the_snapshot_example() {
        try (LiveSegmentation<Customer> live = LiveSegmentation.builder(schema).add(lapsed).asOf(today.plusDays(20))
                .build(customers)) {
            // javadoc: segmentation-live/src/main/java/io/github/segmentkit/live/LiveSnapshot.java
            LiveSnapshot now = live.snapshot();
            int lapsed = now.count("lapsed");
            long[] lapsedIds = now.memberIds("lapsed");        // the same state as the count
            Set<String> ofAlice = now.segmentsOf(42L);

            assertThat(lapsed).isEqualTo(2);
            assertThat(lapsedIds).containsExactly(7L, 9L);
            assertThat(ofAlice).isEmpty();
        }
    }

    @Test
    void should_run_the_readme_section() throws InterruptedException {
        Customer customerWhoJustBought = new Customer(10, today, "Lille");
        // javadoc: README.md
        LiveSegmentation<Customer> live = LiveSegmentation.builder(schema)
                .add(Segment.named("recent-buyers").where(LAST_ORDER.withinDays(30)))
                .asOf(LocalDate.of(2024, 3, 31))
                .build(customers);                              // segmented once: the starting state, no events
        live.subscribe(event -> crm.notify(event));            // entered / exited, numbered, on the listener's own thread
        live.upsert(customerWhoJustBought);                    // re-evaluates that customer only
        live.update(42L, customer -> customer.movedTo("Paris"));
        live.advanceDays(1);                                   // re-evaluates only the customers whose dates cross a bound
        int recent = live.snapshot().count("recent-buyers");   // a consistent state, never half a change
        boolean delivered = live.awaitDelivered(Duration.ofSeconds(10));   // listeners run on daemon threads
        live.close();                                          // stops the listeners' threads

        assertThat(delivered).isTrue();
        // 10 is new and bought today; a day later 9's order is 31 days old; 7's is 30, still within
        assertThat(recent).isEqualTo(3);
        assertThat(notified).extracting(SegmentEvent::customerId).containsExactly(10L, 9L);
        assertThat(notified).extracting(SegmentEvent::kind)
                .containsExactly(SegmentEvent.Kind.ENTERED, SegmentEvent.Kind.EXITED);
    }

    @Test
    void should_run_the_purchase_example() {
        // javadoc: segmentation-live/src/main/java/io/github/segmentkit/live/Purchase.java
        Purchase purchase = new Purchase(42L, Instant.parse("2024-03-31T10:15:00Z"), new BigDecimal("19.90"));
        LocalDate day = purchase.date(ZoneOffset.UTC);   // 2024-03-31

        assertThat(day).isEqualTo(today);
    }

    @Test
    void should_run_the_purchase_fold_example() {
        // javadoc: segmentation-live/src/main/java/io/github/segmentkit/live/PurchaseFold.java
        PurchaseFold<Buyer> fold = (buyer, purchase) -> new Buyer(buyer.id(),
                Collections.max(List.of(buyer.lastOrder(), purchase.date(ZoneOffset.UTC))),
                buyer.orders() + 1, buyer.spend().add(purchase.amount()), buyer.city());

        Buyer before = new Buyer(42, today, 2, new BigDecimal("10.00"), "Lyon");
        Buyer after = fold.fold(before, new Purchase(42, Instant.parse("2024-03-01T10:00:00Z"), BigDecimal.ONE));
        assertThat(after).isEqualTo(new Buyer(42, today, 3, new BigDecimal("11.00"), "Lyon"));
    }

    @Test
    void should_run_the_classifier_example() {
        List<Buyer> buyers = List.of(new Buyer(1, today, 9, new BigDecimal("900"), "Lyon"),
                new Buyer(2, today.minusDays(300), 1, BigDecimal.TEN, "Lyon"));
        CustomerSchema<Buyer> schema = Buyer.SCHEMA;
        // javadoc: segmentation-live/src/main/java/io/github/segmentkit/live/LiveSegmentation.java
        FittedClassifier rfm = new RfmClassifier(RfmClassifierConfig.defaults())
                .fit(buyers.stream().map(schema::values).toList());
        LiveSegmentation<Buyer> live = LiveSegmentation.builder(schema).classifier(rfm).build(buyers);
        int champions = live.snapshot().count("rfm_segment=champions");

        // the canonical map: 1 has the best recency, frequency and spend (5, 5, 5), 2 the worst
        assertThat(champions).isEqualTo(1);
        assertThat(live.snapshot().segmentsOf(1)).containsExactly("rfm_segment=champions");
        live.close();
    }

    @Test
    void should_run_the_snapshot_file_examples(@TempDir Path stateDirectory) throws IOException {
        Path file = stateDirectory.resolve("segments.sklive");
        try (LiveSegmentation<Customer> live = LiveSegmentation.builder(schema).add(recentBuyers).add(lapsed)
                .asOf(today).build(customers)) {
            live.upsert(new Customer(10, today, "Lille"));
            // javadoc: segmentation-live/src/main/java/io/github/segmentkit/live/LiveSegmentation.java
            long lastEvent = live.saveTo(stateDirectory.resolve("segments.sklive"));

            assertThat(lastEvent).isEqualTo(1);                    // 10 entered recent-buyers
        }
        // javadoc: segmentation-live/src/main/java/io/github/segmentkit/live/LiveSegmentation.java
        LiveSegmentation<Customer> live = LiveSegmentation.builder(schema).add(recentBuyers).add(lapsed)
                .restore(file, values -> new Customer(values.id(), (LocalDate) values.get("last_order"),
                        (String) values.get("city")));

        assertThat(live.snapshot().memberIds("recent-buyers")).containsExactly(7L, 9L, 10L, 42L);
        assertThat(live.snapshot().sequence()).isEqualTo(1);
        live.close();
    }

    @Test
    void should_run_the_readme_purchases() throws InterruptedException {
        List<Buyer> buyers = List.of(new Buyer(42, today.minusDays(100), 2, new BigDecimal("30"), "Lyon"),
                new Buyer(7, today, 5, new BigDecimal("700"), "Paris"));
        CustomerSchema<Buyer> buyerSchema = Buyer.SCHEMA;
        FittedClassifier rfm = new RfmClassifier(RfmClassifierConfig.defaults())
                .fit(buyers.stream().map(buyerSchema::values).toList());
        // javadoc: README.md
        LiveSegmentation<Buyer> shop = LiveSegmentation.builder(buyerSchema)
                .purchases((buyer, purchase) -> buyer.after(purchase))   // your type: last order, orders, spend
                .classifier(rfm)                                         // segments "rfm_segment=champions", ...
                .build(buyers);
        shop.append(new Purchase(42L, Instant.now(), new BigDecimal("19.90")));   // re-evaluates customer 42 only
        shop.addSegment(Segment.named("regulars").where(ORDERS.ge(3)));          // its members enter, with events
        shop.refit();                                                             // labels everyone anew, with events

        assertThat(shop.customer(42L)).map(Buyer::orders).contains(3L);
        assertThat(shop.snapshot().memberIds("regulars")).containsExactly(7L, 42L);
        shop.close();
    }

    @Test
    void should_run_the_snapshot_file_exception_example(@TempDir Path stateDirectory) throws IOException {
        Path file = Files.writeString(stateDirectory.resolve("segments.sklive"), "not a snapshot");
        LiveSegmentation.Builder<Customer> builder = LiveSegmentation.builder(schema).add(lapsed);
        class Database {
            List<Customer> loadAll() {
                return customers;
            }
        }
        Database database = new Database();
        LiveSegmentation<Customer> live;
        // javadoc: segmentation-live/src/main/java/io/github/segmentkit/live/SnapshotFileException.java
        try {
            live = builder.restore(file, Customer::from);
        } catch (SnapshotFileException e) {
            log.warn("snapshot unusable ({}): reloading from the database", e.reason(), e);
            live = builder.asOf(LocalDate.now()).build(database.loadAll());
        }

        assertThat(live.snapshot().customerCount()).isEqualTo(3);
        live.close();
    }

    @Test
    void should_run_the_readme_snapshot_file_section(@TempDir Path stateDirectory) throws IOException,
            InterruptedException {
        LiveSegmentation<Customer> live = LiveSegmentation.builder(schema)
                .add(Segment.named("recent-buyers").where(LAST_ORDER.withinDays(30)))
                .asOf(LocalDate.of(2024, 3, 31))
                .build(customers);
        live.delete(9L);
        // javadoc: README.md
        long lastEvent = live.saveTo(stateDirectory.resolve("segments.sklive"));   // temporary file, fsync, atomic rename
        LiveSegmentation<Customer> restored = LiveSegmentation.builder(schema)
                .add(Segment.named("recent-buyers").where(LAST_ORDER.withinDays(30)))
                .restore(stateDirectory.resolve("segments.sklive"), values -> new Customer(values.id(),
                        (LocalDate) values.get("last_order"), (String) values.get("city")));

        EventRecorder recorder = new EventRecorder();
        restored.subscribe(recorder);
        restored.upsert(new Customer(9, today, "Lille"));
        assertThat(restored.awaitDelivered(Duration.ofSeconds(10))).isTrue();
        assertThat(recorder.events()).containsExactly(new SegmentEvent(lastEvent + 1, SegmentEvent.Kind.ENTERED,
                "recent-buyers", 9L, Instant.parse("2024-03-31T00:00:00Z")));
        assertThat(lastEvent).isEqualTo(1);
        live.close();
        restored.close();
    }
}
