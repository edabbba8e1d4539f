package io.github.segmentkit.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which DataFrame columns hold the customer id and each attribute. An attribute not named here is read from the
 * column of its own name; a geo point from a struct column of its own name with numeric fields {@code latitude}
 * and {@code longitude}, or from two numeric columns given with {@link #geoPoint}. The expected column types are
 * listed on {@link SparkSegmenter}; a column that is absent or of another type is reported, before any job runs,
 * by a {@link SparkColumnException} naming the attribute and the column.
 *
 * <p>Immutable and thread-safe: every method returns a new mapping.
 *
 * <pre>{@code
 * DataFrameColumns columns = DataFrameColumns.byName()
 *         .id("cust_id")
 *         .column("age", "age_years")
 *         .geoPoint("home", "home_lat", "home_lon");
 * }</pre>
 */
public final class DataFrameColumns {
    /** The id column when none is named: the memberships' column name too. */
    public static final String DEFAULT_ID_COLUMN = "customer_id";

    private final String idColumn;
    private final Map<String, String> columns;
    private final Map<String, GeoColumns> geoPoints;

    /** Where a geo point's latitude and longitude are read from, when they are two columns. */
    record GeoColumns(String latitude, String longitude) {
    }

    private DataFrameColumns(String idColumn, Map<String, String> columns, Map<String, GeoColumns> geoPoints) {
        this.idColumn = idColumn;
        this.columns = Map.copyOf(columns);
        this.geoPoints = Map.copyOf(geoPoints);
    }

    /** Every attribute from the column of its own name; the id from {@value #DEFAULT_ID_COLUMN}. */
    public static DataFrameColumns byName() {
        return new DataFrameColumns(DEFAULT_ID_COLUMN, Map.of(), Map.of());
    }

    /** This mapping with the customer id (a whole-number column) read from {@code column}. */
    public DataFrameColumns id(String column) {
        return new DataFrameColumns(requireName(column, "id column"), columns, geoPoints);
    }

    /** This mapping with {@code attribute} read from {@code column}. */
    public DataFrameColumns column(String attribute, String column) {
        Map<String, String> copy = new LinkedHashMap<>(columns);
        copy.put(requireName(attribute, "attribute"), requireName(column, "column for " + attribute));
        Map<String, GeoColumns> geo = new LinkedHashMap<>(geoPoints);
        geo.remove(attribute);
        return new DataFrameColumns(idColumn, copy, geo);
    }

    /** This mapping with the geo point {@code attribute} read from two numeric columns, in degrees. */
    public DataFrameColumns geoPoint(String attribute, String latitudeColumn, String longitudeColumn) {
        Map<String, GeoColumns> copy = new LinkedHashMap<>(geoPoints);
        copy.put(requireName(attribute, "attribute"), new GeoColumns(
                requireName(latitudeColumn, "latitude column for " + attribute),
                requireName(longitudeColumn, "longitude column for " + attribute)));
        Map<String, String> single = new LinkedHashMap<>(columns);
        single.remove(attribute);
        return new DataFrameColumns(idColumn, single, copy);
    }

    /** The customer id column. */
    public String idColumn() {
        return idColumn;
    }

    /** The column {@code attribute} is read from (for a geo point given as a struct, the struct column). */
    public String columnOf(String attribute) {
        return columns.getOrDefault(attribute, attribute);
    }

    /** The latitude and longitude columns of {@code attribute}, when it was mapped to two columns. */
    Optional<GeoColumns> geoColumnsOf(String attribute) {
        return Optional.ofNullable(geoPoints.get(attribute));
    }

    private static String requireName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.isBlank()) {
            throw new IllegalArgumentException(what + " is blank");
        }
        return name;
    }

    @Override
    public String toString() {
        return "DataFrameColumns[id=" + idColumn + ", columns=" + columns + ", geoPoints=" + geoPoints + "]";
    }
}
