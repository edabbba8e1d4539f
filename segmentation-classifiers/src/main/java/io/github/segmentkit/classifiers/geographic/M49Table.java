package io.github.segmentkit.classifiers.geographic;

import java.io.BufferedReader;
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
     * Reads the UNSD download format: a header line, then semicolon-separated rows of 15 columns.
     *
     * @throws IllegalArgumentException naming the line when a row does not have 15 columns
     */
    static M49Table read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, M49Entry> entries = new LinkedHashMap<>();
        String header = reader.readLine();
        if (header == null || !header.replace("\uFEFF", "").startsWith("Global Code;")) {
            throw new IllegalArgumentException(RESOURCE + ", line 1: not the UNSD M49 header: " + header);
        }
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(";", -1);
            if (cells.length != COLUMNS) {
                throw new IllegalArgumentException(RESOURCE + ", line " + lineNumber + ": " + cells.length
                        + " columns, expected " + COLUMNS + ": " + line);
            }
            String alpha2 = cells[10].toUpperCase(Locale.ROOT);
            if (alpha2.isEmpty()) {
                continue;   // Sark: an M49 area without an ISO code cannot be looked up by one
            }
            boolean antarctica = cells[2].isEmpty() && "010".equals(cells[9]);
            entries.put(alpha2, new M49Entry(alpha2, cells[8], cells[9],
                    antarctica ? "010" : cells[2], antarctica ? cells[8] : cells[3],
                    antarctica ? "010" : cells[4], antarctica ? cells[8] : cells[5], cells[6], cells[7]));
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
