package io.github.segmentkit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.classifiers.behavioral.rfm.RfmModel;
import io.github.segmentkit.classifiers.behavioral.rfm.RfmSegmentMap;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.CancellationRule;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmConfig;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled twins of the RFM and classifier examples in this module's javadoc, run against local Spark. */
class SparkRfmDocSnippetsIT {
    /** Customers 1..6, customer i with i invoices of i units at 1.50 on 2011-12-(10 - i). */
    private static Dataset<Row> onlineRetailLines() {
        List<Row> rows = new ArrayList<>();
        for (long customer = 1; customer <= 6; customer++) {
            for (int invoice = 0; invoice < customer; invoice++) {
                rows.add(RowFactory.create(customer, customer + "0" + invoice,
                        LocalDateTime.of(2011, 12, (int) (10 - customer), 9, 0), customer, new BigDecimal("1.50")));
            }
        }
        rows.add(RowFactory.create(1L, "C99", LocalDateTime.of(2011, 12, 10, 9, 0), 5L, new BigDecimal("1.50")));
        return LocalSpark.session().createDataFrame(rows, DataTypes.createStructType(List.of(
                DataTypes.createStructField("CustomerID", DataTypes.LongType, true),
                DataTypes.createStructField("InvoiceNo", DataTypes.StringType, false),
                DataTypes.createStructField("InvoiceDate", DataTypes.TimestampNTZType, false),
                DataTypes.createStructField("Quantity", DataTypes.LongType, false),
                DataTypes.createStructField("UnitPrice", DataTypes.createDecimalType(10, 2), false))));
    }

    @Test
    void should_run_the_rfm_examples(@TempDir Path dir) {
        Dataset<Row> transactions = onlineRetailLines();
        String output = dir.resolve("rfm").toString();

        // javadoc: segmentation-spark/src/main/java/io/github/segmentkit/spark/SparkRfm.java
        SparkRfm rfm = SparkRfm.of(RfmConfig.at(LocalDate.parse("2011-12-11"))
                .withCancellations(CancellationRule.ONLINE_RETAIL_C_PREFIX))
                .withColumns(TransactionColumns.onlineRetail());
        SparkRfmResult result = rfm.analyse(transactions);
        result.customers().write().parquet(output);   // customer_id, recency, frequency, monetary, r, f, m, segment

        // recency 1..6 days, frequency 6..1: customer 1 the most recent and the most frequent (the C invoice dropped)
        Row first = LocalSpark.session().read().parquet(output).where("customer_id = 1").first();
        assertThat(List.of(first.getLong(1), first.getLong(2))).containsExactly(1L, 1L);
        assertThat(first.getInt(4)).isEqualTo(5);
        assertThat(first.getString(7)).isEqualTo("new_customers");
    }

    @Test
    void should_run_the_examples_of_docs_spark_md(@TempDir Path dir) {
        Dataset<Row> transactions = onlineRetailLines();
        String output = dir.resolve("rfm").toString();

        // javadoc: docs/spark.md
        SparkRfm rfm = SparkRfm.of(RfmConfig.at(LocalDate.parse("2011-12-11"))
                .withCancellations(CancellationRule.ONLINE_RETAIL_C_PREFIX))
                .withColumns(TransactionColumns.onlineRetail());
        SparkRfmResult result = rfm.analyse(transactions);
        result.customers().write().parquet(output);   // customer_id, recency, frequency, monetary, r, f, m, segment
        RfmModel model = result.model().orElseThrow();   // the core's model: edges and frequency keys, exact

        assertThat(model.populationSize()).isEqualTo(6);
        assertThat(LocalSpark.session().read().parquet(output).count()).isEqualTo(6);
        Dataset<Row> customers = transactions.select(functions.col("CustomerID").as("customer_id")).distinct()
                .withColumn("income", functions.col("customer_id").multiply(10_000.0));
        List<AttributeValues> sample = new ArrayList<>();
        for (long id = 1; id <= 6; id++) {
            sample.add(values(id, Map.of("income", id * 10_000.0)));
        }
        FittedClassifier clusters = ClassifierRegistry.create("income-band",
                Map.of("input", "income", "quantiles", 3, "output", "cluster")).fit(sample);

        // javadoc: docs/spark.md
        Dataset<Row> labelled = ClassifierColumn.of(clusters).addTo(customers);   // adds column "cluster"

        assertThat(labelled.where("cluster = 'q3'").count()).isEqualTo(2);
    }

