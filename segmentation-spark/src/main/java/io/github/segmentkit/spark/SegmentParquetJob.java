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
 * A complete Spark job, the one docs/spark.md and the README submit: reads customers from Parquet, segments them
 * with a definitions file and writes the memberships ({@code customer_id, segment, as_of}) to Parquet, one row per
 * membership. It is an example to copy: the attributes it knows are declared in {@link #ATTRIBUTES} as your
 * customer schema would declare them (the columns are found by name); a definitions file may use any of them.
 *
 * <pre>
 * spark-submit --class io.github.segmentkit.spark.SegmentParquetJob job.jar customers.parquet crm.seg out.parquet 2024-03-31
 * </pre>
 *
 * <p>The Parquet columns: {@code customer_id} BIGINT, {@code age} BIGINT, {@code income} DOUBLE, {@code country}
 * STRING, {@code last_order} DATE, {@code interests} ARRAY&lt;STRING&gt; (each may be NULL, the id excepted).
 */
public final class SegmentParquetJob {
    /** The attributes a definitions file may use: age, income, country, last_order, interests. */
    public static final List<Attribute> ATTRIBUTES = List.of(Attribute.ofLong("age"), Attribute.ofDouble("income"),
            Attribute.ofCategorical("country"), Attribute.ofDate("last_order"), Attribute.ofTags("interests"));

    private SegmentParquetJob() {
    }

    /**
     * Arguments: customers (Parquet), definitions (.seg or .json), output (Parquet, overwritten), as-of date
     * ({@code yyyy-MM-dd}).
     *
     * @throws IllegalArgumentException when there are not four arguments
     * @throws java.io.IOException when the definitions file cannot be read
     */
    public static void main(String[] args) throws java.io.IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: SegmentParquetJob CUSTOMERS.parquet DEFINITIONS.seg"
                    + " OUTPUT.parquet AS_OF_DATE");
        }
        SparkSession spark = SparkSession.builder().appName("segmentkit-segment").getOrCreate();
        run(spark, args[0], Path.of(args[1]), args[2], LocalDate.parse(args[3]));
    }

    /** Segments {@code customers} into {@code output} and returns the counts (a second job over the input). */
    static SegmentCounts run(SparkSession spark, String customers, Path definitions, String output, LocalDate asOf)
            throws java.io.IOException {
        SparkSegmenter segmenter = SparkSegmenter.builder(ATTRIBUTES).addDefinitions(definitions).asOf(asOf)
                .build();
        Dataset<Row> input = spark.read().parquet(customers);
        segmenter.memberships(input).write().mode(SaveMode.Overwrite).parquet(output);
        return segmenter.counts(input);
    }
}
