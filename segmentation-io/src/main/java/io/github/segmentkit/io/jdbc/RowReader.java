package io.github.segmentkit.io.jdbc;

import io.github.segmentkit.io.CellFormatException;
import io.github.segmentkit.io.ColumnMapping;
import io.github.segmentkit.io.CustomerMapping;
import io.github.segmentkit.io.CustomerRecord;
import io.github.segmentkit.io.LoadTally;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the current row of a result into a {@link CustomerRecord}: each cell fetched in the Java type its SQL type
 * maps to (text as text, dates as {@code LocalDate}, timestamps as {@code LocalDateTime} or {@code OffsetDateTime},
 * arrays as lists), then converted by {@link TypedCells}. Text cells are checked against the load's field-length
 * limit.
 */
final class RowReader {
    private final CustomerMapping mapping;
    private final ResultColumns columns;
    private final LoadTally tally;

    RowReader(CustomerMapping mapping, ResultColumns columns, LoadTally tally) {
        this.mapping = mapping;
        this.columns = columns;
        this.tally = tally;
    }

    /**
     * The customer in the current row, the {@code row}-th (1-based).
     *
     * @throws CellFormatException naming the column and the value of the first cell that cannot be read
     */
    CustomerRecord read(ResultSet result, long row) throws SQLException {
        long id = TypedCells.id(mapping, cell(result, mapping.idColumn(), row));
        List<Object> values = new ArrayList<>(mapping.columns().size());
        for (ColumnMapping column : mapping.columns()) {
            if (column.longitudeColumn() == null) {
                values.add(TypedCells.value(column, cell(result, column.column(), row)));
            } else {
                values.add(TypedCells.geoPoint(column, cell(result, column.column(), row),
                        cell(result, column.longitudeColumn(), row)));
            }
        }
        return mapping.newRecord(id, values);
    }

    private Object cell(ResultSet result, String column, long row) throws SQLException {
        int index = columns.index(column);
        switch (columns.type(column)) {
            case Types.CHAR:
            case Types.VARCHAR:
            case Types.LONGVARCHAR:
            case Types.NCHAR:
            case Types.NVARCHAR:
            case Types.LONGNVARCHAR:
            case Types.CLOB:
            case Types.NCLOB:
                String text = result.getString(index);
                tally.checkField(row, column, text);
                return text;
            case Types.DATE:
                return result.getObject(index, LocalDate.class);
            case Types.TIMESTAMP:
                return result.getObject(index, LocalDateTime.class);
            case Types.TIMESTAMP_WITH_TIMEZONE:
                return result.getObject(index, OffsetDateTime.class);
            case Types.ARRAY:
                return elements(result.getArray(index));
            default:
                return result.getObject(index);
        }
    }

    private static List<Object> elements(Array array) throws SQLException {
        if (array == null) {
            return null;
        }
        try {
            return Arrays.asList((Object[]) array.getArray());
        } finally {
            array.free();
        }
    }
}
