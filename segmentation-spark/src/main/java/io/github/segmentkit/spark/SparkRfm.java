package io.github.segmentkit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.timestamp_diff;

import io.github.segmentkit.api.internal.SafeText;
import io.github.segmentkit.classifiers.behavioral.rfm.FrequencyKey;
import io.github.segmentkit.classifiers.behavioral.rfm.RfmModel;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.AnalysisTimeBeforeTransactionException;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.CancellationRule;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmConfig;
import io.github.segmentkit.classifiers.kit.QuantileEdges;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;
import org.apache.spark.storage.StorageLevel;

/**
 * RFM from a transactions DataFrame with exactly the core library's rules ({@code RfmAnalysis}): the same
 * cleaning, metrics, quintile edges, frequency tie-break and segment map, so every customer gets the scores and
 * segment the in-memory analysis gives. Nothing is approximated ({@code approxQuantile} is not used):
 *
 * <ol>
 * <li>Lines are cleaned as {@code RfmAggregator} cleans them (no customer id; a cancelled invoice under
 * {@link CancellationRule#ONLINE_RETAIL_C_PREFIX}; quantity &le; 0; unit price &le; 0) and aggregated per customer
 * in one shuffle: last purchase, distinct invoices ({@code count(DISTINCT)}, exact), spend as an exact DECIMAL sum;
 * recency is {@code floor((analysisTime - last purchase) / 24 h)}.</li>
 * <li>The quintile edges read only the values at {@link QuantileEdges#ranksRead} ranks (at most 12 per metric),
 * and the frequency keys the rows at {@link RfmModel#frequencyCutRanks}: each found by an exact distributed sort
 * of the per-customer metrics, three sorts in all, with only those rows collected to the driver. The core's
 * {@link QuantileEdges#fitAtRanks} and {@link RfmModel#fitted} turn them into the model.</li>
 * <li>{@link SparkRfmScorer} scores every customer with the model as Column expressions.</li>
 * </ol>
 *
 * <pre>{@code
 * SparkRfm rfm = SparkRfm.of(RfmConfig.at(LocalDate.parse("2011-12-11"))
 *         .withCancellations(CancellationRule.ONLINE_RETAIL_C_PREFIX))
 *         .withColumns(TransactionColumns.onlineRetail());
 * SparkRfmResult result = rfm.analyse(transactions);
 * result.customers().write().parquet(output);   // customer_id, recency, frequency, monetary, r, f, m, segment
 * }</pre>
 *
 * <p>The configuration's analysis time is compared with Spark's microsecond timestamps exactly (a fraction below a
 * microsecond cannot change a whole number of days between microsecond instants). Immutable and thread-safe.
 */
public final class SparkRfm {
    private static final long MICROS_PER_DAY = 86_400_000_000L;
    private static final int SCORES = 5;

    private final RfmConfig config;
    private final TransactionColumns columns;

    private SparkRfm(RfmConfig config, TransactionColumns columns) {
        this.config = Objects.requireNonNull(config, "config");
        this.columns = Objects.requireNonNull(columns, "columns");
    }

    /** An analysis with {@code config} (its attribute names are not used) of {@link TransactionColumns#defaults}. */
    public static SparkRfm of(RfmConfig config) {
        return new SparkRfm(config, TransactionColumns.defaults());
    }

    /** This analysis reading the transactions from other columns. */
    public SparkRfm withColumns(TransactionColumns names) {
        return new SparkRfm(config, names);
    }

