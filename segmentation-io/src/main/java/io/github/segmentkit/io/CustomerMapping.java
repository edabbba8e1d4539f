package io.github.segmentkit.io;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.attribute.BooleanAttribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.DateAttribute;
import io.github.segmentkit.api.attribute.DoubleAttribute;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.attribute.GeoPointAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.attribute.TagsAttribute;
import io.github.segmentkit.api.attribute.TimestampAttribute;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Where a customer's id and attributes are in a table: the id column and one {@link ColumnMapping} per attribute.
 * It gives the {@link CustomerSchema} of the loaded {@link CustomerRecord}s, so that a file and a mapping (in Java,
 * or read from JSON with {@code io.github.segmentkit.io.mapping.MappingJson}) are all it takes to segment.
 *
 * <pre>{@code
 * CustomerMapping mapping = CustomerMapping.builder("customer_id")
 *         .column("age", Attribute.ofLong("age"))
 *         .column("country", Attribute.ofCategorical("country"))
 *         .add(ColumnMapping.of("signed_up", Attribute.ofDate("signed_up")).withFormat("dd/MM/uuuu"))
 *         .build();
 * CustomerSchema<CustomerRecord> schema = mapping.schema();
 * }</pre>
 *
 * <p>Ids are whole numbers, read like long cells ({@code 17850.0} is 17850); a missing id is a bad cell. Immutable
 * and thread-safe.
 */
public final class CustomerMapping {
    private final String idColumn;
    private final List<ColumnMapping> columns;
    private final RecordLayout layout;
    private final CustomerSchema<CustomerRecord> schema;

    private CustomerMapping(String idColumn, List<ColumnMapping> columns) {
        this.idColumn = idColumn;
        this.columns = List.copyOf(columns);
        this.layout = new RecordLayout(this.columns.stream().map(c -> c.attribute().name()).toList());
        this.schema = buildSchema();
    }

    /** Starts a mapping whose customer ids are in {@code idColumn}. */
    public static Builder builder(String idColumn) {
        return new Builder(idColumn);
    }

    /** The column holding the customer ids. */
    public String idColumn() {
        return idColumn;
    }

    /** The attribute mappings, in declaration order. */
    public List<ColumnMapping> columns() {
        return columns;
    }

    /** The attributes, in declaration order. */
    public List<Attribute> attributes() {
        return columns.stream().map(ColumnMapping::attribute).toList();
    }

    /** The mapping of the attribute named {@code attribute}, if any. */
    public Optional<ColumnMapping> find(String attribute) {
        return columns.stream().filter(c -> c.attribute().name().equals(attribute)).findFirst();
    }

    /** Every source column read, the id column first, each once. */
    public List<String> sourceColumns() {
        Set<String> names = new LinkedHashSet<>();
        names.add(idColumn);
        columns.forEach(c -> names.addAll(c.columns()));
        return List.copyOf(names);
    }

    /** The schema of the records this mapping reads: one binding per attribute, in declaration order. */
    public CustomerSchema<CustomerRecord> schema() {
        return schema;
    }

