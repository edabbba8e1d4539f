package io.github.segmentkit.spark;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.result.SegmentCounts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * A complete Spark job, the one docs/spark.md submits: reads customers from Parquet, segments them with a
 * definitions file and writes the memberships ({@code customer_id, segment, as_of}) to Parquet. The attributes are
 * declared here as they would be in your schema; the columns are found by name.
 *
 * <pre>
 * spark-submit --class io.github.segmentkit.spark.SegmentParquetJob job.jar customers.parquet crm.seg out.parquet 2024-03-31
 * </pre>
 */
public final class SegmentParquetJob {
    static final List<Attribute> ATTRIBUTES = List.of(Attribute.ofLong("age"), Attribute.ofDouble("income"),
            Attribute.ofCategorical("country"), Attribute.ofDate("last_order"), Attribute.ofTags("interests"));

    private SegmentParquetJob() {
    }

    /** Arguments: customers (Parquet), definitions (.seg or .json), output (Parquet), as-of date. */
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: SegmentParquetJob CUSTOMERS.parquet DEFINITIONS.seg"
                    + " OUTPUT.parquet AS_OF_DATE");
        }
        SparkSession spark = SparkSession.builder().appName("segmentkit-segment").getOrCreate();
        run(spark, args[0], Path.of(args[1]), args[2], LocalDate.parse(args[3]));
    }

    static SegmentCounts run(SparkSession spark, String customers, Path definitions, String output, LocalDate asOf)
            throws java.io.IOException {
        SparkSegmenter segmenter = SparkSegmenter.builder(ATTRIBUTES).addDefinitions(definitions).asOf(asOf)
                .build();
        Dataset<Row> input = spark.read().parquet(customers);
        segmenter.memberships(input).write().mode(SaveMode.Overwrite).parquet(output);
        return segmenter.counts(input);
    }
}
