package io.github.segmentkit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.result.SegmentCounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentParquetJobIT {
    @Test
    void should_read_parquet_segment_with_a_definitions_file_and_write_memberships(@TempDir Path dir)
            throws Exception {
        SparkSession spark = LocalSpark.session();
        String customers = dir.resolve("customers.parquet").toString();
        spark.createDataFrame(List.of(
                RowFactory.create(7L, 40L, 120_000.0, "GB", LocalDate.of(2021, 5, 1), List.of("golf")),
                RowFactory.create(8L, 22L, Double.NaN, "FR", LocalDate.of(2024, 3, 20), List.of("hiking")),
                RowFactory.create(9L, null, 30_000.0, null, null, null)), DataTypes.createStructType(List.of(
                        DataTypes.createStructField("customer_id", DataTypes.LongType, false),
                        DataTypes.createStructField("age", DataTypes.LongType, true),
                        DataTypes.createStructField("income", DataTypes.DoubleType, true),
                        DataTypes.createStructField("country", DataTypes.StringType, true),
                        DataTypes.createStructField("last_order", DataTypes.DateType, true),
                        DataTypes.createStructField("interests", DataTypes.createArrayType(DataTypes.StringType),
                                true)))).write().parquet(customers);
        Path definitions = dir.resolve("crm.seg");
        Files.writeString(definitions, """
                segment "affluent" where income >= 100000.0
                segment "lapsed" where last_order before 365 days ago
                segment "young-hikers" where age < 30 and interests contains any ("hiking")
                segment "unknown-country" where country is missing
                """);
        String output = dir.resolve("memberships.parquet").toString();

        SegmentCounts counts = SegmentParquetJob.run(spark, customers, definitions, output, LocalDate.of(2024, 3, 31));

        TreeSet<String> written = new TreeSet<>();
        for (Row row : spark.read().parquet(output).collectAsList()) {
            written.add(row.getLong(0) + " " + row.getString(1) + " " + row.get(2));
        }
        assertThat(written).containsExactly("7 affluent 2024-03-31", "7 lapsed 2024-03-31",
                "8 young-hikers 2024-03-31", "9 unknown-country 2024-03-31");
        assertThat(counts.customerCount()).isEqualTo(3);
        assertThat(counts.unsegmentedCount()).isZero();
    }
}
