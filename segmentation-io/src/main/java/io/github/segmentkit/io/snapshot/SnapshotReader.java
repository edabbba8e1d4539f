package io.github.segmentkit.io.snapshot;

import io.github.segmentkit.io.internal.JdbcTransaction;
import io.github.segmentkit.io.membership.MembershipCsv;
import io.github.segmentkit.io.membership.MembershipTable;
import io.github.segmentkit.io.LoadProgress;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads memberships written by {@link MembershipCsv} or {@code JdbcMembershipWriter} back into a
 * {@link MembershipSnapshot}, so that two runs can be compared from their files (a command line's {@code diff}) or
 * from the table.
 *
 * <pre>{@code
 * SnapshotReader reader = SnapshotReader.create().withUnsegmentedLabel("(unsegmented)");
 * MembershipSnapshot march = reader.readCsv(exportDirectory.resolve("march.csv"));
 * MembershipSnapshot april = reader.readTable(dataSource, MembershipTable.named("segment_membership"),
 *         LocalDate.of(2024, 4, 30));
 * SnapshotDiff diff = SnapshotDiff.between(march, april);
 * }</pre>
 *
 * <p>A CSV file needs the columns {@code customer_id} and {@code segment} (by header, in any order, others
 * ignored); {@code as_of}, when present, must hold one date throughout. Rows with the unsegmented label add their
 * customer to the population only; without a label, customers in no segment are not in the file, and a snapshot read
 * from it does not know them. Everything a run's memberships cannot hold is refused with a
 * {@link MembershipReadException} naming the place: a cell that is not an id or a date, a customer twice in a segment,
 * a customer both labelled unsegmented and in a segment, two dates. Immutable and thread-safe.
 */
public final class SnapshotReader {
    /** The most distinct segments a snapshot holds: far above any real segmentation, it bounds a hostile file. */
    public static final int MAX_SEGMENTS = 10_000;
    /** The rows fetched per round trip from a table unless set. */
    public static final int DEFAULT_FETCH_SIZE = 10_000;

    private final String unsegmentedLabel;
    private final int fetchSize;
    private final LoadProgress progress;

    private SnapshotReader(String unsegmentedLabel, int fetchSize, LoadProgress progress) {
        this.unsegmentedLabel = unsegmentedLabel;
        this.fetchSize = fetchSize;
        this.progress = progress;
    }

    /** A reader without an unsegmented label, fetching {@link #DEFAULT_FETCH_SIZE} rows at a time. */
    public static SnapshotReader create() {
        return new SnapshotReader(null, DEFAULT_FETCH_SIZE, LoadProgress.NONE);
    }

    /** The same reader, taking rows whose segment is {@code label} as customers in no segment. */
    public SnapshotReader withUnsegmentedLabel(String label) {
        Objects.requireNonNull(label, "label");
        if (label.isBlank()) {
            throw new IllegalArgumentException("the unsegmented label is blank");
        }
        return new SnapshotReader(label, fetchSize, progress);
    }

    /**
     * The same reader, fetching {@code rows} rows per round trip from a table.
     *
     * @throws IllegalArgumentException when not positive
     */
    public SnapshotReader fetchSize(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("fetch size " + rows + " is not positive");
        }
        return new SnapshotReader(unsegmentedLabel, rows, progress);
    }

    /**
     * The same reader, telling {@code progress} the rows read so far (all of them loaded, none rejected: a bad row
     * stops the read) every {@link LoadProgress#INTERVAL} rows of a CSV file and at its end.
     */
    public SnapshotReader withProgress(LoadProgress progress) {
        return new SnapshotReader(unsegmentedLabel, fetchSize, Objects.requireNonNull(progress, "progress"));
    }

    /**
     * Reads a membership CSV file (UTF-8).
     *
     * @throws MembershipReadException naming the file, line, column and value of what cannot be read
     */
    public MembershipSnapshot readCsv(Path file) {
        Objects.requireNonNull(file, "file");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readCsv(in, file.toString());
        } catch (IOException e) {
            throw new MembershipReadException(file.toString(), "cannot be read: " + e, e);
        }
    }

    /**
     * Reads membership CSV from {@code in} (not closed), named {@code source} in messages.
     *
     * @throws MembershipReadException naming the source, line, column and value of what cannot be read
     */
    public MembershipSnapshot readCsv(Reader in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        SnapshotAccumulator snapshot = new SnapshotAccumulator(source, unsegmentedLabel);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        try {
            // not closed: closing the parser would close the caller's reader
            CSVParser parser = CSVParser.parse(in, format);
            Map<String, Integer> header = parser.getHeaderMap();
            int id = column(header, MembershipCsv.CUSTOMER_ID, source);
            int segment = column(header, MembershipCsv.SEGMENT, source);
            Integer asOf = header.get(MembershipCsv.AS_OF);
            Iterator<CSVRecord> records = parser.iterator();
            long rows = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                String line = source + ", line " + startLine(record, parser.getCurrentLineNumber());
                if (!record.isConsistent()) {
                    throw new MembershipReadException(line, "the row has " + record.size() + " fields, the header "
                            + header.size());
                }
                snapshot.add(line, customerId(record.get(id), line), record.get(segment),
                        asOf == null ? null : date(record.get(asOf), line));
                if (++rows % LoadProgress.INTERVAL == 0) {
                    progress.update(rows, rows, 0);
                }
            }
            progress.update(rows, rows, 0);
        } catch (IOException | UncheckedIOException e) {
            throw new MembershipReadException(source, "is not readable CSV: " + e.getMessage(), e);
        }
        return snapshot.build();
    }

    /**
     * Reads every row of a membership table: it must hold one run (one as-of date).
     *
     * @throws MembershipReadException naming the table, and the row, column and value of what cannot be read
     */
    public MembershipSnapshot readTable(DataSource dataSource, MembershipTable table) {
        return readTable(dataSource, table, null);
    }

    /**
     * Reads the rows of a membership table dated {@code asOf} (a bind parameter), one run of a table that keeps
     * several.
     *
     * @throws MembershipReadException naming the table, and the row, column and value of what cannot be read
     */
    public MembershipSnapshot readTable(DataSource dataSource, MembershipTable table, LocalDate asOf) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(table, "table");
        List<String> columns = table.quotedColumns();
        String sql = "SELECT " + String.join(", ", columns) + " FROM " + table.qualifiedName()
                + (asOf == null ? "" : " WHERE " + columns.get(2) + " = ?");
        SnapshotAccumulator snapshot = new SnapshotAccumulator(table.qualifiedName(), unsegmentedLabel);
        // a transaction (ended by rollback: nothing is written) so that PostgreSQL streams with a cursor
        try (JdbcTransaction transaction = JdbcTransaction.begin(dataSource);
                PreparedStatement select = transaction.connection().prepareStatement(sql)) {
            select.setFetchSize(fetchSize);
            if (asOf != null) {
                select.setObject(1, asOf);
            }
            readRows(select, table, snapshot);
        } catch (SQLException e) {
            throw new MembershipReadException(table.toString(), "cannot be read: " + e.getMessage(), e);
        }
        return snapshot.build();
    }

    private static void readRows(PreparedStatement select, MembershipTable table, SnapshotAccumulator snapshot)
            throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            long row = 0;
            while (rows.next()) {
                row++;
                String place = table.qualifiedName() + ", row " + row;
                long id = rows.getLong(1);
                if (rows.wasNull()) {
                    throw new MembershipReadException(place + ", column '" + table.customerIdColumn() + "'",
                            "the customer id is NULL");
                }
                snapshot.add(place, id, rows.getString(2), rows.getObject(3, LocalDate.class));
            }
        }
    }

    private static int column(Map<String, Integer> header, String name, String source) {
        Integer index = header == null ? null : header.get(name);
        if (index == null) {
            throw new MembershipReadException(source + ", line 1", "the header has no column '" + name + "'; it has "
                    + (header == null ? "[]" : header.keySet()) + " (membership files start with "
                    + MembershipCsv.CUSTOMER_ID + "," + MembershipCsv.SEGMENT + "[," + MembershipCsv.AS_OF + "])");
        }
        return index;
    }

    /** The line a record starts on: the parser reports where it ended, after any line breaks inside its values. */
    private static long startLine(CSVRecord record, long endLine) {
        long breaks = 0;
        for (String value : record) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                    breaks++;
                }
            }
        }
        return endLine - breaks;
    }

    private static long customerId(String text, String line) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new MembershipReadException(line + ", column '" + MembershipCsv.CUSTOMER_ID + "'", "'" + text
                    + "' is not a whole number in [" + Long.MIN_VALUE + ", " + Long.MAX_VALUE + "]", e);
        }
    }

    private static LocalDate date(String text, String line) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new MembershipReadException(line + ", column '" + MembershipCsv.AS_OF + "'", "'" + text
                    + "' is not an ISO-8601 date (2024-03-31)", e);
        }
    }
}
