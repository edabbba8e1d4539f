package io.github.segmentkit.benchmarks.spark;

import io.github.segmentkit.api.result.SegmentCounts;
import io.github.segmentkit.benchmarks.workload.Answers;
import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import io.github.segmentkit.benchmarks.workload.BenchSchema;
import io.github.segmentkit.benchmarks.workload.BenchSegments;
import io.github.segmentkit.benchmarks.workload.Workload;
import io.github.segmentkit.spark.DataFrameColumns;
import io.github.segmentkit.spark.SparkSegmenter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The 20 benchmark segments on Spark {@code local[2]}: their counts from a Parquet file of the benchmarks' generated
 * customers (the same customers, seed and segments as {@code SegmentKitBenchmark}, the in-memory engine, which the
 * README compares it with), in one job that reads the file and evaluates every segment. Single-shot: one job is
 * seconds, and a Spark job's fixed cost is part of what a user pays. The Parquet file is written once per size under
 * {@code ${java.io.tmpdir}/segmentkit-benchmarks/}; the counts are checked against the {@code ReferenceEvaluator}'s
 * at setup, so a wrong answer is never timed. The first run of a size writes the file within the first iteration's
 * time limit: give it {@code -to 60min}.
 *
 * <pre>{@code
 * java -cp "benchmarks-spark/target/classes:$(cat benchmarks-spark/target/classpath.txt)" org.openjdk.jmh.Main \
 *      SparkScalingBenchmark -p customers=1000000 -to 60min
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms8g", "-Xmx8g", "-XX:+UseParallelGC",
        "--add-exports=java.base/sun.util.calendar=ALL-UNNAMED"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class SparkScalingBenchmark {
    private static final int CHUNK = 250_000;

    /** How many customers. */
    @Param({"1000000", "10000000"})
    public int customers;

    private SparkSession spark;
    private SparkSegmenter segmenter;
    private String parquet;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        spark = SparkSession.builder().master("local[2]").appName("segmentkit-benchmark")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.datetime.java8API.enabled", "true")
                .config("spark.sql.session.timeZone", "UTC")
                .getOrCreate();
        segmenter = SparkSegmenter.builder(BenchSchema.SCHEMA.attributes()).addAll(BenchSegments.ALL)
                .asOf(BenchSegments.AS_OF)
                .columns(DataFrameColumns.byName().id("id").geoPoint("home", "home_lat", "home_lon"))
                .build();
        Workload workload = Workload.of(customers);
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "segmentkit-benchmarks",
                "customers-" + customers + ".parquet");
        parquet = file.toString();
        if (!Files.isDirectory(file)) {
            // written in chunks (each leaves a _SUCCESS) under another name, renamed only when complete
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            write(workload.customers(), partial.toString());
            Files.move(partial, file);
        }
        Answers.check("spark local[2] counts", workload.expectedCounts(), counts());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        spark.stop();
    }

    /** Reads the Parquet file and counts the members of all 20 segments, in one job. */
    @Benchmark
    public int[] counts() {
        Dataset<Row> input = spark.read().parquet(parquet);
        SegmentCounts counts = segmenter.counts(input);
        return BenchSegments.names().stream().mapToInt(name -> (int) counts.count(name)).toArray();
    }

    private void write(List<BenchCustomer> all, String path) {
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Row> rows = new ArrayList<>(CHUNK);
            for (BenchCustomer c : all.subList(from, Math.min(all.size(), from + CHUNK))) {
                rows.add(RowFactory.create(c.id(), c.age(), c.income(), c.country(), c.channel(), c.loyaltyTier(),
                        c.device(), c.language(), c.newsletter(), c.premium(), c.churnScore(), c.orders(),
                        c.totalSpend(), c.household(), c.lastOrder(), c.signup(), c.lastLogin(),
                        c.interests() == null ? null : List.copyOf(c.interests()), c.homeLat(), c.homeLon(),
                        c.emailOpens()));
            }
            spark.createDataFrame(rows, SCHEMA).write().mode(from == 0 ? SaveMode.Overwrite : SaveMode.Append)
                    .parquet(path);
        }
    }

    private static final StructType SCHEMA = DataTypes.createStructType(List.of(
            field("id", DataTypes.LongType), field("age", DataTypes.IntegerType),
            field("income", DataTypes.DoubleType), field("country", DataTypes.StringType),
            field("channel", DataTypes.StringType), field("loyalty_tier", DataTypes.StringType),
            field("device", DataTypes.StringType), field("language", DataTypes.StringType),
            field("newsletter", DataTypes.BooleanType), field("premium", DataTypes.BooleanType),
            field("churn_score", DataTypes.DoubleType), field("orders", DataTypes.IntegerType),
            field("total_spend", DataTypes.DoubleType), field("household", DataTypes.IntegerType),
            field("last_order", DataTypes.DateType), field("signup", DataTypes.DateType),
            field("last_login", DataTypes.TimestampType),
            field("interests", DataTypes.createArrayType(DataTypes.StringType)),
            field("home_lat", DataTypes.DoubleType), field("home_lon", DataTypes.DoubleType),
            field("email_opens_30d", DataTypes.IntegerType)));

    private static org.apache.spark.sql.types.StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }
}
