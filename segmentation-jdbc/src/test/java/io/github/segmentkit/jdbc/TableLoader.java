package io.github.segmentkit.jdbc;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.schema.AttributeBinding;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.api.schema.DoubleBinding;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Loads customers into a fresh table through JDBC batch inserts, one column per attribute (two for a geo point),
 * plus the id and the row's input position ({@code row_no}, the order column). A missing double is written as NULL
 * in even rows and as NaN in odd rows, so that both forms of missing meet the SQL; a missing geo point likewise.
 *
 * @param <T> the customer type
 */
final class TableLoader<T> {
    static final String ROW_COLUMN = "row_no";
    static final String ID_COLUMN = "id";

    private final TestDatabase database;
    private final CustomerSchema<T> schema;
    private final boolean epochNanos;
    private final String prefix;

    /**
     * @param epochNanos whether timestamps are written as BIGINT epoch nanoseconds rather than the database's type
     * @param prefix     what every attribute column's name starts with (the hostile-strings test makes it hostile)
     */
    TableLoader(TestDatabase database, CustomerSchema<T> schema, boolean epochNanos, String prefix) {
        this.database = database;
        this.schema = schema;
        this.epochNanos = epochNanos;
        this.prefix = prefix;
    }

    String columnOf(Attribute attribute) {
        return prefix + attribute.name();
    }

    /** The description of the tables this loader writes, named {@code table}. */
    SqlTable describe(String table) {
        SqlTable.Builder builder = SqlTable.builder(table, ID_COLUMN).orderBy(ROW_COLUMN);
        for (Attribute attribute : schema.attributes()) {
            String column = columnOf(attribute);
            if (attribute.kind() == AttributeKind.GEO_POINT) {
                builder.geoPoint(attribute.name(), column + "_lat", column + "_lon");
            } else if (attribute.kind() == AttributeKind.TIMESTAMP && epochNanos) {
                builder.timestampAsEpochNanos(attribute.name(), column);
            } else {
                builder.column(attribute.name(), column);
            }
        }
        return builder.build();
    }

    /** Makes {@code table} empty with this loader's columns and inserts {@code customers}, row i with row_no i. */
    SqlTable load(String table, List<? extends T> customers) throws SQLException {
        String name = Identifiers.quote(table);
        List<String> columns = new ArrayList<>(List.of(Identifiers.quote(ROW_COLUMN) + " "
                + database.type(AttributeKind.LONG), Identifiers.quote(ID_COLUMN) + " "
                + database.type(AttributeKind.LONG)));
        int placeholders = 2;
        for (Attribute attribute : schema.attributes()) {
            String column = columnOf(attribute);
            String type = attribute.kind() == AttributeKind.TIMESTAMP && epochNanos ? database.epochNanosType()
                    : database.type(attribute.kind());
            if (attribute.kind() == AttributeKind.GEO_POINT) {
                columns.add(Identifiers.quote(column + "_lat") + " " + type);
                columns.add(Identifiers.quote(column + "_lon") + " " + type);
                placeholders += 2;
            } else {
                columns.add(Identifiers.quote(column) + " " + type);
                placeholders++;
            }
        }
        database.emptyTable(table, String.join(", ", columns));
        // a JDBC batch of multi-row INSERTs: DuckDB's driver runs a batch one element at a time, so rows per
        // element matter more there than elements per batch
        int perStatement = Math.max(1, Math.min(64, 16_000 / placeholders));
        String row = "(" + String.join(", ", java.util.Collections.nCopies(placeholders, "?")) + ")";
        database.connection().setAutoCommit(false);
        try {
            int full = customers.size() / perStatement * perStatement;
            if (full > 0) {
                insert(name, row, perStatement, customers.subList(0, full), 0);
            }
            if (full < customers.size()) {
                insert(name, row, customers.size() - full, customers.subList(full, customers.size()), full);
            }
            database.connection().commit();
        } catch (SQLException | RuntimeException e) {
            database.connection().rollback();
            throw e;
        } finally {
            database.connection().setAutoCommit(true);
        }
        return describe(table);
    }

    /** Inserts {@code customers} with statements of {@code perStatement} rows each, as one JDBC batch. */
    private void insert(String name, String row, int perStatement, List<? extends T> customers, int firstRow)
            throws SQLException {
        String sql = "INSERT INTO " + name + " VALUES " + String.join(", ",
                java.util.Collections.nCopies(perStatement, row));
        try (PreparedStatement statement = database.connection().prepareStatement(sql)) {
            int index = 1;
            for (int i = 0; i < customers.size(); i++) {
                T customer = customers.get(i);
                int rowNo = firstRow + i;
                statement.setLong(index++, rowNo);
                statement.setLong(index++, schema.id(customer));
                for (AttributeBinding<T> binding : schema.bindings()) {
                    index = bind(statement, index, binding, customer, rowNo % 2 == 1);
                }
                if ((i + 1) % perStatement == 0) {
                    statement.addBatch();
                    index = 1;
                }
            }
            statement.executeBatch();
        }
    }

    private int bind(PreparedStatement statement, int index, AttributeBinding<T> binding, T customer,
            boolean missingAsNaN) throws SQLException {
        if (binding instanceof DoubleBinding<T> doubles) {
            double value = doubles.applyAsDouble(customer);
            setDouble(statement, index, value, missingAsNaN);
            return index + 1;
        }
        Object value = binding.read(customer);
        if (value instanceof GeoPoint point) {
            statement.setDouble(index, point.latitude());
            statement.setDouble(index + 1, point.longitude());
            return index + 2;
        }
        if (binding.attribute().kind() == AttributeKind.GEO_POINT) {
            setDouble(statement, index, Double.NaN, missingAsNaN);
            setDouble(statement, index + 1, Double.NaN, missingAsNaN);
            return index + 2;
        }
        if (value == null) {
            statement.setNull(index, binding.attribute().kind() == AttributeKind.TAGS ? Types.ARRAY : Types.NULL);
        } else if (value instanceof Instant instant && epochNanos) {
            statement.setLong(index, Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L),
                    instant.getNano()));
        } else if (!(value instanceof Collection)) {
            Parameters.bind(statement, index, value);   // as the library binds criteria values
        } else {
            @SuppressWarnings("unchecked")
            Collection<String> tags = (Collection<String>) value;
            statement.setArray(index, database.textArray(tags.toArray(String[]::new)));
        }
        return index + 1;
    }

    private static void setDouble(PreparedStatement statement, int index, double value, boolean missingAsNaN)
            throws SQLException {
        if (Double.isNaN(value) && !missingAsNaN) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }
}
