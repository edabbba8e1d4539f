package io.github.segmentkit.spark;

import io.github.segmentkit.classifiers.behavioral.rfm.RfmModel;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What {@link SparkRfm#analyse} computed: the fitted model, the same {@link RfmModel} the in-memory analysis fits
 * to the same customers (save its edges and keys to score single customers later), and every customer's metrics,
 * scores and segment.
 *
 * <pre>{@code
 * SparkRfmResult result = rfm.analyse(transactions);
 * result.model().map(RfmModel::recencyEdges);   // the quintile edges e0..e5, exact
 * result.customers().groupBy("segment").count();
 * }</pre>
 *
 * @param fitted    the model, {@code null} when no customer was left after cleaning
 * @param customers {@code customer_id, recency, frequency, monetary, r, f, m, segment}, one row per customer in
 *                  no particular order, computed lazily;
 *                  {@code segment} is NULL when a custom map without fallback has no rule for the scores
 */
public record SparkRfmResult(RfmModel fitted, Dataset<Row> customers) {
    /** The model; empty when no customer was left after cleaning. */
    public Optional<RfmModel> model() {
        return Optional.ofNullable(fitted);
    }
}
