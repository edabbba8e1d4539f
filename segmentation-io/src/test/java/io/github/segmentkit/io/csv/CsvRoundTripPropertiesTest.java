package io.github.segmentkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.result.RejectedRow;
import io.github.segmentkit.io.ColumnMapping;
import io.github.segmentkit.io.CustomerMapping;
import io.github.segmentkit.io.CustomerRecord;
import io.github.segmentkit.io.ErrorMode;
import io.github.segmentkit.io.LoadedCustomers;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Customers written by Commons CSV's own printer (not by the code under test) and loaded back are the customers
 * written, whatever their text holds: quotes, delimiters, line breaks, Urdu and Telugu, extreme numbers, NaN, empty
 * cells. A lenient load of rows with random bad cells keeps read == loaded + rejected and names each bad row's
 * line, counted independently from the written text.
 */
class CsvRoundTripPropertiesTest {
    private static final CustomerMapping MAPPING = CustomerMapping.builder("id")
            .column("n", Attribute.ofLong("n"))
            .column("x", Attribute.ofDouble("x"))
            .add(ColumnMapping.of("x_comma", Attribute.ofDouble("x_comma")).withDecimalSeparator(','))
            .column("label", Attribute.ofCategorical("label"))
            .column("flag", Attribute.ofBoolean("flag"))
            .column("day", Attribute.ofDate("day"))
            .column("at", Attribute.ofTimestamp("at"))
            .column("tags", Attribute.ofTags("tags"))
            .add(ColumnMapping.geoPoint("lat", "lon", Attribute.ofGeoPoint("home")))
            .build();
    private static final List<String> HEADER = List.of("id", "n", "x", "x_comma", "label", "flag", "day", "at",
            "tags", "lat", "lon");

    /** One written row: its cells, and the customer a correct loader must read from them. */
    record Row(List<String> cells, CustomerRecord expected) {}

    @Property(tries = 100, edgeCases = EdgeCasesMode.FIRST)
    void should_read_back_exactly_what_commons_csv_wrote(@ForAll("rows") List<Row> rows,
            @ForAll("dialects") CsvDialect dialect) {
        String text = print(dialect, rows, new ArrayList<>());

        LoadedCustomers loaded = CsvCustomerLoader.builder(MAPPING).dialect(dialect).build()
                .loadAll(new StringReader(text), "p.csv");

        assertThat(loaded.customers()).containsExactlyElementsOf(rows.stream().map(Row::expected).toList());
        assertThat(loaded.report().read()).isEqualTo(rows.size());
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.FIRST)
    void should_keep_read_equal_to_loaded_plus_rejected_and_name_each_bad_line(
            @ForAll("rows") List<Row> rows, @ForAll("badCells") List<String> badCells) {
        List<Row> mixed = new ArrayList<>();
        List<Integer> badAt = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String bad = badCells.get(i % badCells.size());
            if (bad != null) {
                List<String> cells = new ArrayList<>(row.cells());
                cells.set(1 + i % 3, bad);   // into n, x or x_comma
                row = new Row(cells, null);
                badAt.add(i);
            }
            mixed.add(row);
        }
        List<Long> lines = new ArrayList<>();
        String text = print(CsvDialect.CSV, mixed, lines);

        LoadedCustomers loaded = CsvCustomerLoader.builder(MAPPING).errorMode(ErrorMode.LENIENT).build()
                .loadAll(new StringReader(text), "p.csv");

