package io.github.segmentkit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.nanvl;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.functions.unix_micros;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.internal.SafeText;
import io.github.segmentkit.api.internal.Suggestions;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampType;

/**
 * The value of each attribute as a Spark column, normalised so that a missing value is SQL NULL and present values
 * compare as the in-memory engine compares them: whole numbers as {@code long}, doubles with NaN turned into NULL,
 * dates as days since the epoch, timestamps as microseconds since the epoch (Spark's resolution), strings and
 * booleans as they are. Each column is checked against the DataFrame's schema when first asked for.
 */
final class AttributeColumns {
    private static final Column NULL_DOUBLE = lit(null).cast(DataTypes.DoubleType);

    private final StructType schema;
    private final DataFrameColumns mapping;

    AttributeColumns(StructType schema, DataFrameColumns mapping) {
        this.schema = schema;
        this.mapping = mapping;
    }

    /** The id column, as a {@code long}. */
    Column id() {
        String name = mapping.idColumn();
        DataType type = field("customer id", name).dataType();
        if (!isWholeNumber(type)) {
            throw mistyped("customer id", name, type, "a whole-number column (BIGINT, INT, SMALLINT or TINYINT)");
        }
        return quoted(name).cast(DataTypes.LongType);
    }

    /**
     * The comparable value of an ordered or plain attribute: {@code long} for whole numbers, days since the epoch
     * for dates, microseconds since the epoch for timestamps, NaN-free {@code double}, or the string or boolean.
     */
    Column value(Attribute attribute) {
        String name = mapping.columnOf(attribute.name());
        AttributeKind kind = attribute.kind();
        DataType type = field(attribute.name(), name).dataType();
        Column column = quoted(name);
        switch (kind) {
            case LONG:
                require(isWholeNumber(type), attribute, name, type, "a whole-number column (BIGINT, INT, SMALLINT or"
                        + " TINYINT)");
                return column.cast(DataTypes.LongType);
            case DOUBLE:
                require(isWholeNumber(type) || type instanceof DoubleType || type instanceof FloatType, attribute,
                        name, type, "a numeric column (DOUBLE, FLOAT or a whole number)");
                return notNaN(column.cast(DataTypes.DoubleType));
            case CATEGORICAL:
                require(type instanceof StringType, attribute, name, type, "a STRING column");
                return column;
            case BOOLEAN:
                require(type instanceof BooleanType, attribute, name, type, "a BOOLEAN column");
                return column;
            case DATE:
                require(type instanceof DateType, attribute, name, type, "a DATE column");
                return unix_date(column);
            case TIMESTAMP:
                // TIMESTAMP_NTZ names no instant: comparing it with as-of instants would silently assume a zone
                require(type instanceof TimestampType, attribute, name, type, "a TIMESTAMP column (an instant;"
                        + " convert a TIMESTAMP_NTZ with to_utc_timestamp first)");
                return unix_micros(column);
            case TAGS:
                require(type instanceof ArrayType array && array.elementType() instanceof StringType, attribute,
                        name, type, "an ARRAY<STRING> column");
                return column;
            default:
                throw new IllegalArgumentException("a geo point has two values: use geoPoint(" + attribute.name()
                        + ")");
        }
    }

    /** Latitude and longitude in degrees as NaN-free doubles, from a struct column or two columns. */
    Column[] geoPoint(Attribute attribute) {
        Optional<DataFrameColumns.GeoColumns> pair = mapping.geoColumnsOf(attribute.name());
        if (pair.isPresent()) {
            return new Column[] {degrees(attribute, pair.get().latitude()),
                    degrees(attribute, pair.get().longitude())};
        }
        String name = mapping.columnOf(attribute.name());
        DataType type = field(attribute.name(), name).dataType();
        String expected = "a STRUCT<latitude: DOUBLE, longitude: DOUBLE> column (or map two numeric columns with"
                + " DataFrameColumns.geoPoint)";
        require(type instanceof StructType, attribute, name, type, expected);
        StructType struct = (StructType) type;
        for (String part : List.of("latitude", "longitude")) {
            Optional<StructField> field = Arrays.stream(struct.fields()).filter(f -> f.name().equals(part))
                    .findFirst();
            require(field.isPresent() && isNumeric(field.get().dataType()), attribute, name, type, expected);
        }
        return new Column[] {notNaN(quoted(name).getField("latitude").cast(DataTypes.DoubleType)),
                notNaN(quoted(name).getField("longitude").cast(DataTypes.DoubleType))};
    }

    private Column degrees(Attribute attribute, String name) {
        DataType type = field(attribute.name(), name).dataType();
        require(isNumeric(type), attribute, name, type, "a numeric column (DOUBLE, FLOAT or a whole number)");
        return notNaN(quoted(name).cast(DataTypes.DoubleType));
    }

    private StructField field(String attribute, String name) {
        return field(schema, attribute, name);
    }

    /** The field {@code name} of {@code schema}, or the error naming {@code attribute} and the columns there are. */
    static StructField field(StructType schema, String attribute, String name) {
        for (StructField field : schema.fields()) {
            if (field.name().equals(name)) {
                return field;
            }
        }
        List<String> names = Arrays.asList(schema.fieldNames());
        String hint = Suggestions.closest(name, names).map(s -> " (did you mean '" + SafeText.escapeControls(s)
                + "'?)").orElse("");
        throw new SparkColumnException(attribute, name, describe(attribute, name) + " is not a column of the"
                + " DataFrame" + hint + "; its columns: " + SafeText.escapeControls(names.toString()));
    }

    /** Missing stays NULL, and NaN becomes NULL: NaN counts as missing, as in the in-memory engine. */
    static Column notNaN(Column doubles) {
        return nanvl(doubles, NULL_DOUBLE);
    }

    static boolean isWholeNumber(DataType type) {
        return type instanceof LongType || type instanceof IntegerType || type instanceof ShortType
                || type instanceof ByteType;
    }

    private static boolean isNumeric(DataType type) {
        return isWholeNumber(type) || type instanceof DoubleType || type instanceof FloatType;
    }

    private static void require(boolean ok, Attribute attribute, String name, DataType type, String expected) {
        if (!ok) {
            throw mistyped(attribute.name(), name, type, expected);
        }
    }

    static SparkColumnException mistyped(String attribute, String name, DataType type, String expected) {
        return new SparkColumnException(attribute, name, describe(attribute, name) + " is " + type.sql()
                + ", expected " + expected);
    }

    private static String describe(String attribute, String name) {
        return "column '" + SafeText.escapeControls(name) + "' (" + SafeText.escapeControls(attribute) + ")";
    }

    /** A column by its exact name: back-quoted, so that dots and spaces in names are not read as paths. */
    static Column quoted(String name) {
        return col("`" + name.replace("`", "``") + "`");
    }
}
