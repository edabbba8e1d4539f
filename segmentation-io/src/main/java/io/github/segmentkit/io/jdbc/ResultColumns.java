package io.github.segmentkit.io.jdbc;

import io.github.segmentkit.api.internal.Suggestions;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each column the mapping reads is in a result, and its SQL type. A table's result has exactly the selected
 * columns in order; a query's columns are found by label: exactly, or else ignoring case when only one label matches
 * (unquoted names in a query come back upper-case from H2 and lower-case from PostgreSQL).
 */
final class ResultColumns {
    private final Map<String, Integer> indexes;
    private final Map<String, Integer> types;

    private ResultColumns(Map<String, Integer> indexes, Map<String, Integer> types) {
        this.indexes = indexes;
        this.types = types;
    }

    static ResultColumns resolve(ResultSetMetaData metadata, List<String> needed, boolean selected, String source)
            throws SQLException {
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= metadata.getColumnCount(); i++) {
            labels.add(metadata.getColumnLabel(i));
        }
        Map<String, Integer> indexes = new HashMap<>();
        Map<String, Integer> types = new HashMap<>();
        for (int n = 0; n < needed.size(); n++) {
            String column = needed.get(n);
            int index = selected ? n + 1 : find(labels, column, source);
            indexes.put(column, index);
            types.put(column, type(metadata, index));
        }
        return new ResultColumns(indexes, types);
    }

    /**
     * The column's {@link Types} code, with a time zone where the database has one: PostgreSQL's driver reports a
     * {@code timestamptz} column as {@link Types#TIMESTAMP}, and it cannot be fetched as a {@code LocalDateTime}.
     */
    private static int type(ResultSetMetaData metadata, int index) throws SQLException {
        int type = metadata.getColumnType(index);
        if (type == Types.TIMESTAMP) {
            String name = metadata.getColumnTypeName(index);
            String folded = name == null ? "" : name.toLowerCase(Locale.ROOT);
            if (folded.equals("timestamptz") || folded.contains("with time zone")) {
                return Types.TIMESTAMP_WITH_TIMEZONE;
            }
        }
        return type;
    }

    /** The 1-based index of {@code column} in the result. */
    int index(String column) {
        return indexes.get(column);
    }

    /** The {@link java.sql.Types} code of {@code column}. */
    int type(String column) {
        return types.get(column);
    }

    private static int find(List<String> labels, String column, String source) {
        int exact = labels.indexOf(column);
        if (exact >= 0) {
            return exact + 1;
        }
        int found = -1;
        String folded = column.toLowerCase(Locale.ROOT);
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).toLowerCase(Locale.ROOT).equals(folded)) {
                if (found >= 0) {
                    throw new JdbcSourceException(source, "column '" + column + "' matches both '"
                            + labels.get(found) + "' and '" + labels.get(i) + "' when case is ignored; alias one "
                            + "in the query", null);
                }
                found = i;
            }
        }
        if (found < 0) {
            String hint = Suggestions.closest(column, labels).map(s -> " (did you mean '" + s + "'?)").orElse("");
            throw new JdbcSourceException(source, "column '" + column + "' is not in the result" + hint + "; it has "
                    + labels, null);
        }
        return found + 1;
    }
}
