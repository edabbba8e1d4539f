package io.github.segmentkit.live;

import static io.github.segmentkit.testing.generators.TestCustomers.AGE;
import static io.github.segmentkit.testing.generators.TestCustomers.COUNTRY;
import static io.github.segmentkit.testing.generators.TestCustomers.HOME;
import static io.github.segmentkit.testing.generators.TestCustomers.INCOME;
import static io.github.segmentkit.testing.generators.TestCustomers.INTERESTS;
import static io.github.segmentkit.testing.generators.TestCustomers.LAST_LOGIN;
import static io.github.segmentkit.testing.generators.TestCustomers.LAST_ORDER;
import static io.github.segmentkit.testing.generators.TestCustomers.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.DoubleAttribute;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.attribute.GeoPointAttribute;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.testing.ReferenceEvaluator;
import io.github.segmentkit.testing.ReferenceResult;
import io.github.segmentkit.testing.generators.TestCustomer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Writing a live segmentation to a snapshot file and restoring it: values, members, clock, refusals of mismatches. */
class SnapshotFileTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 31);
    private static final List<Segment> SEGMENTS = List.of(
            Segment.named("adults").where(AGE.ge(18L)),
            Segment.named("pakistan").where(COUNTRY.in("پاکستان")),
            Segment.named("recent").where(LAST_ORDER.withinDays(30)),
            Segment.named("logged-in").where(LAST_LOGIN.withinDays(7)),
            Segment.named("cricket").where(INTERESTS.containsAny("క్రికెట్")),
            Segment.named("near-london").where(HOME.withinKm(GeoPoint.of(51.5074, -0.1278), 50)),
            Segment.named("rich").where(INCOME.gt(50_000.0)));

    @TempDir
    Path directory;

    @RegisterExtension
    final OpenedLiveSegmentations opened = new OpenedLiveSegmentations();

    /** Awkward values of every kind: non-Latin text, NaN, missing values, extreme longs, the poles, lone surrogates. */
    static List<TestCustomer> awkward() {
        return List.of(
                new TestCustomer(Long.MIN_VALUE, Long.MAX_VALUE, Double.NaN, "پاکستان", true, TODAY.minusDays(3),
                        Instant.parse("2024-03-30T23:59:59.999999999Z"), List.of("క్రికెట్", "کتابیں", ""),
                        GeoPoint.of(51.5, -0.12)),
                new TestCustomer(Long.MAX_VALUE, Long.MIN_VALUE, -0.0, "తెలంగాణ", false, LocalDate.of(1900, 1, 1),
                        Instant.EPOCH, List.of(), GeoPoint.of(-90, 180)),
                new TestCustomer(0, null, Double.MAX_VALUE, "", null, null, null, null, null),
                new TestCustomer(-1, 18L, Double.NEGATIVE_INFINITY, "a\uD800b", null, LocalDate.of(-999_999_999, 1, 1),
                        Instant.parse("-1000000000-01-01T00:00:00Z"), List.of("\uDC00"), GeoPoint.of(90, -180)),
                new TestCustomer(42, 17L, 52_000.0, "US", true, TODAY, Instant.parse("2024-03-31T00:00:00Z"),
                        List.of("hiking", "Hiking"), GeoPoint.of(51.4, 0.0)));
    }

    private LiveSegmentation.Builder<TestCustomer> builder() {
        return LiveSegmentation.builder(SCHEMA).addAll(SEGMENTS);
    }

    @Test
    void should_round_trip_every_value_kind_and_the_members() throws IOException {
        List<TestCustomer> customers = awkward();
        LiveSegmentation<TestCustomer> live = opened.track(builder().asOf(TODAY).build(customers));
        Path file = directory.resolve("live.snapshot");
        live.saveTo(file);

        List<TestCustomer> rebuilt = new ArrayList<>();
        LiveSegmentation<TestCustomer> restored = opened.track(builder().restore(file, values -> {
            TestCustomer customer = SnapshotFiles.testCustomer(values);
            rebuilt.add(customer);
            return customer;
        }));

        assertThat(rebuilt).hasSize(customers.size());
        for (int i = 0; i < customers.size(); i++) {
            for (Attribute attribute : SCHEMA.attributes()) {
                assertThat(SCHEMA.binding(attribute.name()).read(rebuilt.get(i))).as(attribute.name())
                        .isEqualTo(SCHEMA.binding(attribute.name()).read(customers.get(i)));
            }
        }
        assertThat(rebuilt.get(3).country()).isEqualTo("a\uD800b");
        assertThat(Double.doubleToRawLongBits(rebuilt.get(1).income())).isEqualTo(Double.doubleToRawLongBits(-0.0));
        // hand-computed: adults are ages >= 18 (MAX and 18); pakistan the first; recent the first and 42 (3 and 0
        // days); logged-in the first and 42; cricket the first; near London the first (0.9 km) and 42 (12 km)
        assertThat(restored.snapshot().memberIds("adults")).containsExactly(Long.MIN_VALUE, -1L);
        assertThat(restored.snapshot().memberIds("pakistan")).containsExactly(Long.MIN_VALUE);
        assertThat(restored.snapshot().memberIds("recent")).containsExactly(Long.MIN_VALUE, 42L);
        assertThat(restored.snapshot().memberIds("logged-in")).containsExactly(Long.MIN_VALUE, 42L);
        assertThat(restored.snapshot().memberIds("cricket")).containsExactly(Long.MIN_VALUE);
        assertThat(restored.snapshot().memberIds("near-london")).containsExactly(Long.MIN_VALUE, 42L);
        assertThat(restored.snapshot().memberIds("rich")).containsExactly(0L, 42L);
        assertThat(restored.asOf()).isEqualTo(live.asOf());
    }

    @Test
    void should_keep_the_clock_zone_and_a_live_segmentation_without_clock() throws IOException {
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        Instant instant = Instant.parse("2024-03-30T20:00:00Z");        // already March 31 in Kolkata
        LiveSegmentation<TestCustomer> live = opened.track(builder().asOf(instant, kolkata).build(awkward()));
        Path file = directory.resolve("zoned.snapshot");
        live.saveTo(file);
        LiveSegmentation<TestCustomer> restored = opened.track(builder().restore(file, SnapshotFiles::testCustomer));
        assertThat(restored.asOf()).isEqualTo(live.asOf());
        assertThat(restored.asOf().date()).isEqualTo(TODAY);

        List<Segment> timeless = List.of(Segment.named("adults").where(AGE.ge(18L)));
        LiveSegmentation<TestCustomer> clockless = opened.track(LiveSegmentation.builder(SCHEMA).addAll(timeless)
                .build(awkward()));
        clockless.saveTo(file);
        LiveSegmentation<TestCustomer> back = opened.track(LiveSegmentation.builder(SCHEMA).addAll(timeless)
                .restore(file, SnapshotFiles::testCustomer));
        assertThat(back.snapshot().memberIds("adults")).containsExactly(Long.MIN_VALUE, -1L);
        assertThatThrownBy(() -> back.advanceDays(1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void should_take_the_members_from_the_file_without_evaluating_them() throws IOException {
        LiveSegmentation<TestCustomer> live = opened.track(builder().asOf(TODAY).build(awkward()));
        Path file = directory.resolve("live.snapshot");
        live.saveTo(file);
        byte[] bytes = Files.readAllBytes(file);
        List<SnapshotFiles.Block> blocks = SnapshotFiles.blocks(bytes);
        int adults = blocks.size() - 1 - (SEGMENTS.size() + 1);                     // the first MEMB block
        assertThat(blocks.get(adults).tag()).isEqualTo("MEMB");
        // a valid file whose 'adults' holds slot 4 (customer 42, aged 17) as well: a recomputation would drop it
        byte[] edited = SnapshotFiles.withBlock(bytes, adults, payload -> {
            org.roaringbitmap.RoaringBitmap members = new org.roaringbitmap.RoaringBitmap();
            members.add(0, 3, 4);
            ByteBuffer out = ByteBuffer.allocate(4 + members.serializedSizeInBytes()).putInt(0);
            members.serialize(out);
            return out.array();
        });
        Path tampered = SnapshotFiles.write(directory, "tampered.snapshot", edited);

        LiveSegmentation<TestCustomer> restored = opened.track(builder().restore(tampered, SnapshotFiles::testCustomer));

        assertThat(restored.snapshot().memberIds("adults")).containsExactly(Long.MIN_VALUE, -1L, 42L);
    }

    @Test
    void should_replace_a_file_atomically_and_leave_it_intact_when_writing_fails() throws IOException {
        AtomicBoolean failing = new AtomicBoolean();
        CategoricalAttribute city = Attribute.ofCategorical("city");
        CustomerSchema<Customer> schema = CustomerSchema.<Customer>builder(Customer::id)
                .date(Customer.LAST_ORDER, Customer::lastOrder)
                .categorical(city, c -> {
                    if (failing.get()) {
                        throw new IllegalStateException("the city service is down");
                    }
                    return c.city();
                }).build();
        LiveSegmentation<Customer> live = opened.track(LiveSegmentation.builder(schema)
                .add(Segment.named("lyon").where(city.eq("Lyon"))).build(List.of(new Customer(1, TODAY, "Lyon"))));
        Path file = directory.resolve("live.snapshot");
        live.saveTo(file);
        byte[] first = Files.readAllBytes(file);
        live.upsert(new Customer(2, TODAY, "Lyon"));

        failing.set(true);
        assertThatThrownBy(() -> live.saveTo(file)).hasMessageContaining("the city service is down")
                .hasMessageContaining("customer 1");

        assertThat(Files.readAllBytes(file)).isEqualTo(first);
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).containsExactly(file);
        }
        failing.set(false);
        assertThat(live.saveTo(file)).isEqualTo(1);
        LiveSegmentation<Customer> restored = opened.track(LiveSegmentation.builder(schema)
                .add(Segment.named("lyon").where(city.eq("Lyon")))
                .restore(file, v -> new Customer(v.id(), (LocalDate) v.get("last_order"), (String) v.get("city"))));
        assertThat(restored.snapshot().memberIds("lyon")).containsExactly(1L, 2L);
        assertThat(restored.snapshot().sequence()).isEqualTo(1);
    }

    @Test
    void should_name_the_number_or_point_that_cannot_be_read_and_keep_the_previous_file() throws IOException {
        // numbers and points are saved by their primitive reads, not read(): their failures must read the same
        AtomicBoolean scoreFails = new AtomicBoolean();
        AtomicBoolean latitudeOutOfRange = new AtomicBoolean();
        DoubleAttribute score = Attribute.ofDouble("score");
        GeoPointAttribute home = Attribute.ofGeoPoint("home");
        CustomerSchema<Customer> schema = CustomerSchema.<Customer>builder(Customer::id)
                .date(Customer.LAST_ORDER, Customer::lastOrder)
                .numeric(score, c -> {
                    if (scoreFails.get()) {
                        throw new IllegalStateException("the scoring service is down");
                    }
                    return c.id() == 2 ? Double.NaN : c.id() * 0.5;
                })
                .geoPoint(home, c -> latitudeOutOfRange.get() ? 95.0 : 45.76, c -> 4.84)
                .build();
        LiveSegmentation<Customer> live = opened.track(LiveSegmentation.builder(schema)
                .add(Segment.named("scored").where(score.gt(0.0)))
                .build(List.of(new Customer(1, TODAY, "Lyon"), new Customer(2, TODAY, "Lyon"))));
        Path file = directory.resolve("live.snapshot");
        live.saveTo(file);
        byte[] first = Files.readAllBytes(file);

        scoreFails.set(true);
        assertThatThrownBy(() -> live.saveTo(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot read 'score' of customer 1 to snapshot it")
                .hasMessageContaining("the scoring service is down");
        scoreFails.set(false);
        latitudeOutOfRange.set(true);
        assertThatThrownBy(() -> live.saveTo(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot read 'home' of customer 1 to snapshot it")
                .hasMessageContaining("latitude 95.0 is outside [-90, 90]");
        assertThat(Files.readAllBytes(file)).isEqualTo(first);

        latitudeOutOfRange.set(false);
        LiveSegmentation<Customer> restored = opened.track(LiveSegmentation.builder(schema)
                .add(Segment.named("scored").where(score.gt(0.0)))
                .restore(file, v -> {
                    // customer 2's score is missing (NaN), so it is not stored; both homes are
                    assertThat(v.get("score")).isEqualTo(v.id() == 2 ? null : v.id() * 0.5);
                    assertThat(v.get("home")).isEqualTo(GeoPoint.of(45.76, 4.84));
                    return new Customer(v.id(), (LocalDate) v.get("last_order"), "Lyon");
                }));
        assertThat(restored.snapshot().memberIds("scored")).containsExactly(1L);
    }

    @Test
    void should_refuse_other_segments_naming_the_one_that_differs() throws IOException {
        Path file = directory.resolve("live.snapshot");
        opened.track(builder().asOf(TODAY).build(awkward())).saveTo(file);
        List<Segment> changed = new ArrayList<>(SEGMENTS);
        changed.set(2, Segment.named("recent").where(LAST_ORDER.withinDays(31)));

        assertThatThrownBy(() -> LiveSegmentation.builder(SCHEMA).addAll(changed)
                .restore(file, SnapshotFiles::testCustomer))
                .isInstanceOfSatisfying(SnapshotFileException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SnapshotFileException.Reason.SEGMENTS_DIFFER);
                    assertThat(e.block()).isEqualTo("HEAD");
                    assertThat(e.file()).isEqualTo(file);
                })
                .hasMessageContaining("segment 'recent'").hasMessageContaining("30").hasMessageContaining("31")
                .hasMessageContaining(file.toString());
        assertThatThrownBy(() -> LiveSegmentation.builder(SCHEMA).addAll(SEGMENTS.subList(0, 3))
                .restore(file, SnapshotFiles::testCustomer))
                .isInstanceOfSatisfying(SnapshotFileException.class,
                        e -> assertThat(e.reason()).isEqualTo(SnapshotFileException.Reason.SEGMENTS_DIFFER))
                .hasMessageContaining("near-london");
    }

    @Test
    void should_refuse_another_schema() throws IOException {
        Path file = directory.resolve("live.snapshot");
        opened.track(builder().asOf(TODAY).build(awkward())).saveTo(file);
        CustomerSchema<TestCustomer> other = CustomerSchema.<TestCustomer>builder(TestCustomer::id)
                .nullableNumeric(AGE, TestCustomer::age).build();

        assertThatThrownBy(() -> LiveSegmentation.builder(other).add(SEGMENTS.get(0))
                .restore(file, SnapshotFiles::testCustomer))
                .isInstanceOfSatisfying(SnapshotFileException.class,
                        e -> assertThat(e.reason()).isEqualTo(SnapshotFileException.Reason.SCHEMA_DIFFERS))
                .hasMessageContaining("country: categorical");
    }

    @Test
    void should_refuse_a_factory_that_does_not_rebuild_the_stored_customer() throws IOException {
        Path file = directory.resolve("live.snapshot");
        opened.track(builder().asOf(TODAY).build(awkward())).saveTo(file);

        assertThatThrownBy(() -> builder().restore(file, values -> {
            TestCustomer c = SnapshotFiles.testCustomer(values);
            return new TestCustomer(c.id(), c.age(), c.income(), "elsewhere", c.optedIn(), c.lastOrder(),
                    c.lastLogin(), c.interests(), c.home());
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'country'");
        assertThatThrownBy(() -> builder().restore(file, values -> LiveSegmentationTest.customer(7, 20, "US")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("built customer 7");
    }

    @Test
    void should_refuse_a_builder_with_its_own_clock() throws IOException {
        Path file = directory.resolve("live.snapshot");
        opened.track(builder().asOf(TODAY).build(awkward())).saveTo(file);

        assertThatThrownBy(() -> builder().asOf(TODAY).restore(file, SnapshotFiles::testCustomer))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("from the snapshot file");
    }

    @Test
    void should_match_the_documented_magic_bytes_and_kind_codes() throws IOException {
        String spec = Files.readString(Path.of("../docs/live-snapshot-format.md"));
        StringBuilder magic = new StringBuilder();
        for (byte b : SnapshotFormat.MAGIC) {
            magic.append(magic.length() == 0 ? "" : " ").append(String.format("%02X", b & 0xFF));
        }
        assertThat(spec).contains("magic   " + magic).contains("i32 version     " + SnapshotFormat.VERSION);
        StringBuilder kinds = new StringBuilder();
        for (AttributeKind kind : AttributeKind.values()) {
            kinds.append(kinds.length() == 0 ? "" : ", ").append(SnapshotFormat.code(kind)).append(' ')
                    .append(kind.label());
        }
        assertThat(spec).contains(kinds.toString());
        assertThat(spec).contains("(the writer uses " + SnapshotFormat.ROWS_PER_GROUP + ")");
    }

    @Test
    void should_save_one_consistent_state_while_writers_change_it() throws Exception {
        List<TestCustomer> kinds = awkward();
        LiveSegmentation<TestCustomer> live = opened.track(builder().asOf(TODAY).build(List.of()));
        AtomicBoolean running = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            Random random = new Random(13);
            while (running.get()) {
                long id = random.nextInt(300);
                switch (random.nextInt(5)) {
                    case 0:
                        live.delete(id);
                        break;
                    case 1:
                        live.advanceTo(live.asOf().instant().plusSeconds(3600L * random.nextInt(30)));
                        break;
                    default:
                        live.upsert(LiveReplay.withId(kinds.get(random.nextInt(kinds.size())), id));
                }
            }
        });
        writer.start();
        List<Path> files = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Thread.sleep(5);
                Path file = directory.resolve("concurrent-" + i + ".snapshot");
                live.saveTo(file);
                files.add(file);
            }
        } finally {
            running.set(false);
            writer.join();
        }

        long previous = -1;
        for (Path file : files) {
            Map<Long, TestCustomer> rebuilt = new HashMap<>();
            LiveSegmentation<TestCustomer> restored = opened.track(builder().restore(file, values -> {
                TestCustomer customer = SnapshotFiles.testCustomer(values);
                rebuilt.put(customer.id(), customer);
                return customer;
            }));
            LiveSnapshot state = restored.snapshot();
            assertThat(state.sequence()).isGreaterThanOrEqualTo(previous);
            previous = state.sequence();
            List<TestCustomer> alive = Arrays.stream(state.customerIds()).mapToObj(rebuilt::get).toList();
            ReferenceResult reference = ReferenceEvaluator.of(SCHEMA, SEGMENTS, restored.asOf())
                    .segment(alive);
            for (Segment segment : SEGMENTS) {
                long[] expected = reference.memberIds(segment.name()).clone();
                Arrays.sort(expected);
                assertThat(state.memberIds(segment.name())).as("%s in %s", segment.name(), file).isEqualTo(expected);
            }
        }
        assertThat(previous).isPositive();
    }
}
