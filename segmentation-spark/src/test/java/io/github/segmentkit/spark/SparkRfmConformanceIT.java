package io.github.segmentkit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.classifiers.behavioral.rfm.DuplicateQuantileEdgesException;
import io.github.segmentkit.classifiers.behavioral.rfm.RfmSegmentMap;
import io.github.segmentkit.classifiers.behavioral.rfm.RfmSegmentRule;
import io.github.segmentkit.classifiers.behavioral.rfm.ScoreRange;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.AnalysisTimeBeforeTransactionException;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.CancellationRule;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmAnalysis;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmConfig;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmReport;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.Transaction;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SparkRfm} against the in-memory {@link RfmAnalysis} on random transactions: the same model (edges and
 * frequency keys) and, customer for customer, the same metrics, scores and segment. The data is drawn to hit the
 * rules' corners: few distinct values (ties and duplicate edges), repeated invoices across lines, cancellations,
 * returns, zero quantities and prices, lines without a customer, one customer, and an analysis time between two
 * microseconds.
 */
class SparkRfmConformanceIT {
    private static final LocalDateTime START = LocalDateTime.parse("2011-01-01T00:00");
    private static final RfmSegmentMap ONLY_CHAMPIONS = RfmSegmentMap.of(List.of(new RfmSegmentRule("vip",
            ScoreRange.of(4, 5), ScoreRange.of(4, 5), ScoreRange.of(4, 5))), null);
    private static final List<RfmSegmentMap> MAPS = List.of(RfmSegmentMap.canonical(), RfmSegmentMap.rfmPackage(),
            ONLY_CHAMPIONS);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void should_fit_and_score_random_transactions_as_the_in_memory_analysis(long seed) {
        Random random = new Random(seed);
        List<Transaction> lines = randomLines(random);
        LocalDateTime newest = lines.stream().map(Transaction::timestamp).max(LocalDateTime::compareTo).orElseThrow();
        // up to three days after the newest line, at any nanosecond: never on a whole microsecond by chance alone
        RfmConfig config = RfmConfig.at(newest.plusNanos(random.nextLong(3 * 86_400_000_000_000L)))
                .withCancellations(random.nextBoolean() ? CancellationRule.ONLINE_RETAIL_C_PREFIX
                        : CancellationRule.NEGATIVE_QUANTITY)
                .withSegmentMap(MAPS.get(random.nextInt(MAPS.size())));

        assertSameAnalysis(config, lines, DataTypes.TimestampNTZType);
    }

    @Test
    void should_score_one_customer_as_the_in_memory_analysis() {
        List<Transaction> lines = List.of(line(42L, "1", 0, 2, "3.10"), line(42L, "2", 86_400, 1, "0.90"));

        assertSameAnalysis(RfmConfig.at(START.plusDays(9)), lines, DataTypes.TimestampNTZType);
    }

    @Test
    void should_break_ties_of_equal_customers_by_id_as_the_in_memory_analysis() {
        List<Transaction> lines = new ArrayList<>();
        for (long id = 30; id > 0; id--) {
            lines.add(line(id, "7", 3_600, 1, "5.00"));
        }

        RfmReport core = assertSameAnalysis(RfmConfig.at(START.plusDays(2)), lines, DataTypes.TimestampNTZType);
        assertThat(core.model().orElseThrow().recencyEdges().hasDuplicateEdges()).isTrue();
    }

    @Test
    void should_read_a_timestamp_column_on_the_session_clock_as_zone_less() {
        List<Transaction> lines = randomLines(new Random(99));
        LocalDateTime newest = lines.stream().map(Transaction::timestamp).max(LocalDateTime::compareTo).orElseThrow();

        // the test session's zone is UTC: a TIMESTAMP shows the same wall clock the zone-less line has
        assertSameAnalysis(RfmConfig.at(newest.plusHours(30)), lines, DataTypes.TimestampType);
    }

    @Test
    void should_find_no_customer_when_every_line_is_dropped() {
        List<Transaction> lines = List.of(line(null, "1", 0, 1, "1.00"), line(5L, "2", 0, -1, "1.00"),
                line(6L, "3", 0, 1, "0.00"));

        SparkRfmResult result = SparkRfm.of(RfmConfig.at(START.plusDays(1))).analyse(frame(lines,
                DataTypes.TimestampNTZType));

        assertThat(result.model()).isEmpty();
        assertThat(result.customers().count()).isZero();
        assertThat(RfmAnalysis.of(RfmConfig.at(START.plusDays(1))).analyse(lines).customers()).isEmpty();
    }

    @Test
    void should_refuse_duplicate_edges_in_strict_mode_as_the_in_memory_analysis() {
        List<Transaction> lines = List.of(line(1L, "1", 0, 1, "2.00"), line(2L, "2", 0, 1, "2.00"));
        RfmConfig strict = RfmConfig.at(START.plusDays(1)).withStrictEdges(true);

        assertThatThrownBy(() -> RfmAnalysis.of(strict).analyse(lines))
                .isInstanceOf(DuplicateQuantileEdgesException.class);
        assertThatThrownBy(() -> SparkRfm.of(strict).analyse(frame(lines, DataTypes.TimestampNTZType)))
                .isInstanceOf(DuplicateQuantileEdgesException.class);
    }

