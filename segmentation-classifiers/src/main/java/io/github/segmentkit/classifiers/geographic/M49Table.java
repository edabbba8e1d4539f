package io.github.segmentkit.classifiers.geographic;

import io.github.segmentkit.io.LoadLimits;
import io.github.segmentkit.io.csv.CsvDialect;
import io.github.segmentkit.io.csv.CsvHeader;
import io.github.segmentkit.io.csv.CsvRecords;
import io.github.segmentkit.io.csv.CsvRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The UN M49 table shipped with SegmentKit ({@value #RESOURCE}, the UNSD "Standard country or area codes for
 * statistical use" download; its source is named in {@code unsd-m49.SOURCE.md} beside it), indexed by ISO 3166-1
 * alpha-2 code. Antarctica, which the table leaves without a region, gets region and sub-region {@code 010
 * Antarctica}, as {@code docs/classifiers.md} ("country-region") lists it.
 *
 * <pre>{@code
 * M49Table.standard().find("JP").map(M49Entry::subRegionName);   // Optional[Eastern Asia]
 * }</pre>
 *
 * <p>Immutable and thread-safe; the standard table is read once, on first use.
 */
final class M49Table {
    /** Where the table lives on the class path. */
    public static final String RESOURCE = "/io/github/segmentkit/classifiers/geographic/unsd-m49.csv";
    private static final int COLUMNS = 15;

    private final Map<String, M49Entry> byAlpha2;

    private M49Table(Map<String, M49Entry> byAlpha2) {
        this.byAlpha2 = Collections.unmodifiableMap(byAlpha2);
    }

    /** The table shipped with SegmentKit. */
    public static M49Table standard() {
        return Holder.STANDARD;
    }

    /** The entry of an ISO 3166-1 alpha-2 code (exact, upper case), if the table has one. */
    public Optional<M49Entry> find(String alpha2) {
        return Optional.ofNullable(byAlpha2.get(alpha2));
    }

    /** Every entry with an alpha-2 code, in the table's order. */
    public List<M49Entry> entries() {
        return List.copyOf(byAlpha2.values());
    }

    /**
     * Reads the UNSD download format: a header line, then semicolon-separated rows of 15 columns (blank lines
     * skipped); does not close {@code in}.
     *
     * @throws IllegalArgumentException naming the line when the header is not the UNSD one or a row does not have
     *                                  15 columns
     */
    static M49Table read(InputStream in) {
        CsvRecords records = CsvRecords.of(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE,
                CsvDialect.of(';'), LoadLimits.DEFAULTS);
        CsvHeader header = records.header();
        if (header.size() != COLUMNS || !header.names().get(0).equals("Global Code")) {
            throw new IllegalArgumentException(RESOURCE + ", line 1: not the UNSD M49 header: " + header);
        }
        Map<String, M49Entry> entries = new LinkedHashMap<>();
        for (CsvRow row = records.next(); row != null; row = records.next()) {
            List<String> cells = row.fields();
            if (cells.size() != COLUMNS) {
                throw new IllegalArgumentException(RESOURCE + ", line " + row.line() + ": " + cells.size()
                        + " columns, expected " + COLUMNS + ": " + cells);
            }
            String alpha2 = cells.get(10).toUpperCase(Locale.ROOT);
            if (alpha2.isEmpty()) {
                continue;   // Sark: an M49 area without an ISO code cannot be looked up by one
            }
            boolean antarctica = cells.get(2).isEmpty() && "010".equals(cells.get(9));
            entries.put(alpha2, new M49Entry(alpha2, cells.get(8), cells.get(9),
                    antarctica ? "010" : cells.get(2), antarctica ? cells.get(8) : cells.get(3),
                    antarctica ? "010" : cells.get(4), antarctica ? cells.get(8) : cells.get(5), cells.get(6),
                    cells.get(7)));
        }
        return new M49Table(entries);
    }

    private static final class Holder {
        static final M49Table STANDARD = load();

        private static M49Table load() {
            InputStream in = M49Table.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            try (in) {
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
