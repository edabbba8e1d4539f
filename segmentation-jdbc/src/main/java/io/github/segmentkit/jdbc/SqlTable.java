package io.github.segmentkit.jdbc;

import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.io.ColumnMapping;
import io.github.segmentkit.io.CustomerMapping;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where customers live in the database: the table, its id column, and the column (or columns, or link table) of
 * each attribute, by attribute name. Names are used exactly as given, always quoted: a table created unquoted as
 * {@code customers} is {@code customers} in PostgreSQL and DuckDB but {@code CUSTOMERS} in H2, which folds unquoted
 * names to upper case.
 *
 * <p>An attribute's kind comes from the criterion that uses it; the table only says where it is:
 * <ul>
 *   <li>{@link Builder#column column}: a whole number ({@code BIGINT}), double ({@code DOUBLE PRECISION}; NULL and
 *       NaN are missing), categorical (text), boolean, date ({@code DATE}), timestamp ({@code TIMESTAMP WITH TIME
 *       ZONE}) or tags (a text array) column;</li>
 *   <li>{@link Builder#timestampAsEpochNanos timestampAsEpochNanos}: a timestamp held as {@code BIGINT} nanoseconds
 *       since 1970-01-01T00:00Z, exact to the nanosecond where the database's own timestamps keep microseconds;</li>
 *   <li>{@link Builder#tagsInLinkTable tagsInLinkTable}: tags held one row per tag in another table;</li>
 *   <li>{@link Builder#geoPoint geoPoint}: latitude and longitude in degrees, two {@code DOUBLE PRECISION} columns.</li>
 * </ul>
 *
 * <pre>{@code
 * SqlTable table = SqlTable.builder("customers", "customer_id")
 *         .column("age", "age_years")
 *         .column("country", "country_code")
 *         .tagsInLinkTable("interests", "customer_interests", "customer_id", "interest")
 *         .geoPoint("home", "home_lat", "home_lon")
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SqlTable {
    private final String schema;
    private final String table;
    private final String idColumn;
    private final String orderColumn;
    private final Map<String, AttributeColumns> columns;

    private SqlTable(Builder builder) {
        this.schema = builder.schema;
        this.table = builder.table;
        this.idColumn = builder.idColumn;
        this.orderColumn = builder.orderColumn == null ? builder.idColumn : builder.orderColumn;
        this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(builder.columns));
    }

    /**
     * Starts describing {@code table}, whose customer ids (whole numbers) are in {@code idColumn}.
     *
     * @throws IllegalArgumentException when a name is blank, longer than 256 characters or contains NUL
     */
    public static Builder builder(String table, String idColumn) {
        return new Builder(Identifiers.check(table, "table name"), Identifiers.check(idColumn, "id column"));
    }

    /**
     * Starts describing {@code table} laid out as {@code mapping} reads it, so that one mapping serves both the
     * {@code JdbcCustomerLoader} and the SQL push-down: the mapping's id column, and each attribute in the column the
     * mapping reads it from (a geo point in its latitude and longitude columns). Every attribute taken from the
     * mapping may be described once more, by any method of the builder, to say how the table holds it differently:
     * a tags attribute is taken to be an array column, and {@link Builder#tagsInLinkTable tagsInLinkTable} says it is
     * a link table instead (tags kept as separated text cannot be pushed down).
     *
     * <pre>{@code
     * SqlTable table = SqlTable.builder("customers", mapping)
     *         .tagsInLinkTable("interests", "customer_interests", "customer_id", "interest")
     *         .build();
     * }</pre>
     *
     * <p>Needs {@code segmentation-io} (an optional dependency of this module) on the class path.
     *
     * @throws IllegalArgumentException when a column name is blank, longer than 256 characters or contains NUL
     */
    public static Builder builder(String table, CustomerMapping mapping) {
        Builder builder = builder(table, mapping.idColumn());
        for (ColumnMapping column : mapping.columns()) {
            String attribute = column.attribute().name();
            if (column.attribute().kind() == AttributeKind.GEO_POINT) {
                builder.geoPoint(attribute, column.column(), column.longitudeColumn());
            } else {
                builder.column(attribute, column.column());
            }
            builder.fromMapping.add(attribute);
        }
        return builder;
    }

    /** The table's name. */
    public String table() {
        return table;
    }

    /** The table's schema, if one was given (otherwise the connection's search path or default schema). */
    public Optional<String> schema() {
        return Optional.ofNullable(schema);
    }

    /** The id column. */
    public String idColumn() {
        return idColumn;
    }

    /** The column rows are listed in: the id column unless {@link Builder#orderBy} said otherwise. */
    public String orderColumn() {
        return orderColumn;
    }

    /** The names of the attributes this table holds, in the order they were described. */
    public Set<String> attributeNames() {
        return columns.keySet();
    }

    /** The quoted, schema-qualified table name. */
    String qualifiedName() {
        return qualified(schema, table);
    }

    static String qualified(String schema, String table) {
        return (schema == null ? "" : Identifiers.quote(schema) + ".") + Identifiers.quote(table);
    }

    /** Where {@code attribute} lives, if this table holds it. */
    Optional<AttributeColumns> columnsOf(String attribute) {
        return Optional.ofNullable(columns.get(attribute));
    }

    @Override
    public String toString() {
        return "SqlTable[" + (schema == null ? "" : schema + ".") + table + ", id " + idColumn + ", attributes "
                + columns.keySet() + "]";
    }

    /**
     * Describes a {@link SqlTable}; each attribute may be described once (an attribute taken from a mapping, once
     * more). Not thread-safe.
     */
    public static final class Builder {
        private final String table;
        private final String idColumn;
        private final Map<String, AttributeColumns> columns = new LinkedHashMap<>();
        // attributes described by a mapping, not yet described again by the caller
        private final Set<String> fromMapping = new HashSet<>();
        private String schema;
        private String orderColumn;

        private Builder(String table, String idColumn) {
            this.table = table;
            this.idColumn = idColumn;
        }

        /** The schema the table (and every link table) is in; by default the connection's. */
        public Builder schema(String schema) {
            this.schema = Identifiers.check(schema, "schema name");
            return this;
        }

        /**
         * The column that orders the rows of a result (row 0 has its smallest value); by default the id column.
         * Rows with equal values come in the database's order.
         */
        public Builder orderBy(String column) {
            this.orderColumn = Identifiers.check(column, "order column");
            return this;
        }

        /** {@code attribute} is held in {@code column}, in the natural type of its kind (see {@link SqlTable}). */
        public Builder column(String attribute, String column) {
            return put(attribute, new AttributeColumns.Single(Identifiers.check(column,
                    "column of attribute '" + attribute + "'")));
        }

        /** Every attribute of {@code columnsByAttribute} is held in the column it maps to, as {@link #column}. */
        public Builder columns(Map<String, String> columnsByAttribute) {
            columnsByAttribute.forEach(this::column);
            return this;
        }

        /** The timestamp {@code attribute} is held in {@code column} as {@code BIGINT} nanoseconds since the epoch. */
        public Builder timestampAsEpochNanos(String attribute, String column) {
            return put(attribute, new AttributeColumns.EpochNanos(Identifiers.check(column,
                    "column of attribute '" + attribute + "'")));
        }

        /**
         * The tags {@code attribute} is held one row per tag in {@code linkTable} (in this table's schema): the
         * customer's id in {@code customerIdColumn}, the tag in {@code tagColumn}. A customer without rows holds no
         * tags: with a link table a tag set is never missing.
         */
        public Builder tagsInLinkTable(String attribute, String linkTable, String customerIdColumn,
                String tagColumn) {
            String where = " of attribute '" + attribute + "'";
            return put(attribute, new AttributeColumns.TagLinkTable(
                    Identifiers.check(linkTable, "link table" + where),
                    Identifiers.check(customerIdColumn, "link table id column" + where),
                    Identifiers.check(tagColumn, "link table tag column" + where)));
        }

        /** The geo point {@code attribute} is held in degrees in two columns. */
        public Builder geoPoint(String attribute, String latitudeColumn, String longitudeColumn) {
            String where = " of attribute '" + attribute + "'";
            return put(attribute, new AttributeColumns.LatitudeLongitude(
                    Identifiers.check(latitudeColumn, "latitude column" + where),
                    Identifiers.check(longitudeColumn, "longitude column" + where)));
        }

        private Builder put(String attribute, AttributeColumns where) {
            Objects.requireNonNull(attribute, "attribute");
            if (fromMapping.remove(attribute)) {
                columns.put(attribute, where);
            } else if (columns.putIfAbsent(attribute, where) != null) {
                throw new IllegalArgumentException("attribute '" + attribute + "' is already mapped, to "
                        + columns.get(attribute));
            }
            return this;
        }

        /** The table description. */
        public SqlTable build() {
            return new SqlTable(this);
        }
    }
}