        assertThat(loaded.report().read()).isEqualTo(mixed.size())
                .isEqualTo(loaded.report().loaded() + loaded.report().rejected().size());
        assertThat(loaded.customers()).containsExactlyElementsOf(mixed.stream().filter(r -> r.expected() != null)
                .map(Row::expected).toList());
        assertThat(loaded.report().rejected()).extracting(RejectedRow::line)
                .containsExactlyElementsOf(badAt.stream().map(lines::get).toList());
        assertThat(loaded.report().rejected()).extracting(RejectedRow::column)
                .containsExactlyElementsOf(badAt.stream().map(i -> HEADER.get(1 + i % 3)).toList());
    }

    /** Prints the header and rows with Commons CSV; {@code lines} gets each row's 1-based start line. */
    private static String print(CsvDialect dialect, List<Row> rows, List<Long> lines) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(dialect.delimiter()).setQuote(dialect.quote())
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(HEADER);
            for (Row row : rows) {
                lines.add(1 + lineBreaks(out.toString()));
                printer.printRecord(row.cells());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static long lineBreaks(String text) {
        String unified = text.replace("\r\n", "\n");
        return unified.chars().filter(c -> c == '\n' || c == '\r').count();
    }

    @Provide
    Arbitrary<CsvDialect> dialects() {
        return Arbitraries.of(CsvDialect.CSV, CsvDialect.TSV, CsvDialect.of(';'), CsvDialect.of('|'));
    }

    @Provide
    Arbitrary<List<String>> badCells() {
        // "" marks a good row; the rest are bad in a long, a double and a decimal-comma column alike
        return Arbitraries.of("", "ten", "1e", "--1", "0x10", "1.2.3", "1,5.0", "1d", "NaN NaN")
                .map(bad -> bad.isEmpty() ? null : bad).list().ofMinSize(1).ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        return row().list().ofMaxSize(30);
    }

    private static Arbitrary<Row> row() {
        Arbitrary<Long> ids = Arbitraries.longs().edgeCases(c -> c.add(Long.MIN_VALUE, Long.MAX_VALUE));
        Arbitrary<Long> longs = Arbitraries.longs().injectNull(0.2);
        Arbitrary<Double> doubles = Arbitraries.oneOf(Arbitraries.doubles(),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE,
                        Double.MIN_VALUE, -0.0)).injectNull(0.2);
        Arbitrary<String> labels = Arbitraries.oneOf(text(), Arbitraries.of("اردو", "తెలుగు", "\"quoted\"",
                "a,b;c|d\te", "line\nbreak", "cr\rlf\r\n", "  padded  ")).injectNull(0.2);
        Arbitrary<Boolean> flags = Arbitraries.of(true, false).injectNull(0.2);
        Arbitrary<LocalDate> days = Arbitraries.longs().between(LocalDate.of(1, 1, 1).toEpochDay(),
                LocalDate.of(9999, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay).injectNull(0.2);
        Arbitrary<Instant> instants = Arbitraries.longs().between(Instant.parse("0001-01-01T00:00:00Z")
                .getEpochSecond(), Instant.parse("9999-12-31T23:59:59Z").getEpochSecond())
                .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)))
                .injectNull(0.2);
        Arbitrary<List<String>> tags = text().filter(t -> !t.contains("|")).list().ofMaxSize(4).injectNull(0.2);
        Arbitrary<GeoPoint> points = Combinators.combine(Arbitraries.doubles().between(-90, 90),
                Arbitraries.doubles().between(-180, 180)).as(GeoPoint::of).injectNull(0.2);
        return Combinators.combine(ids, longs, doubles, doubles, labels, flags, days, instants)
                .flatAs((id, n, x, xComma, label, flag, day, at) -> Combinators.combine(tags, points)
                        .as((tagList, home) -> row(id, n, x, xComma, label, flag, day, at, tagList, home)));
    }

    private static Arbitrary<String> text() {
        return Arbitraries.strings().all().ofMaxLength(12)
                .filter(s -> s.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE));
    }

    private static Row row(long id, Long n, Double x, Double xComma, String label, Boolean flag, LocalDate day,
            Instant at, List<String> tags, GeoPoint home) {
        List<String> cells = Arrays.asList(Long.toString(id), n == null ? "" : n.toString(),
                x == null ? "" : x.toString(), xComma == null ? "" : xComma.toString().replace('.', ','),
                label == null ? "" : label, flag == null ? "" : flag.toString(), day == null ? "" : day.toString(),
                at == null ? "" : at.toString(), tags == null ? "" : String.join("|", tags),
                home == null ? "" : Double.toString(home.latitude()),
                home == null ? "" : Double.toString(home.longitude()));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("n", n);
        values.put("x", x == null || x.isNaN() ? null : x);
        values.put("x_comma", xComma == null || xComma.isNaN() ? null : xComma);
        values.put("label", label == null || label.isBlank() ? null : label);
        values.put("flag", flag);
        values.put("day", day);
        values.put("at", at);
        values.put("tags", expectedTags(tags));
        values.put("home", home);
        return new Row(cells, CustomerRecord.of(id, values));
    }

    /** Tags as written and split by hand: stripped, empty ones dropped; none at all writes an empty, missing cell. */
    private static Set<String> expectedTags(List<String> tags) {
        if (tags == null) {
            return null;
        }
        Set<String> kept = new LinkedHashSet<>();
        for (String tag : tags) {
            if (!tag.strip().isEmpty()) {
                kept.add(tag.strip());
            }
        }
        return kept.isEmpty() && String.join("|", tags).isBlank() ? null : kept;
    }
}
