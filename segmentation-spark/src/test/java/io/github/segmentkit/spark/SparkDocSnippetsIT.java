package io.github.segmentkit.spark;

import static io.github.segmentkit.api.criteria.Criteria.inSegment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.DateAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.result.SegmentCounts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled twins of the Java in docs/spark.md and in this module's javadoc, run against local Spark. */
class SparkDocSnippetsIT {
    private static final LongAttribute AGE = Attribute.ofLong("age");
    private static final CategoricalAttribute COUNTRY = Attribute.ofCategorical("country");
    private static final DateAttribute LAST_ORDER = Attribute.ofDate("last_order");

    /** cust_id 1: 30, ordered 2022-01-01; 2: 16, ordered 2024-03-01; 3: 45, never ordered. */
    private static Dataset<Row> customers(SparkSession spark) {
        return spark.createDataFrame(List.of(
                RowFactory.create(1L, 30, "US", LocalDate.of(2022, 1, 1)),
                RowFactory.create(2L, 16, "CA", LocalDate.of(2024, 3, 1)),
                RowFactory.create(3L, 45, "US", null)), DataTypes.createStructType(List.of(
                        DataTypes.createStructField("cust_id", DataTypes.LongType, false),
                        DataTypes.createStructField("age_years", DataTypes.IntegerType, true),
                        DataTypes.createStructField("country", DataTypes.StringType, true),
                        DataTypes.createStructField("last_order", DataTypes.DateType, true))));
    }

    @Test
    void should_run_the_example_of_docs_spark_md(@TempDir Path dir) {
        SparkSession spark = LocalSpark.session();
        String input = dir.resolve("customers").toString();
        String output = dir.resolve("memberships").toString();
        customers(spark).write().parquet(input);

        // javadoc: docs/spark.md
        SparkSegmenter segmenter = SparkSegmenter.builder(List.of(AGE, COUNTRY, LAST_ORDER))
                .add(Segment.named("adults").where(AGE.ge(18L)))
                .add(Segment.named("lapsed").where(LAST_ORDER.beforeDaysAgo(365)))
                .add(Segment.named("lapsed-adults").where(inSegment("adults").and(inSegment("lapsed"))))
                .asOf(LocalDate.of(2024, 3, 31))
                .columns(DataFrameColumns.byName().id("cust_id").column("age", "age_years"))
                .build();

        Dataset<Row> customers = spark.read().parquet(input);
        segmenter.memberships(customers).write().mode(SaveMode.Overwrite).parquet(output);   // customer_id, segment, as_of
        SegmentCounts counts = segmenter.counts(customers);                                  // one aggregation
        counts.count("lapsed-adults");

        assertThat(counts.count("lapsed-adults")).isEqualTo(1);
        assertThat(counts.counts()).containsEntry("adults", 2L).containsEntry("lapsed", 1L);
        assertThat(spark.read().parquet(output).count()).isEqualTo(4);
    }

    @Test
    void should_run_the_segmenter_javadoc_example() {
        Dataset<Row> customers = customers(LocalSpark.session()).withColumnRenamed("age_years", "age")
                .withColumnRenamed("cust_id", "customer_id");

        // javadoc: segmentation-spark/src/main/java/io/github/segmentkit/spark/SparkSegmenter.java
        SparkSegmenter segmenter = SparkSegmenter.builder(List.of(AGE, LAST_ORDER))
                .add(Segment.named("adults").where(AGE.ge(18L)))
                .add(Segment.named("lapsed").where(LAST_ORDER.beforeDaysAgo(365)))
                .asOf(LocalDate.of(2024, 3, 31))
                .build();
        Dataset<Row> memberships = segmenter.memberships(customers);   // customer_id, segment, as_of
        SegmentCounts counts = segmenter.counts(customers);

        assertThat(memberships.count()).isEqualTo(3);
        assertThat(counts.counts()).containsEntry("adults", 2L).containsEntry("lapsed", 1L);
        assertThat(counts.unsegmentedCount()).isEqualTo(1);
    }

    @Test
    void should_run_the_renderer_javadoc_example() {
        Dataset<Row> customers = customers(LocalSpark.session()).withColumnRenamed("age_years", "age");

        // javadoc: segmentation-spark/src/main/java/io/github/segmentkit/spark/SparkCriterionRenderer.java
        SparkCriterionRenderer renderer = SparkCriterionRenderer.of(customers.schema(), DataFrameColumns.byName(),
                AsOf.date(LocalDate.of(2024, 3, 31)), name -> { throw new IllegalArgumentException(name); });
        Dataset<Row> adults = customers.where(renderer.member(AGE.ge(18L)));

        assertThat(adults.count()).isEqualTo(2);
    }

    @Test
    void should_run_the_counts_javadoc_example() {
        SparkSegmenter segmenter = SparkSegmenter.builder(List.of(LAST_ORDER))
                .add(Segment.named("lapsed").where(LAST_ORDER.beforeDaysAgo(365))).asOf(LocalDate.of(2024, 3, 31))
                .columns(DataFrameColumns.byName().id("cust_id")).build();
        Dataset<Row> customers = customers(LocalSpark.session());

        // the counts of SparkSegmenter
        SegmentCounts counts = segmenter.counts(customers);
        counts.count("lapsed");        // members of "lapsed"
        counts.unsegmentedCount();          // customers in no segment

        assertThat(counts.count("lapsed")).isEqualTo(1);
        assertThat(counts.unsegmentedCount()).isEqualTo(2);
    }

    @Test
    void should_report_a_wrong_column_as_the_exception_javadoc_shows() {
        SparkSegmenter segmenter = SparkSegmenter.builder(List.of(AGE)).add(Segment.named("adults")
                .where(AGE.ge(18L))).columns(DataFrameColumns.byName().id("cust_id").column("age", "age_years")).build();
        Dataset<Row> customers = customers(LocalSpark.session())
                .withColumn("age_years", functions.col("age_years").cast("string"));
        assertThatThrownBy(() -> segmenter.flags(customers)).isInstanceOfSatisfying(SparkColumnException.class,
                e -> {
                    assertThat(e.attribute()).isEqualTo("age");
                    assertThat(e.column()).isEqualTo("age_years");
                });

        // javadoc: segmentation-spark/src/main/java/io/github/segmentkit/spark/SparkColumnException.java
        try {
            segmenter.flags(customers);
        } catch (SparkColumnException e) {
            e.attribute();   // "age"
            e.column();      // "age_years"
        }
    }
}
