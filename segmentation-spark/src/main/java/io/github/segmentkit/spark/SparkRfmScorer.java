package io.github.segmentkit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.github.segmentkit.classifiers.behavioral.rfm.FrequencyKey;
import io.github.segmentkit.classifiers.behavioral.rfm.RfmModel;
import io.github.segmentkit.classifiers.behavioral.rfm.RfmSegmentMap;
import io.github.segmentkit.classifiers.behavioral.rfm.RfmSegmentRule;
import io.github.segmentkit.classifiers.behavioral.rfm.ScoreRange;
import io.github.segmentkit.classifiers.kit.QuantileEdge;
import io.github.segmentkit.classifiers.kit.QuantileEdges;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * Scores customers with a fitted {@link RfmModel} (its edges and frequency keys) as Spark {@code Column}
 * expressions, so that scoring needs neither a UDF nor this library on the executors: the scores and segments
 * equal {@link RfmModel#score} and {@link RfmSegmentMap#segmentOf} customer for customer.
 *
 * <ul>
 * <li>{@code r = 6 - bin(recency)}, {@code m = bin(monetary)}, where {@code bin(v)} is the smallest {@code k} in
 * 1..4 with {@code v <= e[k]}, else 5; each edge is an exact decimal literal (a fractional edge
 * {@code p/q} is compared as {@code v * q <= p}).</li>
 * <li>{@code f = 1 + #{k : (frequency, customer_id) > key_k}}, compared lexicographically.</li>
 * <li>{@code segment}: the first matching rule of the map, else its fallback, else NULL (unclassified).</li>
 * </ul>
 *
 * <pre>{@code
 * SparkRfmScorer scorer = SparkRfmScorer.of(model, RfmSegmentMap.canonical());
 * Dataset<Row> scored = scorer.score(metrics);   // adds r, f, m (INT) and segment (STRING)
 * }</pre>
 *
 * <p>The metrics DataFrame has {@code customer_id} (whole number), {@code recency} (whole days), {@code frequency}
 * (whole number) and {@code monetary} (DECIMAL or whole number). Immutable and thread-safe.
 */
public final class SparkRfmScorer {
    /** The columns {@link #score} reads. */
    public static final List<String> METRIC_COLUMNS = List.of("customer_id", "recency", "frequency", "monetary");

    private static final int SCORES = 5;

    private final RfmModel model;
    private final RfmSegmentMap segmentMap;

    private SparkRfmScorer(RfmModel model, RfmSegmentMap segmentMap) {
        this.model = Objects.requireNonNull(model, "model");
        this.segmentMap = Objects.requireNonNull(segmentMap, "segmentMap");
    }

    /** A scorer with {@code model}'s parameters that names segments with {@code segmentMap}. */
    public static SparkRfmScorer of(RfmModel model, RfmSegmentMap segmentMap) {
        return new SparkRfmScorer(model, segmentMap);
    }

    /** The model scored with. */
    public RfmModel model() {
        return model;
    }

    /** {@code metrics} with the columns {@code r}, {@code f}, {@code m} (INT, never NULL) and {@code segment}. */
    public Dataset<Row> score(Dataset<Row> metrics) {
        Objects.requireNonNull(metrics, "metrics");
        Column r = recencyScore(col("recency"));
        Column f = frequencyScore(col("frequency"), col("customer_id"));
        Column m = bin(col("monetary"), model.monetaryEdges());
        Dataset<Row> scored = metrics.withColumn("r", r).withColumn("f", f).withColumn("m", m);
        return scored.withColumn("segment", segment(col("r"), col("f"), col("m")));
    }

    /** {@code metrics} with the scored columns all NULL: the result when there is no customer to fit. */
    static Dataset<Row> emptyScores(Dataset<Row> metrics) {
        Column none = lit(null).cast(DataTypes.IntegerType);
        return metrics.withColumn("r", none).withColumn("f", none).withColumn("m", none)
                .withColumn("segment", lit(null).cast(DataTypes.StringType));
    }

    /** R: {@code 6 - bin(recency)}, the most recent customers score 5. */
    public Column recencyScore(Column recency) {
        return lit(SCORES + 1).minus(bin(recency, model.recencyEdges())).cast(DataTypes.IntegerType);
    }

    /** F: one more than the number of frequency keys the customer's (frequency, id) is above. */
    public Column frequencyScore(Column frequency, Column customerId) {
        Column score = lit(1);
        for (FrequencyKey key : model.frequencyKeys()) {
            Column above = frequency.gt(lit(key.frequency()))
                    .or(frequency.equalTo(lit(key.frequency())).and(customerId.gt(lit(key.customerId()))));
            score = score.plus(when(above, 1).otherwise(0));
        }
        return score.cast(DataTypes.IntegerType);
    }

    /** The 1-based bin of {@code value}: the smallest k with {@code value <= e[k]}, else the last bin. */
    static Column bin(Column value, QuantileEdges edges) {
        int bins = edges.bins();
        Column bin = null;
        for (int k = 1; k < bins; k++) {
            Column inside = atMost(value, edges.edges().get(k));
            bin = bin == null ? when(inside, k) : bin.when(inside, k);
        }
        return (bin == null ? lit(bins) : bin.otherwise(bins)).cast(DataTypes.IntegerType);
    }

    private static Column atMost(Column value, QuantileEdge edge) {
        if (edge.isDecimal()) {
            return value.leq(decimal(edge.decimalValue()));
        }
        return value.multiply(lit(edge.denominator())).leq(decimal(edge.numerator()));
    }

    /** An exact DECIMAL literal (a plain {@code lit} would keep a scale-less value such as 1E+3 as it is). */
    private static Column decimal(BigDecimal value) {
        BigDecimal plain = value.scale() < 0 ? value.setScale(0) : value;
        return lit(plain);
    }

    /** The segment of the first rule matching the scores, else the fallback, else NULL. */
    public Column segment(Column r, Column f, Column m) {
        Column segment = null;
        for (RfmSegmentRule rule : segmentMap.rules()) {
            Column matches = within(r, rule.recency()).and(within(f, rule.frequency()))
                    .and(within(m, rule.monetary()));
            segment = segment == null ? when(matches, rule.segment()) : segment.when(matches, rule.segment());
        }
        Column fallback = lit(segmentMap.fallback()).cast(DataTypes.StringType);
        return segment.otherwise(fallback);
    }

    private static Column within(Column score, ScoreRange range) {
        return score.between(range.min(), range.max());
    }
}
