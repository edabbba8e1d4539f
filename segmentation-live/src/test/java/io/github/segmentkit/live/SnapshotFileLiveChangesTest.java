package io.github.segmentkit.live;

import static io.github.segmentkit.api.criteria.Criteria.inSegment;
import static io.github.segmentkit.live.Customer.CITY;
import static io.github.segmentkit.live.Customer.LAST_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.classifiers.behavioral.rfm.RfmClassifier;
import io.github.segmentkit.classifiers.behavioral.rfm.RfmClassifierConfig;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snapshot files of live segmentations that changed in the ways a file does not show directly: segments added and
 * removed while live, purchases appended, classifiers held (refused: the file has no fitted parameters).
 */
class SnapshotFileLiveChangesTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 31);
    private static final Segment RECENT = Segment.named("recent-buyers").where(LAST_ORDER.withinDays(30));
    private static final Segment LAPSED = Segment.named("lapsed").where(LAST_ORDER.beforeDaysAgo(30));
    private static final Segment LYON = Segment.named("lyon").where(CITY.eq("Lyon"));
    private static final Segment LAPSED_IN_LYON = Segment.named("lapsed-in-lyon")
            .where(inSegment("lapsed").and(inSegment("lyon")));
    private static final Segment REGULARS = Segment.named("regulars").where(Buyer.ORDERS.ge(3L));

    @TempDir
    Path directory;

    @RegisterExtension
    final OpenedLiveSegmentations opened = new OpenedLiveSegmentations();

    /** No date on a bound of the 30-day criteria: 42 and 7 bought recently, 9 and 5 did not. */
    private static List<Customer> customers() {
        return List.of(new Customer(42, TODAY.minusDays(10), "Lyon"), new Customer(7, TODAY.minusDays(20), "Paris"),
                new Customer(9, TODAY.minusDays(45), "Lille"), new Customer(5, TODAY.minusDays(60), "Lyon"));
    }

    private static Buyer buyer(AttributeValues values) {
        return new Buyer(values.id(), (LocalDate) values.get("last_order"), (Long) values.get("frequency"),
                BigDecimal.valueOf((Double) values.get("monetary")), (String) values.get("city"));
    }

    @Test
    void should_restore_segments_added_and_removed_while_live_with_a_builder_declaring_the_current_ones()
            throws IOException, InterruptedException {
        LiveSegmentation<Customer> live = opened.track(LiveSegmentation.builder(Customer.SCHEMA).add(RECENT).add(LAPSED)
                .asOf(TODAY).build(customers()));
        live.addSegment(LYON);              // 42 and 5 enter: events 1 and 2
        live.addSegment(LAPSED_IN_LYON);    // 5 enters: event 3
        live.removeSegment("recent-buyers");   // 42 and 7 exit: events 4 and 5
        Path file = directory.resolve("segments.sklive");

        long lastEvent = live.saveTo(file);

        assertThat(lastEvent).isEqualTo(5);
        LiveSegmentation<Customer> restored = opened.track(LiveSegmentation.builder(Customer.SCHEMA)
                .add(LAPSED).add(LYON).add(LAPSED_IN_LYON).restore(file, Customer::from));
        assertThat(restored.segments()).isEqualTo(live.segments()).containsExactly(LAPSED, LYON, LAPSED_IN_LYON);
        LiveSnapshot snapshot = restored.snapshot();
        assertThat(snapshot.sequence()).isEqualTo(5);
        assertThat(snapshot.memberIds("lapsed")).containsExactlyInAnyOrder(9L, 5L);
        assertThat(snapshot.memberIds("lyon")).containsExactlyInAnyOrder(42L, 5L);
        assertThat(snapshot.memberIds("lapsed-in-lyon")).containsExactly(5L);

        // the restored one goes on as the saved one does: same events, same numbers
        EventRecorder before = new EventRecorder();
        EventRecorder after = new EventRecorder();
        live.subscribe(before);
        restored.subscribe(after);
        for (LiveSegmentation<Customer> each : List.of(live, restored)) {
            each.update(9L, customer -> customer.movedTo("Lyon"));
            each.addSegment(RECENT);
            each.removeSegment("lapsed-in-lyon");
            assertThat(each.awaitDelivered(Duration.ofSeconds(10))).isTrue();
        }
        Instant asOf = Instant.parse("2024-03-31T00:00:00Z");
        assertThat(after.events()).isEqualTo(before.events()).containsExactly(
                new SegmentEvent(6, SegmentEvent.Kind.ENTERED, "lyon", 9L, asOf),
                new SegmentEvent(7, SegmentEvent.Kind.ENTERED, "lapsed-in-lyon", 9L, asOf),
                new SegmentEvent(8, SegmentEvent.Kind.ENTERED, "recent-buyers", 42L, asOf),
                new SegmentEvent(9, SegmentEvent.Kind.ENTERED, "recent-buyers", 7L, asOf),
                new SegmentEvent(10, SegmentEvent.Kind.EXITED, "lapsed-in-lyon", 9L, asOf),
                new SegmentEvent(11, SegmentEvent.Kind.EXITED, "lapsed-in-lyon", 5L, asOf));
    }

    @Test
    void should_refuse_a_builder_declaring_other_segments_than_those_saved() throws IOException {
        LiveSegmentation<Customer> live = opened.track(LiveSegmentation.builder(Customer.SCHEMA).add(RECENT).add(LAPSED)
                .asOf(TODAY).build(customers()));
        live.addSegment(LYON);
        live.removeSegment("lapsed");
        Path file = directory.resolve("segments.sklive");
        live.saveTo(file);

        // the segments it was built with, the current ones without the added one, the current ones in another order
        for (List<Segment> declared : List.of(List.of(RECENT, LAPSED), List.of(RECENT), List.of(LYON, RECENT))) {
            assertThatThrownBy(() -> LiveSegmentation.builder(Customer.SCHEMA).addAll(declared)
                    .restore(file, Customer::from))
                    .as("restoring with %s", declared)
                    .isInstanceOfSatisfying(SnapshotFileException.class, e -> assertThat(e.reason())
                            .isEqualTo(SnapshotFileException.Reason.SEGMENTS_DIFFER));
        }
        assertThat(opened.track(LiveSegmentation.builder(Customer.SCHEMA).add(RECENT).add(LYON)
                .restore(file, Customer::from)).snapshot().memberIds("lyon")).containsExactlyInAnyOrder(42L, 5L);
    }

    @Test
    void should_save_the_segments_of_the_change_it_is_captured_at_while_segments_come_and_go() throws Exception {
        LiveSegmentation<Customer> live = opened.track(LiveSegmentation.builder(Customer.SCHEMA).add(LAPSED)
                .asOf(TODAY).build(customers()));
        List<Path> files = saveWhileChanging(live, 40, "segments", round -> {
            live.addSegment(LYON);
            live.removeSegment("lyon");
        });
        for (Path file : files) {
            // each file holds one of the two states, lyon's members saved exactly when lyon is: the builder
            // declaring the other segments is refused
            LiveSnapshot without = restoredOrNull(file, List.of(LAPSED));
            LiveSnapshot with = restoredOrNull(file, List.of(LAPSED, LYON));
            assertThat(without == null).as("%s restores with exactly one of the segment lists", file)
                    .isNotEqualTo(with == null);
            LiveSnapshot snapshot = with != null ? with : without;
            assertThat(snapshot.memberIds("lapsed")).as("%s", file).containsExactlyInAnyOrder(9L, 5L);
            if (with != null) {
                assertThat(with.memberIds("lyon")).as("%s", file).containsExactlyInAnyOrder(42L, 5L);
            }
            // adding lyon sends 2 events, removing it 2 more: a file with lyon is saved half-way through a round
            assertThat(snapshot.sequence() % 4).as("%s", file).isEqualTo(with != null ? 2 : 0);
        }
    }

    @Test
    void should_save_the_customers_members_and_sequence_of_one_change_while_a_writer_changes_them() throws Exception {
        int customers = 8;
        List<Customer> inParis = new ArrayList<>();
        for (int j = 0; j < customers; j++) {
            inParis.add(new Customer(100 + j, TODAY, "Paris"));
        }
        LiveSegmentation<Customer> live = opened.track(LiveSegmentation.builder(Customer.SCHEMA).add(LYON)
                .asOf(TODAY).build(inParis));
        assertThat(live.snapshot().sequence()).isZero();
        // change k moves customer 100 + k % 8 to Lyon in even rounds of eight and back to Paris in odd ones: one event
        // each, so a state's sequence number says where every customer is
        List<Path> files = saveWhileChanging(live, 150, "changes", k -> {
            String city = (k / customers) % 2 == 0 ? "Lyon" : "Paris";
            live.upsert(new Customer(100 + k % customers, TODAY, city));
        });
        Set<Long> savedAt = new HashSet<>();
        for (Path file : files) {
            LiveSegmentation<Customer> restored = opened.track(LiveSegmentation.builder(Customer.SCHEMA).add(LYON)
                    .restore(file, Customer::from));
            LiveSnapshot snapshot = restored.snapshot();
            long changes = snapshot.sequence();
            savedAt.add(changes);
            List<Long> expectedInLyon = new ArrayList<>();
            for (int j = 0; j < customers; j++) {
                long moves = changes > j ? (changes - j + customers - 1) / customers : 0;
                long id = 100 + j;
                if (moves % 2 == 1) {
                    expectedInLyon.add(id);
                }
                assertThat(restored.customer(id)).as("%s after %d changes: customer %d", file, changes, id)
                        .hasValueSatisfying(c -> assertThat(c.city()).isEqualTo(moves % 2 == 1 ? "Lyon" : "Paris"));
            }
            assertThat(snapshot.memberIds("lyon")).as("%s after %d changes", file, changes)
                    .containsExactlyInAnyOrder(expectedInLyon.stream().mapToLong(Long::longValue).toArray());
            assertThat(snapshot.customerCount()).isEqualTo(customers);
        }
        assertThat(savedAt).as("the files were saved at different changes: the writer ran meanwhile")
                .hasSizeGreaterThan(1);
    }

    /**
     * Saves {@code live} to {@code saves} files named after {@code name} while another thread calls {@code change}
     * with 0, 1, 2 and on, until the last file is saved; returns the files in the order saved.
     */
    private List<Path> saveWhileChanging(LiveSegmentation<?> live, int saves, String name, LongConsumer change)
            throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        Thread changer = new Thread(() -> {
            for (long k = 0; running.get(); k++) {
                change.accept(k);
            }
        });
        changer.start();
        List<Path> files = new ArrayList<>();
        try {
            for (int i = 0; i < saves; i++) {
                Path file = directory.resolve(name + "-" + i + ".sklive");
                live.saveTo(file);
                files.add(file);
            }
        } finally {
            running.set(false);
            changer.join();
        }
        return files;
    }

    /** The snapshot of {@code file} restored with {@code segments}, or null when it holds other segments. */
    private LiveSnapshot restoredOrNull(Path file, List<Segment> segments) {
        try {
            return opened.track(LiveSegmentation.builder(Customer.SCHEMA).addAll(segments).restore(file, Customer::from))
                    .snapshot();
        } catch (SnapshotFileException e) {
            assertThat(e.reason()).isEqualTo(SnapshotFileException.Reason.SEGMENTS_DIFFER);
            return null;
        }
    }

    @Test
    void should_refuse_to_save_a_live_segmentation_holding_a_classifier_and_leave_the_previous_file()
            throws IOException {
        List<Buyer> buyers = List.of(new Buyer(1, TODAY, 9, new BigDecimal("900"), "Lyon"),
                new Buyer(2, TODAY.minusDays(300), 1, BigDecimal.TEN, "Lyon"));
        FittedClassifier rfm = new RfmClassifier(RfmClassifierConfig.defaults())
                .fit(buyers.stream().map(Buyer.SCHEMA::values).toList());
        LiveSegmentation<Buyer> live = opened.track(LiveSegmentation.builder(Buyer.SCHEMA).classifier(rfm).build(buyers));
        Path file = Files.writeString(directory.resolve("segments.sklive"), "the previous file");

        assertThatThrownBy(() -> live.saveTo(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("[rfm_segment]")
                .hasMessageContaining("does not store fitted parameters");
        assertThat(Files.readString(file)).isEqualTo("the previous file");
        try (var left = Files.list(directory)) {
            assertThat(left).containsExactly(file);   // no temporary file either
        }
    }

    @Test
    void should_refuse_to_restore_with_a_classifier_before_reading_the_file() throws IOException {
        List<Buyer> buyers = List.of(new Buyer(1, TODAY, 9, new BigDecimal("900"), "Lyon"),
                new Buyer(2, TODAY.minusDays(300), 1, BigDecimal.TEN, "Lyon"));
        Path file = directory.resolve("segments.sklive");
        opened.track(LiveSegmentation.builder(Buyer.SCHEMA).add(REGULARS).build(buyers)).saveTo(file);
        FittedClassifier rfm = new RfmClassifier(RfmClassifierConfig.defaults())
                .fit(buyers.stream().map(Buyer.SCHEMA::values).toList());

        assertThatThrownBy(() -> LiveSegmentation.builder(Buyer.SCHEMA).add(REGULARS).classifier(rfm)
                .restore(file, SnapshotFileLiveChangesTest::buyer)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("[rfm_segment]")
                .hasMessageContaining("does not store fitted parameters");
        // the file itself is fine: the same builder without the classifier restores it
        assertThat(opened.track(LiveSegmentation.builder(Buyer.SCHEMA).add(REGULARS)
                .restore(file, SnapshotFileLiveChangesTest::buyer)).snapshot().memberIds("regulars"))
                .containsExactly(1L);
    }

    @Test
    void should_restore_the_customers_purchases_were_folded_into_and_append_after_it() throws IOException {
        List<Buyer> buyers = List.of(new Buyer(42, TODAY.minusDays(100), 2, new BigDecimal("30"), "Lyon"),
                new Buyer(7, TODAY, 5, new BigDecimal("700"), "Paris"));
        LiveSegmentation<Buyer> live = opened.track(LiveSegmentation.builder(Buyer.SCHEMA).purchases(Buyer.FOLD)
                .add(REGULARS).build(buyers));
        live.append(new Purchase(42L, Instant.parse("2024-03-31T10:15:00Z"), new BigDecimal("19.90")));
        Path file = directory.resolve("segments.sklive");

        assertThat(live.saveTo(file)).isEqualTo(1);   // 42 entered regulars with its third order

        LiveSegmentation<Buyer> restored = opened.track(LiveSegmentation.builder(Buyer.SCHEMA).purchases(Buyer.FOLD)
                .add(REGULARS).restore(file, SnapshotFileLiveChangesTest::buyer));
        Buyer held = restored.customer(42L).orElseThrow();
        assertThat(held.lastOrder()).isEqualTo(TODAY);
        assertThat(held.orders()).isEqualTo(3);
        assertThat(held.spend()).isEqualByComparingTo("49.90");
        assertThat(restored.snapshot().memberIds("regulars")).containsExactlyInAnyOrder(7L, 42L);
        restored.append(new Purchase(42L, Instant.parse("2024-04-01T09:00:00Z"), BigDecimal.ONE));
        assertThat(restored.customer(42L).orElseThrow().orders()).isEqualTo(4);
        assertThat(restored.snapshot().sequence()).isEqualTo(1);   // still a regular: no event
    }
}
