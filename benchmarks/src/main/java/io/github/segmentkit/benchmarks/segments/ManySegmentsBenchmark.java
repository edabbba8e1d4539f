package io.github.segmentkit.benchmarks.segments;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.benchmarks.peers.duckdb.DuckDbState;
import io.github.segmentkit.benchmarks.peers.duckdb.SqlCondition;
import io.github.segmentkit.benchmarks.workload.Answers;
import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import io.github.segmentkit.benchmarks.workload.BenchSchema;
import io.github.segmentkit.benchmarks.workload.BenchSegments;
import io.github.segmentkit.benchmarks.workload.LongLivedData;
import io.github.segmentkit.core.engine.ColumnarSegmenter;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.core.engine.RoaringSegmentationResult;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The engine with many segments, shared by the hardening issue (memory of member bitmaps) and the performance issue
 * (their speed), against DuckDB asked one query per segment in the same run, over a pre-built table. Two mixes:
 * {@code drawn}, segments drawn by a seeded generator from every kind of {@link BenchSegments}
 * ({@link DrawnSegments}); and {@code bands}, {@code segments} spend bands, {@code total_spend >= lo and
 * total_spend < hi} with equal widths over the spend range, so that with the workload's log-normal spend a few bands
 * are dense and most are sparse, as price-band or per-store segments are. Setup checks the engine's counts against
 * DuckDB's, segment by segment (and the bands against a plain loop over the records too), and prints the bytes of
 * the member bitmaps.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ManySegmentsBenchmark -p customers=1000000 -p segments=20,200,10000
 * }</pre>
 */
public class ManySegmentsBenchmark extends DuckDbState {
    /** How many segments. */
    @Param({"20", "200", "1000", "2000", "10000"})
    public int segments;

    /** Which segments: {@code drawn} from every kind of {@link BenchSegments}, or spend {@code bands}. */
    @Param({"drawn", "bands"})
    public String mix;

    private ColumnarSegmenter<BenchCustomer> engine;
    private CustomerTable<BenchCustomer> table;
    private final List<PreparedStatement> queries = new ArrayList<>();

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        List<BenchCustomer> customers = workload().customers();
        List<Segment> chosen = new ArrayList<>(segments);
        List<SqlCondition> conditions = new ArrayList<>(segments);
        double[] edges = edges(customers, segments);
        if ("bands".equals(mix)) {
            for (int s = 0; s < segments; s++) {
                chosen.add(Segment.named("band-" + s).where(BenchSchema.TOTAL_SPEND.ge(edges[s])
                        .and(BenchSchema.TOTAL_SPEND.lt(edges[s + 1]))));
                conditions.add(new SqlCondition("total_spend >= ? AND total_spend < ?", List.of(edges[s],
                        edges[s + 1])));
            }
        } else if ("drawn".equals(mix)) {
            for (DrawnSegments.Drawn drawn : DrawnSegments.draw(segments, DrawnSegments.SEED)) {
                chosen.add(drawn.segment());
                conditions.add(drawn.sql());
            }
        } else {
            throw new IllegalArgumentException("mix must be 'drawn' or 'bands', got '" + mix + "'");
        }
        engine = ColumnarSegmenter.of(Segmenter.builder(BenchSchema.SCHEMA).addAll(chosen)
                .asOf(BenchSegments.AS_OF).parallelism(2).build());
        table = engine.table(customers);
        loadTable();
        for (SqlCondition condition : conditions) {
            queries.add(prepare("SELECT count(*) FROM customers WHERE " + condition.sql(), List.of(condition)));
        }
        int[] counts = counts();
        Answers.check(mix + ": the engine against DuckDB, one query per segment", duckDbCounts(), counts);
        if ("bands".equals(mix)) {
            Answers.check("spend bands", expectedCounts(customers, edges), counts);
        }
        RoaringSegmentationResult result = segment();
        long bitmapBytes = 0;
        for (Segment segment : chosen) {
            bitmapBytes += result.members(segment.name()).getLongSizeInBytes();
        }
        System.out.printf("%n%d %s segments: member bitmaps %,d bytes, table %,d bytes%n", segments, mix,
                bitmapBytes, table.memoryBytes());
        LongLivedData.settle();
    }

    /** DuckDB's count of every segment, one {@code SELECT count(*) … WHERE …} per segment. */
    @Benchmark
    public int[] duckDbCounts() throws SQLException {
        int[] counts = new int[queries.size()];
        for (int s = 0; s < counts.length; s++) {
            try (ResultSet rows = queries.get(s).executeQuery()) {
                rows.next();
                counts[s] = rows.getInt(1);
            }
        }
        return counts;
    }

    /** The counts of every band, without member bitmaps. */
    @Benchmark
    public int[] counts() {
        return engine.counts(table);
    }

    /** Every band with its member bitmap. */
    @Benchmark
    public RoaringSegmentationResult segment() {
        return engine.segment(table);
    }

    /** {@code segments + 1} equally spaced edges from the smallest to just past the largest spend. */
    static double[] edges(List<BenchCustomer> customers, int segments) {
        double max = customers.stream().mapToDouble(BenchCustomer::totalSpend).filter(v -> !Double.isNaN(v)).max()
                .orElse(1);
        double[] edges = new double[segments + 1];
        for (int i = 0; i <= segments; i++) {
            edges[i] = Math.nextUp(max) * i / segments;
        }
        edges[segments] = Math.nextUp(max);
        return edges;
    }

    /** The members of each band by a plain loop: the band whose [lo, hi) holds the spend, found by binary search. */
    static int[] expectedCounts(List<BenchCustomer> customers, double[] edges) {
        int[] counts = new int[edges.length - 1];
        for (BenchCustomer customer : customers) {
            double spend = customer.totalSpend();
            if (Double.isNaN(spend) || spend < edges[0] || spend >= edges[edges.length - 1]) {
                continue;
            }
            int at = Arrays.binarySearch(edges, spend);
            // an exact edge starts its band; otherwise the insertion point is one past the band's low edge
            int band = at >= 0 ? at : -at - 2;
            counts[band]++;
        }
        return counts;
    }
}