    @Test
    void should_run_the_result_and_scorer_examples() {
        SparkRfm rfm = SparkRfm.of(RfmConfig.at(LocalDate.parse("2011-12-11")))
                .withColumns(TransactionColumns.onlineRetail());
        Dataset<Row> transactions = onlineRetailLines();

        // javadoc: segmentation-spark/src/main/java/io/github/segmentkit/spark/SparkRfmResult.java
        SparkRfmResult result = rfm.analyse(transactions);
        result.model().map(RfmModel::recencyEdges);   // the quintile edges e0..e5, exact
        result.customers().groupBy("segment").count();

        assertThat(result.model().map(RfmModel::recencyEdges).orElseThrow().toStrings())
                .containsExactly("0", "2", "3", "4", "5", "6");   // C99 counts here: customer 1 bought 0 days ago
        RfmModel model = result.model().orElseThrow();
        Dataset<Row> metrics = rfm.metrics(transactions);

        // javadoc: segmentation-spark/src/main/java/io/github/segmentkit/spark/SparkRfmScorer.java
        SparkRfmScorer scorer = SparkRfmScorer.of(model, RfmSegmentMap.canonical());
        Dataset<Row> scored = scorer.score(metrics);   // adds r, f, m (INT) and segment (STRING)

        assertThat(scored.where("segment = 'new_customers'").count()).isEqualTo(2);   // 1 and 2: R5 F1
    }

    @Test
    void should_run_the_transaction_columns_example() {
        // javadoc: segmentation-spark/src/main/java/io/github/segmentkit/spark/TransactionColumns.java
        TransactionColumns columns = TransactionColumns.onlineRetail();   // CustomerID, InvoiceNo, InvoiceDate, ...
        TransactionColumns mine = new TransactionColumns("cust", "order_no", "ordered_at", "qty", "price");

        assertThat(columns.invoice()).isEqualTo("InvoiceNo");
        assertThat(mine.unitPrice()).isEqualTo("price");
    }

    @Test
    void should_run_the_classifier_column_example() {
        List<AttributeValues> sample = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (long id = 1; id <= 40; id++) {
            long frequency = id % 7 + 1;
            double monetary = id * 37 % 400 + 10.0;
            sample.add(values(id, Map.of("frequency", frequency, "monetary", monetary)));
            rows.add(RowFactory.create(id, frequency, monetary));
        }
        Dataset<Row> customers = LocalSpark.session().createDataFrame(rows, DataTypes.createStructType(List.of(
                DataTypes.createStructField("customer_id", DataTypes.LongType, false),
                DataTypes.createStructField("frequency", DataTypes.LongType, false),
                DataTypes.createStructField("monetary", DataTypes.DoubleType, false))));

        // javadoc: segmentation-spark/src/main/java/io/github/segmentkit/spark/ClassifierColumn.java
        FittedClassifier clusters = ClassifierRegistry.create("kmeans",
                Map.of("inputs", List.of("frequency", "monetary"), "k", 4)).fit(sample);
        Dataset<Row> labelled = ClassifierColumn.of(clusters).addTo(customers);   // adds column "cluster"

        for (Row row : labelled.collectAsList()) {
            AttributeValues customer = sample.get((int) row.getLong(0) - 1);
            assertThat(row.getString(3)).isEqualTo(clusters.apply(customer).value());
        }
    }

    private static AttributeValues values(long id, Map<String, Object> values) {
        return new AttributeValues() {
            @Override
            public long id() {
                return id;
            }

            @Override
            public Object get(String attribute) {
                return values.get(attribute);
            }
        };
    }
}