    @Test
    void should_refuse_an_analysis_time_before_the_newest_line_even_a_dropped_one() {
        List<Transaction> lines = List.of(line(1L, "1", 0, 1, "2.00"), line(null, "2", 7_200, 1, "2.00"));

        assertThatThrownBy(() -> SparkRfm.of(RfmConfig.at(START.plusHours(1)))
                .analyse(frame(lines, DataTypes.TimestampNTZType)))
                .isInstanceOf(AnalysisTimeBeforeTransactionException.class)
                .hasMessageContaining("2011-01-01T02:00");
    }

    @Test
    void should_refuse_a_double_price_and_a_null_invoice_naming_the_column() {
        Dataset<Row> lines = frame(List.of(line(1L, "1", 0, 1, "2.00")), DataTypes.TimestampNTZType);

        assertThatThrownBy(() -> SparkRfm.of(RfmConfig.at(START.plusDays(1)))
                .analyse(lines.withColumn("unit_price", lines.col("unit_price").cast(DataTypes.DoubleType))))
                .isInstanceOf(SparkColumnException.class)
                .hasMessage("column 'unit_price' (unit price) is DOUBLE, expected a DECIMAL or whole-number column"
                        + " (read prices as DECIMAL: sums of DOUBLE are not exact)");
        assertThatThrownBy(() -> SparkRfm.of(RfmConfig.at(START.plusDays(1)))
                .analyse(lines.withColumn("invoice", org.apache.spark.sql.functions.lit(null).cast("string"))))
                .isInstanceOf(SparkColumnException.class)
                .hasMessage("column 'invoice' (invoice) is NULL on 1 line(s); every transaction line needs one");
    }

    private static RfmReport assertSameAnalysis(RfmConfig config, List<Transaction> lines, DataType timestamps) {
        RfmReport core = RfmAnalysis.of(config).analyse(lines);

        SparkRfmResult spark = SparkRfm.of(config).analyse(frame(lines, timestamps));

        assertThat(spark.model()).isEqualTo(core.model());
        assertThat(RfmRows.ofSpark(spark.customers().collectAsList())).isEqualTo(RfmRows.ofCore(core));
        return core;
    }

    /** 1..60 customers with ids from a narrow range, so that many share values; 1..6 lines each. */
    private static List<Transaction> randomLines(Random random) {
        int customers = 1 + random.nextInt(random.nextBoolean() ? 4 : 60);
        int spread = 1 + random.nextInt(400);
        String[] prices = {"0.00", "0.01", "1.25", "2.5", "2.50", "10", "-1.00", "3.3333"};
        List<Transaction> lines = new ArrayList<>();
        for (int c = 0; c < customers; c++) {
            Long id = random.nextInt(20) == 0 ? null : (long) random.nextInt(customers * 3) - 5;
            int count = 1 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                String invoice = switch (random.nextInt(5)) {
                    case 0 -> "C" + random.nextInt(5);
                    case 1 -> "0" + random.nextInt(5);
                    case 2 -> "A-" + random.nextInt(3);
                    default -> Integer.toString(random.nextInt(8));
                };
                long quantity = random.nextInt(9) - 2;
                lines.add(line(id, invoice, random.nextInt(spread) * 86_400L + random.nextInt(3) * 43_200L
                        + random.nextInt(1_000_000), quantity, prices[random.nextInt(prices.length)]));
            }
        }
        return lines;
    }

    /** A line {@code seconds} (plus as many microseconds again, for sub-second times) after 2011-01-01. */
    private static Transaction line(Long id, String invoice, long seconds, long quantity, String price) {
        LocalDateTime at = START.plusSeconds(seconds).plusNanos(seconds % 1000 * 1000);
        return new Transaction(id, invoice, at, quantity, new BigDecimal(price));
    }

    private static Dataset<Row> frame(List<Transaction> lines, DataType timestamps) {
        List<Row> rows = new ArrayList<>();
        for (Transaction t : lines) {
            Object when = timestamps.equals(DataTypes.TimestampType)
                    ? t.timestamp().toInstant(java.time.ZoneOffset.UTC) : t.timestamp();
            rows.add(RowFactory.create(t.customerId(), t.invoice(), when, t.quantity(), t.unitPrice()));
        }
        return LocalSpark.session().createDataFrame(rows, DataTypes.createStructType(List.of(
                DataTypes.createStructField("customer_id", DataTypes.LongType, true),
                DataTypes.createStructField("invoice", DataTypes.StringType, true),
                DataTypes.createStructField("timestamp", timestamps, true),
                DataTypes.createStructField("quantity", DataTypes.LongType, true),
                DataTypes.createStructField("unit_price", DataTypes.createDecimalType(12, 4), true))));
    }
}