    /**
     * Cleans, aggregates, fits and scores; the per-customer metrics are persisted while the model is fitted (four
     * jobs read them) and released before returning.
     *
     * @throws SparkColumnException when a column is absent or of a type listed as refused on
     *                              {@link TransactionColumns}
     * @throws AnalysisTimeBeforeTransactionException when a line (kept or dropped) is newer than the analysis time
     * @throws io.github.segmentkit.classifiers.behavioral.rfm.DuplicateQuantileEdgesException in strict mode, when
     *                              edges repeat
     */
    public SparkRfmResult analyse(Dataset<Row> transactions) {
        Objects.requireNonNull(transactions, "transactions");
        Dataset<Row> metrics = metrics(transactions).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long n = metrics.count();
            if (n == 0) {
                return new SparkRfmResult(null, SparkRfmScorer.emptyScores(metrics));
            }
            RfmModel model = fit(metrics, n);
            // lazily recomputed from the transactions once the metrics are released
            return new SparkRfmResult(model, SparkRfmScorer.of(model, config.segmentMap()).score(metrics));
        } finally {
            metrics.unpersist();
        }
    }

    /**
     * Each customer's metrics, {@code customer_id} (BIGINT), {@code recency} (BIGINT days), {@code frequency}
     * (BIGINT) and {@code monetary} (DECIMAL): the input of {@link SparkRfmScorer}.
     *
     * @throws SparkColumnException when a column is absent or mistyped
     * @throws AnalysisTimeBeforeTransactionException when a line is newer than the analysis time
     */
    public Dataset<Row> metrics(Dataset<Row> transactions) {
        Objects.requireNonNull(transactions, "transactions");
        StructType schema = transactions.schema();
        Column customerId = wholeNumber(schema, "customer id", columns.customerId());
        Column invoice = typed(schema, "invoice", columns.invoice(), DataTypes.StringType, "STRING");
        Column timestamp = timestamp(schema);
        Column quantity = wholeNumber(schema, "quantity", columns.quantity());
        Column unitPrice = price(schema);
        check(transactions.agg(max(timestamp), count_if(invoice.isNull()), count_if(timestamp.isNull()),
                count_if(quantity.isNull()), count_if(unitPrice.isNull())).first());

        Column kept = customerId.isNotNull().and(quantity.gt(0)).and(unitPrice.gt(0));
        if (config.cancellations() == CancellationRule.ONLINE_RETAIL_C_PREFIX) {
            kept = kept.and(not(invoice.startsWith("C")));
        }
        // the analysis time is never before the newest line, so the difference is >= 0 and this division floors
        Column age = timestamp_diff("MICROSECOND", col("last_purchase"), lit(analysisMicros()));
        return transactions.where(kept)
                .groupBy(customerId.cast(DataTypes.LongType).as("customer_id"))
                .agg(max(timestamp).as("last_purchase"), count_distinct(invoice).as("frequency"),
                        sum(quantity.cast(DataTypes.LongType).cast(DataTypes.createDecimalType(20, 0))
                                .multiply(unitPrice)).as("monetary"))
                .where(col("monetary").gt(0))
                .select(col("customer_id"), age.minus(pmod(age, lit(MICROS_PER_DAY))).divide(lit(MICROS_PER_DAY))
                        .cast(DataTypes.LongType).as("recency"), col("frequency").cast(DataTypes.LongType)
                        .as("frequency"), col("monetary"));
    }

    private LocalDateTime analysisMicros() {
        return config.analysisTime().truncatedTo(ChronoUnit.MICROS);
    }

    /** Refuses NULLs where the core's {@code Transaction} cannot hold one, then a line newer than the analysis. */
    private void check(Row summary) {
        List<String> names = List.of(columns.invoice(), columns.timestamp(), columns.quantity(), columns.unitPrice());
        List<String> roles = List.of("invoice", "timestamp", "quantity", "unit price");
        for (int i = 0; i < names.size(); i++) {
            long nulls = summary.getLong(i + 1);
            if (nulls > 0) {
                throw new SparkColumnException(roles.get(i), names.get(i), "column '"
                        + SafeText.escapeControls(names.get(i)) + "' (" + roles.get(i) + ") is NULL on " + nulls
                        + " line(s); every transaction line needs one");
            }
        }
        Object newest = summary.get(0);
        if (newest instanceof LocalDateTime time && config.analysisTime().isBefore(time)) {
            throw new AnalysisTimeBeforeTransactionException(config.analysisTime(), time);
        }
    }

    private RfmModel fit(Dataset<Row> metrics, long n) {
        long[] edgeRanks = QuantileEdges.ranksRead(n, SCORES);
        Map<Long, Row> recency = OrderStatistics.at(metrics.select("recency"), edgeRanks, col("recency"));
        Map<Long, Row> monetary = OrderStatistics.at(metrics.select("monetary"), edgeRanks, col("monetary"));
        long[] cutRanks = RfmModel.frequencyCutRanks(n);
        long[] cutIndexes = new long[cutRanks.length];
        for (int k = 0; k < cutRanks.length; k++) {
            cutIndexes[k] = cutRanks[k] - 1;
        }
        Map<Long, Row> cuts = OrderStatistics.at(metrics.select("frequency", "customer_id"), cutIndexes,
                col("frequency"), col("customer_id"));
        List<FrequencyKey> keys = new ArrayList<>();
        for (long index : cutIndexes) {
            Row row = cuts.get(index);
            keys.add(new FrequencyKey(row.getLong(0), row.getLong(1)));
        }
        return RfmModel.fitted(QuantileEdges.fitAtRanks(n, SCORES, valueAt(recency)),
                QuantileEdges.fitAtRanks(n, SCORES, valueAt(monetary)), keys, n, config.strictEdges());
    }

    private static LongFunction<BigDecimal> valueAt(Map<Long, Row> rows) {
        return rank -> {
            Object value = rows.get(rank).get(0);
            return value instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf(((Number) value).longValue());
        };
    }

    private static Column typed(StructType schema, String role, String name, DataType expected, String sql) {
        DataType type = AttributeColumns.field(schema, role, name).dataType();
        if (!type.equals(expected)) {
            throw AttributeColumns.mistyped(role, name, type, "a " + sql + " column");
        }
        return AttributeColumns.quoted(name);
    }

    private static Column wholeNumber(StructType schema, String role, String name) {
        DataType type = AttributeColumns.field(schema, role, name).dataType();
        if (!AttributeColumns.isWholeNumber(type)) {
            throw AttributeColumns.mistyped(role, name, type, "a whole-number column (BIGINT, INT, SMALLINT, TINYINT)");
        }
        return AttributeColumns.quoted(name);
    }

    private Column timestamp(StructType schema) {
        String name = columns.timestamp();
        DataType type = AttributeColumns.field(schema, "timestamp", name).dataType();
        if (type instanceof TimestampNTZType) {
            return AttributeColumns.quoted(name);
        }
        if (type instanceof TimestampType) {
            // the wall-clock time on the session time zone, as a zone-less timestamp: what the core reads from text
            return AttributeColumns.quoted(name).cast(DataTypes.TimestampNTZType);
        }
        throw AttributeColumns.mistyped("timestamp", name, type, "a TIMESTAMP_NTZ or TIMESTAMP column");
    }

    private Column price(StructType schema) {
        String name = columns.unitPrice();
        DataType type = AttributeColumns.field(schema, "unit price", name).dataType();
        if (type instanceof DecimalType) {
            return AttributeColumns.quoted(name);
        }
        if (AttributeColumns.isWholeNumber(type)) {
            return AttributeColumns.quoted(name).cast(DataTypes.createDecimalType(20, 0));
        }
        throw AttributeColumns.mistyped("unit price", name, type, "a DECIMAL or whole-number column (read prices"
                + " as DECIMAL: sums of DOUBLE are not exact)");
    }
}
