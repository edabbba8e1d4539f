package io.github.segmentkit.live;

import static io.github.segmentkit.testing.generators.TestCustomers.AGE;
import static io.github.segmentkit.testing.generators.TestCustomers.COUNTRY;
import static io.github.segmentkit.testing.generators.TestCustomers.HOME;
import static io.github.segmentkit.testing.generators.TestCustomers.INTERESTS;
import static io.github.segmentkit.testing.generators.TestCustomers.LAST_ORDER;
import static io.github.segmentkit.testing.generators.TestCustomers.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.testing.generators.TestCustomer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot file recorded by an earlier build of the writer ({@code snapshots/format-v1.snapshot}, written by the
 * writer of 4e36c88, before its buffers were replaced): the writer must still write exactly those bytes for the same
 * state, and the reader must restore them. Tag sets hold at most one tag here, so that no set's iteration order
 * (salted per JVM for immutable sets) can change the bytes.
 */
class SnapshotFileGoldenTest {
    private static final String RECORDED = "/snapshots/format-v1.snapshot";
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 31);
    private static final List<Segment> SEGMENTS = List.of(
            Segment.named("adults").where(AGE.ge(18L)),
            Segment.named("pakistan").where(COUNTRY.in("پاکستان")),
            Segment.named("recent").where(LAST_ORDER.withinDays(30)),
            Segment.named("cricket").where(INTERESTS.containsAny("క్రికెట్")),
            Segment.named("near-london").where(HOME.withinKm(GeoPoint.of(51.5074, -0.1278), 50)));

    @TempDir
    Path directory;

    @RegisterExtension
    final OpenedLiveSegmentations opened = new OpenedLiveSegmentations();

    /**
     * Every value kind, missing values, non-Latin and ill-formed text, extremes; one change and one deletion. Written
     * out here rather than taken from {@link SnapshotFileTest#awkward()}, which it resembles: the recorded file is of
     * exactly these values, and must not change when another test's data does.
     */
    private LiveSegmentation<TestCustomer> recordedState() {
        List<TestCustomer> customers = List.of(
                new TestCustomer(Long.MIN_VALUE, Long.MAX_VALUE, Double.NaN, "پاکستان", true, TODAY.minusDays(3),
                        Instant.parse("2024-03-30T23:59:59.999999999Z"), List.of("క్రికెట్"), GeoPoint.of(51.5, -0.12)),
                new TestCustomer(Long.MAX_VALUE, Long.MIN_VALUE, -0.0, "తెలంగాణ", false, LocalDate.of(1900, 1, 1),
                        Instant.EPOCH, List.of(), GeoPoint.of(-90, 180)),
                new TestCustomer(0, null, Double.MAX_VALUE, "", null, null, null, null, null),
                new TestCustomer(-1, 18L, Double.NEGATIVE_INFINITY, "a\uD800b", null, LocalDate.of(-999_999_999, 1, 1),
                        Instant.parse("-1000000000-01-01T00:00:00Z"), List.of("\uDC00"), GeoPoint.of(90, -180)),
                new TestCustomer(42, 17L, 52_000.0, "US", true, TODAY, Instant.parse("2024-03-31T00:00:00Z"),
                        List.of("hiking"), GeoPoint.of(51.4, 0.0)),
                new TestCustomer(7, 30L, 1.5, "Zürich 😀", false, TODAY.minusDays(31), null, List.of(""), null));
        LiveSegmentation<TestCustomer> live = opened.track(LiveSegmentation.builder(SCHEMA).addAll(SEGMENTS)
                .asOf(TODAY).build(customers));
        live.upsert(new TestCustomer(7, 31L, 2.5, "پاکستان", true, TODAY, null, List.of("క్రికెట్"), null));
        live.delete(0);
        return live;
    }

    private static byte[] recorded() throws IOException {
        try (InputStream in = SnapshotFileGoldenTest.class.getResourceAsStream(RECORDED)) {
            assertThat(in).as(RECORDED).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void should_write_the_bytes_an_earlier_build_wrote_for_the_same_state() throws IOException {
        Path file = directory.resolve("live.snapshot");
        recordedState().saveTo(file);
        byte[] written = Files.readAllBytes(file);
        // kept for a look when the bytes differ (and how the recorded file was made)
        Files.write(Paths.get("target", "format-v1.snapshot"), written);

        assertThat(written).isEqualTo(recorded());
    }

    @Test
    void should_restore_the_recorded_file_to_the_state_it_was_written_from() throws IOException {
        Path file = directory.resolve("recorded.snapshot");
        Files.write(file, recorded());
        LiveSegmentation<TestCustomer> live = recordedState();

        LiveSegmentation<TestCustomer> restored = opened.track(LiveSegmentation.builder(SCHEMA).addAll(SEGMENTS)
                .restore(file, SnapshotFiles::testCustomer));

        assertThat(restored.snapshot().sequence()).isEqualTo(live.snapshot().sequence()).isPositive();
        assertThat(restored.snapshot().customerCount()).isEqualTo(5);
        for (Segment segment : SEGMENTS) {
            assertThat(restored.snapshot().memberIds(segment.name())).as(segment.name())
                    .isEqualTo(live.snapshot().memberIds(segment.name()));
        }
        // hand-checked: adults are ages >= 18 (MAX, 18 and the changed 31); near London the first (0.9 km) and 42
        assertThat(restored.snapshot().memberIds("adults")).containsExactlyInAnyOrder(Long.MIN_VALUE, -1L, 7L);
        assertThat(restored.snapshot().memberIds("near-london")).containsExactlyInAnyOrder(Long.MIN_VALUE, 42L);
        assertThat(restored.snapshot().memberIds("cricket")).containsExactlyInAnyOrder(Long.MIN_VALUE, 7L);
    }
}
