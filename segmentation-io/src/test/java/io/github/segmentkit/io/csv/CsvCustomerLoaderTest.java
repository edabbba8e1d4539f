package io.github.segmentkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.result.RejectedRow;
import io.github.segmentkit.io.ColumnMapping;
import io.github.segmentkit.io.CustomerMapping;
import io.github.segmentkit.io.CustomerRecord;
import io.github.segmentkit.io.ErrorMode;
import io.github.segmentkit.io.InvalidCellException;
import io.github.segmentkit.io.LoadLimitExceededException;
import io.github.segmentkit.io.LoadLimits;
import io.github.segmentkit.io.LoadReport;
import io.github.segmentkit.io.LoadedCustomers;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvCustomerLoaderTest {
    private static final CustomerMapping MAPPING = CustomerMapping.builder("id")
            .column("age", Attribute.ofLong("age"))
            .column("city", Attribute.ofCategorical("city"))
            .add(ColumnMapping.of("joined", Attribute.ofDate("joined")).withFormat("dd/MM/uuuu"))
            .add(ColumnMapping.geoPoint("lat", "lon", Attribute.ofGeoPoint("home")))
            .build();
    private static final String HEADER = "id,age,city,joined,lat,lon,unused\n";

    private static CustomerRecord customer(long id, Long age, String city, LocalDate joined, GeoPoint home) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("age", age);
        values.put("city", city);
        values.put("joined", joined);
        values.put("home", home);
        return CustomerRecord.of(id, values);
    }

    private static LoadedCustomers load(ErrorMode mode, String text) {
        return CsvCustomerLoader.builder(MAPPING).errorMode(mode).build().loadAll(new StringReader(text), "c.csv");
    }

    @Test
    void should_load_every_row_by_header_name_in_any_column_order() {
        LoadedCustomers loaded = load(ErrorMode.STRICT, "unused,lon,lat,joined,city,age,id\n"
                + "x,2.35,48.85,31/12/2020,\"Paris, France\",41,7\n"
                + "y,,,,,,8.0\n");

        assertThat(loaded.customers()).containsExactly(
                customer(7, 41L, "Paris, France", LocalDate.of(2020, 12, 31), GeoPoint.of(48.85, 2.35)),
                customer(8, null, null, null, null));
        assertThat(loaded.report()).isEqualTo(new LoadReport("c.csv", 2, 2, List.of()));
    }

    @Test
    void should_stop_a_strict_load_at_the_first_bad_cell_naming_file_line_column_and_value() {
        String text = HEADER + "1,30,Oslo,01/01/2020,59.9,10.7,\n"
                + "2,\"multi\nline\",Rome,01/01/2020,41.9,12.5,\n"
                + "3,forty,Rome,01/01/2020,41.9,12.5,\n";

        assertThatThrownBy(() -> load(ErrorMode.STRICT, text)).isInstanceOf(InvalidCellException.class)
                .hasMessage("c.csv, line 3, column 'age', value 'multi\nline': not a whole number")
                .satisfies(e -> {
                    InvalidCellException bad = (InvalidCellException) e;
                    assertThat(bad.line()).isEqualTo(3);
                    assertThat(bad.column()).isEqualTo("age");
                    assertThat(bad.value()).isEqualTo("multi\nline");
                    assertThat(bad.attribute()).isEqualTo("age");
                });
    }

    @Test
    void should_set_bad_rows_aside_in_a_lenient_load_with_the_same_details() {
        String text = HEADER + "1,30,Oslo,01/01/2020,59.9,10.7,\n"
                + "2,30,Rome,31/02/2020,41.9,12.5,\n"
                + "3,30,Rome\n"
                + "\n"
                + "4,30,Rome,01/01/2020,95,12.5,\n"
                + "AB-7,30,Rome,01/01/2020,41.9,12.5,\n"
                + "6,30,Rome,01/01/2020,,12.5,\n"
                + "7,31,Nice,02/01/2020,43.7,7.26,\n";

        LoadedCustomers loaded = load(ErrorMode.LENIENT, text);

        assertThat(loaded.customers()).extracting(CustomerRecord::id).containsExactly(1L, 7L);
        assertThat(loaded.report().read()).isEqualTo(7);
        assertThat(loaded.report().loaded()).isEqualTo(2);
        assertThat(loaded.report().rejected()).containsExactly(
                new RejectedRow("c.csv", 3, "joined", "31/02/2020", "not a date (format dd/MM/uuuu)"),
                new RejectedRow("c.csv", 4, null, null, "the row has 3 fields, the header 7"),
                new RejectedRow("c.csv", 6, "lat", "95", "latitude 95.0 is outside [-90, 90]"),
                new RejectedRow("c.csv", 7, "id", "AB-7", "customer id not a whole number"),
                new RejectedRow("c.csv", 8, "lat", "", "missing while 'lon' is not; a geo point needs both or "
                        + "neither"));
    }

    @Test
    void should_name_a_mapped_column_missing_from_the_header() {
        assertThatThrownBy(() -> load(ErrorMode.LENIENT, "id,Age,city,joined,lat\n1,2,3,4,5\n"))
                .isInstanceOf(InvalidCsvException.class)
                .hasMessage("c.csv, line 1: column 'age' is not in the header (did you mean 'Age'?); column 'lon' "
                        + "is not in the header; the header has [id, Age, city, joined, lat]");
    }

    @Test
    void should_enforce_the_row_limit_even_when_lenient() {
        CsvCustomerLoader loader = CsvCustomerLoader.builder(MAPPING).errorMode(ErrorMode.LENIENT)
                .limits(LoadLimits.DEFAULTS.withMaxRows(1)).build();
        assertThatThrownBy(() -> loader.loadAll(new StringReader(HEADER + "1,,,,,,\n\n2,,,,,,\n"), "c.csv"))
                .isInstanceOf(LoadLimitExceededException.class)
                .hasMessage("c.csv, line 4: more than 1 rows (LoadLimits.maxRows)");
    }

    @Test
    void should_read_a_utf8_tsv_file_and_name_it_in_errors(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("customers.tsv");
        Files.writeString(file, "\uFEFFid\tage\tcity\tjoined\tlat\tlon\tunused\n"
                + "1\t20\tلاہور\t01/01/2020\t31.5\t74.3\t\n"
                + "2\t21\tహైదరాబాదు\t01/01/2020\t17.4\t78.5\t\n"
                + "3\t2x\tx\t01/01/2020\t17.4\t78.5\t\n", StandardCharsets.UTF_8);
        CsvCustomerLoader loader = CsvCustomerLoader.builder(MAPPING).dialect(CsvDialect.TSV).build();

        assertThatThrownBy(() -> loader.loadAll(file)).isInstanceOf(InvalidCellException.class)
                .hasMessage("customers.tsv, line 4, column 'age', value '2x': not a whole number");
        List<CustomerRecord> firstTwo = new ArrayList<>();
        assertThatThrownBy(() -> loader.load(file, firstTwo::add)).isInstanceOf(InvalidCellException.class);
        assertThat(firstTwo).extracting(c -> c.get("city")).containsExactly("لاہور", "హైదరాబాదు");
    }

    @Test
    void should_call_progress_with_counts_that_add_up() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 25_000; i++) {
            text.append(i).append(i % 10 == 0 ? ",bad" : ",1").append(",,,,,\n");
        }
        List<long[]> calls = new ArrayList<>();
        LoadReport report = CsvCustomerLoader.builder(MAPPING).errorMode(ErrorMode.LENIENT)
                .progress((read, loaded, rejected) -> calls.add(new long[] {read, loaded, rejected})).build()
                .load(new StringReader(text.toString()), null, c -> { });

        assertThat(calls).extracting(c -> c[0]).containsExactly(10_000L, 20_000L, 25_000L);
        assertThat(calls).allSatisfy(c -> assertThat(c[0]).isEqualTo(c[1] + c[2]));
        assertThat(report.rejected()).hasSize(2_500);
        assertThat(report.rejected().get(1)).hasToString("line 12, column 'age', value 'bad': not a whole number");
    }
}
