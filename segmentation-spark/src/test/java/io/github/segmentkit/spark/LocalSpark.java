package io.github.segmentkit.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local[2] Spark session of a test JVM: starting one costs seconds, so every test class shares it, and it
 * lives until the JVM exits. Settings for a small shared machine: no web UI, the driver on 127.0.0.1, two shuffle
 * partitions; java.time values in rows; UTC as the session zone.
 *
 * <p>{@code ConvertToLocalRelation} is switched off: it would evaluate projections of in-memory rows on the driver
 * with Spark's interpreter, while a real DataFrame's rows go through generated code on executors; the tests must
 * exercise the latter.
 */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("segmentkit-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.sql.datetime.java8API.enabled", "true")
                    .config("spark.sql.session.timeZone", "UTC")
                    .config("spark.sql.optimizer.excludedRules",
                            "org.apache.spark.sql.catalyst.optimizer.ConvertToLocalRelation")
                    .getOrCreate();
        }
        return session;
    }
}
