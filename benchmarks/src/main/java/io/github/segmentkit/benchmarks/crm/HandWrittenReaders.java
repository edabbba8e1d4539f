package io.github.segmentkit.benchmarks.crm;

import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * What a developer writes in ten minutes instead of a loader: a CSV record or a result row turned into their own
 * customer class by position, with no mapping, no error positions and no limits. The peer of the loaders.
 */
final class HandWrittenReaders {
    private HandWrittenReaders() {
    }

    /** The customer of one CSV record, columns in the order of {@link CrmColumns#NAMES}. */
    static BenchCustomer fromCsv(CSVRecord record) {
        return new BenchCustomer(Long.parseLong(record.get(0)), integer(record.get(1)), real(record.get(2)),
                text(record.get(3)), text(record.get(4)), text(record.get(5)), text(record.get(6)),
                text(record.get(7)), bool(record.get(8)), bool(record.get(9)), real(record.get(10)),
                integer(record.get(11)), real(record.get(12)), integer(record.get(13)), date(record.get(14)),
                date(record.get(15)), instant(record.get(16)), tags(record.get(17)), real(record.get(18)),
                real(record.get(19)), integer(record.get(20)));
    }

    /** The customer of the current row of a {@code SELECT *} of the PostgreSQL table. */
    static BenchCustomer fromRow(ResultSet row) throws SQLException {
        Timestamp login = row.getTimestamp(17);
        return new BenchCustomer(row.getLong(1), integer(row, 2), real(row, 3), row.getString(4), row.getString(5),
                row.getString(6), row.getString(7), row.getString(8), bool(row, 9), bool(row, 10), real(row, 11),
                integer(row, 12), real(row, 13), integer(row, 14), row.getObject(15, LocalDate.class),
                row.getObject(16, LocalDate.class), login == null ? null : login.toInstant(), tags(row.getArray(18)),
                real(row, 19), real(row, 20), integer(row, 21));
    }

    private static boolean missing(String cell) {
        return CrmColumns.MISSING.equals(cell);
    }

    private static Integer integer(String cell) {
        return missing(cell) ? null : Integer.valueOf(cell);
    }

    private static double real(String cell) {
        return missing(cell) ? Double.NaN : Double.parseDouble(cell);
    }

    private static String text(String cell) {
        return missing(cell) ? null : cell;
    }

    private static Boolean bool(String cell) {
        return missing(cell) ? null : Boolean.valueOf(cell);
    }

    private static LocalDate date(String cell) {
        return missing(cell) ? null : LocalDate.parse(cell);
    }

    private static Instant instant(String cell) {
        return missing(cell) ? null : Instant.parse(cell);
    }

    private static Set<String> tags(String cell) {
        if (missing(cell)) {
            return null;
        }
        return cell.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(cell.split("\\|")));
    }

    private static Integer integer(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static double real(ResultSet row, int column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? Double.NaN : value;
    }

    private static Boolean bool(ResultSet row, int column) throws SQLException {
        boolean value = row.getBoolean(column);
        return row.wasNull() ? null : value;
    }

    private static Set<String> tags(Array array) throws SQLException {
        return array == null ? null : new LinkedHashSet<>(Arrays.asList((String[]) array.getArray()));
    }
}
