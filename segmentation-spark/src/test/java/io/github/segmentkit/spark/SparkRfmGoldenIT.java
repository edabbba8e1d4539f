package io.github.segmentkit.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.classifiers.behavioral.rfm.RfmSegmentMap;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.CancellationRule;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmAggregator;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmAnalysis;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmConfig;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmReport;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.TransactionCsvReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;

/**
 * RFM on Spark of the bundled 20 % Online Retail sample (101,635 lines) equals, customer for customer, the golden
 * file computed independently by segmentation-classifiers' golden/rfm_reference.py (the pandas recipe, exact
 * arithmetic) and the in-memory {@link RfmAnalysis}, with the model (edges and frequency keys) of the latter.
 */
class SparkRfmGoldenIT {
    private static final Path CLASSIFIER_TESTS = Path.of("..", "segmentation-classifiers", "src", "test",
            "resources");
    private static final Path SAMPLE = CLASSIFIER_TESTS.resolve("data/online_retail_sample20.csv.gz");
    private static final Path EXPECTED = CLASSIFIER_TESTS.resolve("golden/online-retail-sample20-expected.csv");
    private static final RfmConfig AS_PUBLISHED = RfmConfig.at(LocalDate.parse("2011-12-11"))
            .withCancellations(CancellationRule.ONLINE_RETAIL_C_PREFIX)
            .withSegmentMap(RfmSegmentMap.pandasTutorial());

    /** The file as Spark reads it: prices as DECIMAL, timestamps zone-less, pandas' float ids ("12583.0") whole. */
    private static Dataset<Row> transactions() {
        Dataset<Row> raw = LocalSpark.session().read().option("header", "true")
                .option("timestampNTZFormat", "yyyy-MM-dd HH:mm:ss")
                .schema("InvoiceNo STRING, StockCode STRING, Description STRING, Quantity BIGINT,"
                        + " InvoiceDate TIMESTAMP_NTZ, UnitPrice DECIMAL(12,4), CustomerID STRING, Country STRING")
                .csv(SAMPLE.toString());
        return raw.withColumn("CustomerID", col("CustomerID").cast(DataTypes.createDecimalType(20, 1))
                .cast(DataTypes.LongType));
    }

    private static Map<Long, String> golden() throws IOException {
        Map<Long, String> expected = new TreeMap<>();
        List<String> lines = Files.readAllLines(EXPECTED);
        assertThat(lines.get(0)).isEqualTo("customer_id,analysis_date,recency,frequency,monetary,R,F,M,segment");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            long id = Long.parseLong(f[0]);
            expected.put(id, RfmRows.of(id, Long.parseLong(f[2]), Long.parseLong(f[3]), new BigDecimal(f[4]),
                    Integer.parseInt(f[5]), Integer.parseInt(f[6]), Integer.parseInt(f[7]), f[8]));
        }
        return expected;
    }

    private static RfmReport inMemory() throws IOException {
        RfmAnalysis analysis = RfmAnalysis.of(AS_PUBLISHED);
        RfmAggregator aggregator = analysis.aggregator();
        try (Reader in = new InputStreamReader(new GZIPInputStream(Files.newInputStream(SAMPLE)),
                StandardCharsets.UTF_8)) {
            TransactionCsvReader.onlineRetail().read(in, aggregator::accept);
        }
        return analysis.analyse(aggregator);
    }

    @Test
    void should_give_every_customer_of_the_online_retail_sample_the_golden_scores_and_segment() throws IOException {
        SparkRfmResult result = SparkRfm.of(AS_PUBLISHED).withColumns(TransactionColumns.onlineRetail())
                .analyse(transactions());

        Map<Long, String> actual = RfmRows.ofSpark(result.customers().collectAsList());
        Map<Long, String> expected = golden();
        assertThat(expected).hasSize(878);
        assertThat(actual).isEqualTo(expected);
        RfmReport core = inMemory();
        assertThat(actual).isEqualTo(RfmRows.ofCore(core));
        assertThat(result.model()).isEqualTo(core.model());
    }
}