    /**
     * The customer in one row, each cell given by {@code cellOfColumn} (its text; {@code null} for a database
     * NULL, which is missing).
     *
     * @throws CellFormatException naming the column and the value of the first cell that cannot be read
     */
    public CustomerRecord toRecord(Function<String, String> cellOfColumn) {
        Objects.requireNonNull(cellOfColumn, "cellOfColumn");
        long id = id(cellOfColumn.apply(idColumn));
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            ColumnMapping column = columns.get(i);
            CellConverter converter = column.converter();
            values[i] = column.longitudeColumn() == null ? converter.convert(cellOfColumn.apply(column.column()))
                    : converter.convertGeoPoint(cellOfColumn.apply(column.column()),
                    cellOfColumn.apply(column.longitudeColumn()));
        }
        return new CustomerRecord(id, layout, values);
    }

    /**
     * The customer id written in {@code cell}.
     *
     * @throws CellFormatException naming the id column when the cell is missing or not a whole number
     */
    public long id(String cell) {
        if (cell == null || cell.isBlank()) {
            throw new CellFormatException(idColumn, cell, null, "the customer id is missing");
        }
        try {
            return CellConverter.parseWholeNumber(cell);
        } catch (NumberFormatException e) {
            throw new CellFormatException(idColumn, cell, null, "customer id " + e.getMessage());
        }
    }

    /**
     * A record of already typed values, one per attribute in declaration order ({@code null} when missing), for
     * loaders that read typed columns (a database's {@code bigint}, say) rather than text.
     *
     * @throws IllegalArgumentException naming the attribute when a value's type is not its kind's, or the count of
     *                                  values is not the count of attributes
     */
    public CustomerRecord newRecord(long id, List<?> values) {
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " values " + layout.names()
                    + ", got " + values.size());
        }
        Object[] copy = new Object[values.size()];
        for (int i = 0; i < copy.length; i++) {
            Attribute attribute = columns.get(i).attribute();
            Object value = CustomerRecord.normalised(attribute.name(), values.get(i));
            if (value != null && !expectedType(attribute.kind()).isInstance(value)) {
                throw new IllegalArgumentException("attribute '" + attribute.name() + "' is a "
                        + attribute.kind().label() + " attribute; got a " + value.getClass().getSimpleName()
                        + ": " + value);
            }
            copy[i] = value;
        }
        return new CustomerRecord(id, layout, copy);
    }

    private static Class<?> expectedType(AttributeKind kind) {
        switch (kind) {
            case LONG:
                return Long.class;
            case DOUBLE:
                return Double.class;
            case CATEGORICAL:
                return String.class;
            case BOOLEAN:
                return Boolean.class;
            case DATE:
                return LocalDate.class;
            case TIMESTAMP:
                return Instant.class;
            case TAGS:
                return Set.class;
            case GEO_POINT:
                return GeoPoint.class;
            default:
                throw new IllegalStateException("unknown kind " + kind);
        }
    }

    @SuppressWarnings("unchecked")
    private CustomerSchema<CustomerRecord> buildSchema() {
        CustomerSchema.Builder<CustomerRecord> builder = CustomerSchema.builder(CustomerRecord::id);
        for (int i = 0; i < columns.size(); i++) {
            Attribute attribute = columns.get(i).attribute();
            int index = i;
            String name = attribute.name();
            Function<CustomerRecord, Object> value = r -> r.valueFor(layout, index, name);
            switch (attribute.kind()) {
                case LONG:
                    builder.nullableNumeric((LongAttribute) attribute, r -> (Long) value.apply(r));
                    break;
                case DOUBLE:
                    builder.nullableNumeric((DoubleAttribute) attribute, r -> (Double) value.apply(r));
                    break;
                case CATEGORICAL:
                    builder.categorical((CategoricalAttribute) attribute, r -> (String) value.apply(r));
                    break;
                case BOOLEAN:
                    builder.bool((BooleanAttribute) attribute, r -> (Boolean) value.apply(r));
                    break;
                case DATE:
                    builder.date((DateAttribute) attribute, r -> (LocalDate) value.apply(r));
                    break;
                case TIMESTAMP:
                    builder.timestamp((TimestampAttribute) attribute, r -> (Instant) value.apply(r));
                    break;
                case TAGS:
                    builder.tags((TagsAttribute) attribute, r -> (Set<String>) value.apply(r));
                    break;
                case GEO_POINT:
                    builder.geoPoint((GeoPointAttribute) attribute, r -> (GeoPoint) value.apply(r));
                    break;
                default:
                    throw new IllegalStateException("unknown kind " + attribute.kind());
            }
        }
        return builder.build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CustomerMapping && idColumn.equals(((CustomerMapping) other).idColumn)
                && columns.equals(((CustomerMapping) other).columns);
    }

    @Override
    public int hashCode() {
        return 31 * idColumn.hashCode() + columns.hashCode();
    }

    @Override
    public String toString() {
        return "CustomerMapping{id: " + idColumn + ", " + columns + "}";
    }

    /** Collects the id column and the attribute mappings; each attribute name may be declared once. */
    public static final class Builder {
        private final String idColumn;
        private final List<ColumnMapping> columns = new ArrayList<>();
        private final Set<String> names = new LinkedHashSet<>();

        private Builder(String idColumn) {
            Objects.requireNonNull(idColumn, "idColumn");
            if (idColumn.isEmpty()) {
                throw new IllegalArgumentException("the id column name is empty");
            }
            this.idColumn = idColumn;
        }

        /** {@code attribute} read from {@code column} with the default options (not a geo point). */
        public Builder column(String column, Attribute attribute) {
            return add(ColumnMapping.of(column, attribute));
        }

        /** One more attribute mapping. */
        public Builder add(ColumnMapping mapping) {
            Objects.requireNonNull(mapping, "mapping");
            String name = mapping.attribute().name();
            if (!names.add(name)) {
                throw new IllegalArgumentException("attribute '" + name + "' is mapped twice");
            }
            if (columns.size() == CustomerSchema.MAX_ATTRIBUTES) {
                throw new IllegalArgumentException("a mapping holds at most " + CustomerSchema.MAX_ATTRIBUTES
                        + " attributes; '" + name + "' would be one more");
            }
            columns.add(mapping);
            return this;
        }

        /** Every mapping given to {@link #add}. */
        public Builder addAll(Collection<ColumnMapping> mappings) {
            mappings.forEach(this::add);
            return this;
        }

        /** The immutable mapping. */
        public CustomerMapping build() {
            return new CustomerMapping(idColumn, columns);
        }
    }
}
