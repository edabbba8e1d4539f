package io.github.segmentkit.spark;

import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;

import io.github.segmentkit.api.classify.FittedClassifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A fitted classifier of {@code segmentation-classifiers} (RFM edges, k-means centroids, income quantile bands,
 * any registered type) applied to every row of a DataFrame, as a STRING column holding exactly the label
 * {@link FittedClassifier#apply} of the classifier restored from its saved parameters gives that customer
 * ({@code "unclassified"} included). The classifier's type, settings and fitted parameters travel to the executors
 * as data, where each task restores it once with {@code ClassifierRegistry.restore} and labels its rows with the
 * library's own code: the labels cannot differ. A restored RFM fit does not know its population, so it scores a
 * frequency tied at a cut by value (docs/classifiers.md); to score the fitted population with the fit's own ties,
 * use {@link SparkRfm}.
 * Run the fit wherever the population fits (or with {@link SparkRfm} for RFM), apply it here to any number of rows.
 *
 * <pre>{@code
 * FittedClassifier clusters = ClassifierRegistry.create("kmeans",
 *         Map.of("inputs", List.of("frequency", "monetary"), "k", 4)).fit(sample);
 * Dataset<Row> labelled = ClassifierColumn.of(clusters).addTo(customers);   // adds column "cluster"
 * }</pre>
 *
 * <p>Each input attribute is read from its column ({@link DataFrameColumns}, by name by default) as the customer
 * schema would give it: whole numbers as {@code Long}, DOUBLE and FLOAT as {@code Double} with NaN as missing,
 * DECIMAL as {@code BigDecimal}, STRING, BOOLEAN, DATE as {@code LocalDate}, TIMESTAMP as {@code Instant},
 * ARRAY&lt;STRING&gt; as a set of tags, a STRUCT of {@code latitude} and {@code longitude} as a {@code GeoPoint};
 * NULL is missing. The executors need {@code segmentation-classifiers} on their class path (in the job's jar).
 * Immutable and thread-safe.
 */
public final class ClassifierColumn {
    private final FittedClassifier fitted;
    private final DataFrameColumns columns;

    private ClassifierColumn(FittedClassifier fitted, DataFrameColumns columns) {
        this.fitted = Objects.requireNonNull(fitted, "fitted");
        this.columns = Objects.requireNonNull(columns, "columns");
    }

    /** The labels of {@code fitted}, its inputs read from the columns of their own names. */
    public static ClassifierColumn of(FittedClassifier fitted) {
        return new ClassifierColumn(fitted, DataFrameColumns.byName());
    }

    /** This column with the id and inputs read from other columns (geo points from one STRUCT column each). */
    public ClassifierColumn columns(DataFrameColumns mapping) {
        return new ClassifierColumn(fitted, mapping);
    }

    /**
     * The label of each row of {@code customers}, never NULL.
     *
     * @throws SparkColumnException when the id or an input column is absent
     */
    public Column label(Dataset<Row> customers) {
        Objects.requireNonNull(customers, "customers");
        StructType schema = customers.schema();
        List<String> inputs = fitted.classifier().inputs();
        List<Column> read = new ArrayList<>();
        String idColumn = columns.idColumn();
        checkId(schema, idColumn);
        read.add(AttributeColumns.quoted(idColumn));
        for (String input : inputs) {
            String name = columns.columnOf(input);
            AttributeColumns.field(schema, input, name);
            read.add(AttributeColumns.quoted(name));
        }
        ClassifierLabels labels = new ClassifierLabels(fitted, inputs);
        return udf(labels, DataTypes.StringType).asNonNullable().apply(struct(read.toArray(Column[]::new)));
    }

    /** {@code customers} with the label in a column named after the classifier's output attribute. */
    public Dataset<Row> addTo(Dataset<Row> customers) {
        return customers.withColumn(fitted.classifier().output(), label(customers));
    }

    private static void checkId(StructType schema, String idColumn) {
        org.apache.spark.sql.types.DataType type = AttributeColumns.field(schema, "customer id", idColumn).dataType();
        if (!AttributeColumns.isWholeNumber(type)) {
            throw AttributeColumns.mistyped("customer id", idColumn, type,
                    "a whole-number column (BIGINT, INT, SMALLINT, TINYINT)");
        }
    }
}
