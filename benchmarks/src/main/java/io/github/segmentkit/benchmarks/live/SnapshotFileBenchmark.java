package io.github.segmentkit.benchmarks.live;

import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import io.github.segmentkit.benchmarks.workload.BenchSchema;
import io.github.segmentkit.benchmarks.workload.BenchSegments;
import io.github.segmentkit.benchmarks.workload.LongLivedData;
import io.github.segmentkit.benchmarks.workload.WorkloadState;
import io.github.segmentkit.live.LiveSegmentation;
import io.github.segmentkit.live.LiveSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A live segmentation's snapshot file on the 20 benchmark segments and the {@link LiveWorkload}: writing it
 * ({@link #save}), and a restart from it ({@link #restore}: the customers rebuilt from their stored values by
 * {@link #customerOf}, the members read, not evaluated) against a restart without it, a live segmentation built
 * from customers already in memory ({@link #build}: what a restart costs after its reload from the database, so
 * a lower bound of that restart).
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar SnapshotFileBenchmark -p customers=1000000
 * }</pre>
 *
 * <p>Each benchmark checks its answer: a restore must hold every customer and the members the saved segmentation
 * had, a build the same members, and the file written by {@link #save} is restored and checked when the trial ends.
 */
public class SnapshotFileBenchmark extends WorkloadState {
    private List<BenchCustomer> list;
    private LiveSegmentation<BenchCustomer> live;
    private Path directory;
    private Path saved;
    private Path written;
    private int[] expectedCounts;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        list = LiveWorkload.customers(customers);
        live = LiveSegmentation.builder(BenchSchema.SCHEMA).addAll(BenchSegments.ALL).asOf(BenchSegments.AS_OF)
                .build(list);
        directory = Files.createTempDirectory("snapshot-benchmark");
        saved = directory.resolve("restored.snapshot");
        written = directory.resolve("written.snapshot");
        live.saveTo(saved);
        expectedCounts = counts(live.snapshot());
        LongLivedData.settle();
    }

    @TearDown(Level.Trial)
    public void checkWrittenAndStop() throws IOException {
        try {
            if (Files.exists(written)) {
                check(restoreFrom(written));
            }
        } finally {
            live.close();
            for (Path file : List.of(saved, written)) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(directory);
        }
    }

    /** The snapshot file of every customer and member, written to disk and forced. */
    @Benchmark
    public long save() throws IOException {
        return live.saveTo(written);
    }

    /** A live segmentation restored from the file: customers rebuilt, members read. */
    @Benchmark
    public int restore() {
        return check(restoreFrom(saved));
    }

    /** A live segmentation built from the customers in memory: every segment evaluated, no file. */
    @Benchmark
    public int build() {
        return check(LiveSegmentation.builder(BenchSchema.SCHEMA).addAll(BenchSegments.ALL).asOf(BenchSegments.AS_OF)
                .build(list));
    }

    private LiveSegmentation<BenchCustomer> restoreFrom(Path file) {
        return LiveSegmentation.builder(BenchSchema.SCHEMA).addAll(BenchSegments.ALL)
                .restore(file, SnapshotFileBenchmark::customerOf);
    }

    /** Closes {@code other} after checking that it holds every customer and the saved members' counts. */
    private int check(LiveSegmentation<BenchCustomer> other) {
        try (other) {
            LiveSnapshot snapshot = other.snapshot();
            if (snapshot.customerCount() != list.size()
                    || !Arrays.equals(counts(snapshot), expectedCounts)) {
                throw new IllegalStateException("expected " + list.size() + " customers and segment counts "
                        + Arrays.toString(expectedCounts) + ", got " + snapshot.customerCount() + " and "
                        + Arrays.toString(counts(snapshot)));
            }
            return snapshot.customerCount();
        }
    }

    private static int[] counts(LiveSnapshot snapshot) {
        return snapshot.segmentNames().stream().mapToInt(snapshot::count).toArray();
    }

    /**
     * A {@link BenchCustomer} from a snapshot file's stored values, as a CRM's restore would rebuild its customers:
     * numbers are stored as {@code Long} and {@code Double} (missing ones as {@code null}, which the schema reads from
     * {@code null} and NaN), the home as a {@link GeoPoint}.
     */
    @SuppressWarnings("unchecked")
    public static BenchCustomer customerOf(AttributeValues values) {
        GeoPoint home = (GeoPoint) values.get("home");
        return new BenchCustomer(values.id(), integer(values.get("age")), number(values.get("income")),
                (String) values.get("country"), (String) values.get("channel"), (String) values.get("loyalty_tier"),
                (String) values.get("device"), (String) values.get("language"), (Boolean) values.get("newsletter"),
                (Boolean) values.get("premium"), number(values.get("churn_score")), integer(values.get("orders")),
                number(values.get("total_spend")), integer(values.get("household")),
                (LocalDate) values.get("last_order"), (LocalDate) values.get("signup"),
                (Instant) values.get("last_login"), (Set<String>) values.get("interests"),
                home == null ? Double.NaN : home.latitude(), home == null ? Double.NaN : home.longitude(),
                integer(values.get("email_opens_30d")));
    }

    private static Integer integer(Object stored) {
        return stored == null ? null : Math.toIntExact((Long) stored);
    }

    private static double number(Object stored) {
        return stored == null ? Double.NaN : (Double) stored;
    }
}
