package io.github.segmentkit.spark;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.schema.AttributeBinding;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.api.schema.DoubleBinding;
import io.github.segmentkit.api.schema.TagsBinding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Customers of any {@link CustomerSchema} as a DataFrame: {@code customer_id}, then one column per attribute named
 * after it, of the type {@link SparkSegmenter} documents. Missing values are NULL, except that a missing double is
 * NaN in even rows and NULL in odd ones, so both spellings of "missing" meet the renderer; tags keep the duplicates
 * the extractor returned; geo points are structs.
 */
final class CustomerFrames {
    static final StructType GEO = DataTypes.createStructType(List.of(
            DataTypes.createStructField("latitude", DataTypes.DoubleType, false),
            DataTypes.createStructField("longitude", DataTypes.DoubleType, false)));

    private CustomerFrames() {
    }

    static <T> Dataset<Row> of(SparkSession spark, CustomerSchema<T> schema, List<? extends T> customers) {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(DataFrameColumns.DEFAULT_ID_COLUMN, DataTypes.LongType, false));
        for (Attribute attribute : schema.attributes()) {
            fields.add(DataTypes.createStructField(attribute.name(), typeOf(attribute), true));
        }
        List<Row> rows = new ArrayList<>(customers.size());
        for (int row = 0; row < customers.size(); row++) {
            T customer = customers.get(row);
            Object[] values = new Object[fields.size()];
            values[0] = schema.id(customer);
            List<AttributeBinding<T>> bindings = schema.bindings();
            for (int a = 0; a < bindings.size(); a++) {
                values[a + 1] = valueOf(bindings.get(a), customer, row);
            }
            rows.add(RowFactory.create(values));
        }
        return spark.createDataFrame(rows, DataTypes.createStructType(fields));
    }

    private static <T> Object valueOf(AttributeBinding<T> binding, T customer, int row) {
        if (binding instanceof DoubleBinding<T> doubles) {
            double value = doubles.applyAsDouble(customer);
            return Double.isNaN(value) && row % 2 == 1 ? null : value;
        }
        if (binding instanceof TagsBinding<T> tags) {
            Collection<String> held = tags.tags(customer);
            return held == null ? null : List.copyOf(held);
        }
        Object value = binding.read(customer);
        if (value instanceof GeoPoint point) {
            return RowFactory.create(point.latitude(), point.longitude());
        }
        return value;
    }

    static DataType typeOf(Attribute attribute) {
        switch (attribute.kind()) {
            case LONG:
                return DataTypes.LongType;
            case DOUBLE:
                return DataTypes.DoubleType;
            case CATEGORICAL:
                return DataTypes.StringType;
            case BOOLEAN:
                return DataTypes.BooleanType;
            case DATE:
                return DataTypes.DateType;
            case TIMESTAMP:
                return DataTypes.TimestampType;
            case TAGS:
                return DataTypes.createArrayType(DataTypes.StringType, true);
            default:
                return GEO;
        }
    }
}
