package io.github.segmentkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.io.CustomerMapping;
import io.github.segmentkit.io.CustomerRecord;
import io.github.segmentkit.io.ErrorMode;
import io.github.segmentkit.io.InvalidCellException;
import io.github.segmentkit.io.LoadLimits;
import io.github.segmentkit.io.LoadReport;
import io.github.segmentkit.io.LoadSettings;
import io.github.segmentkit.io.LoadedCustomers;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The compiled twins of the javadoc examples of {@code io.github.segmentkit.io.csv}, each run and checked. */
class CsvSnippetsTest {
    private static final Logger log = LoggerFactory.getLogger(CsvSnippetsTest.class);

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("customers.csv"), text);
    }

    @Test
    void should_run_the_dialect_example() {
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/csv/CsvDialect.java
        CsvDialect comma = CsvDialect.CSV;                      // comma, double quotes
        CsvDialect tab = CsvDialect.TSV;                        // tab, double quotes (as spreadsheets write it)
        CsvDialect semicolon = CsvDialect.of(';');              // semicolon, double quotes
        CsvDialect plainTab = CsvDialect.TSV.withoutQuotes();   // tab, a quote is an ordinary character

        assertThat(List.of(comma, tab, semicolon, plainTab)).containsExactly(new CsvDialect(',', '"'),
                new CsvDialect('\t', '"'), new CsvDialect(';', '"'), new CsvDialect('\t', null));
    }

    @Test
    void should_run_the_records_header_and_row_examples() throws IOException {
        Path file = file("id,city,age\n1,Oslo,30\n2,\"Rome\",40\n3\n");
        List<String> cities = new ArrayList<>();
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/csv/CsvRecords.java
        try (CsvRecords records = CsvRecords.open(file, CsvDialect.CSV, LoadLimits.DEFAULTS)) {
            CsvHeader header = records.header();
            int city = header.require("city");
            for (CsvRow row = records.next(); row != null; row = records.next()) {
                cities.add(row.get(city));
            }
        }
        assertThat(cities).containsExactly("Oslo", "Rome", null);

        Map<Long, String> citiesByLine = new LinkedHashMap<>();
        OptionalInt email;
        try (CsvRecords records = CsvRecords.open(file, CsvDialect.CSV, LoadLimits.DEFAULTS)) {
            // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/csv/CsvHeader.java
            CsvHeader header = records.header();
            int age = header.require("age");          // or InvalidCsvException naming the file and suggesting a name
            header.indexOf("email");                  // OptionalInt.empty() when absent
            email = header.indexOf("email");
            assertThat(age).isEqualTo(2);
            // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/csv/CsvRow.java
            for (CsvRow row = records.next(); row != null; row = records.next()) {
                String city = row.get("city");   // null when this row has fewer fields than the header
                citiesByLine.put(row.line(), city);
            }
        }
        assertThat(email).isEmpty();
        Map<Long, String> expected = new LinkedHashMap<>();
        expected.put(2L, "Oslo");
        expected.put(3L, "Rome");
        expected.put(4L, null);
        assertThat(citiesByLine).containsExactlyEntriesOf(expected);
    }

    @Test
    void should_run_the_loader_example() throws IOException {
        CustomerMapping mapping = CustomerMapping.builder("id").column("age", Attribute.ofLong("age")).build();
        Path file = Files.writeString(dir.resolve("customers.tsv"), "id\tage\n1\t30\n2\tthirty\n");
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/csv/CsvCustomerLoader.java
        CsvCustomerLoader loader = CsvCustomerLoader.builder(mapping)
                .dialect(CsvDialect.TSV)
                .errorMode(ErrorMode.LENIENT)
                .progress((read, loaded, rejected) -> log.info("{} rows", read))
                .build();
        LoadedCustomers loaded = loader.loadAll(file);
        loaded.report().rejected().forEach(bad -> log.warn("skipped {}", bad));

        assertThat(loaded.customers()).containsExactly(CustomerRecord.of(1, Map.of("age", 30L)));
        assertThat(loaded.report().rejected()).extracting(Object::toString)
                .containsExactly("customers.tsv, line 3, column 'age', value 'thirty': not a whole number");
    }

    @Test
    void should_run_the_loader_builder_example_with_options_in_any_order() throws IOException {
        CustomerMapping mapping = CustomerMapping.builder("id").column("age", Attribute.ofLong("age")).build();
        Path file = Files.writeString(dir.resolve("customers.tsv"), "id\tage\n1\t30\n2\tthirty\n");
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/LoaderBuilder.java
        CsvCustomerLoader loader = CsvCustomerLoader.builder(mapping)
                .errorMode(ErrorMode.LENIENT)          // shared
                .dialect(CsvDialect.TSV)               // the CSV loader's own
                .build();

        LoadReport report = loader.load(file, customer -> { });
        assertThat(report.loaded()).isEqualTo(1);
        assertThat(report.rejected()).hasSize(1);
    }

    @Test
    void should_use_load_settings_the_builder_leaves_unset() throws IOException {
        CustomerMapping mapping = CustomerMapping.builder("id").column("age", Attribute.ofLong("age")).build();
        Path file = Files.writeString(dir.resolve("customers.csv"), "id,age\n1,thirty\n");
        CsvCustomerLoader loader = CsvCustomerLoader.builder(mapping).build();

        assertThat(LoadSettings.DEFAULTS.errorMode()).isEqualTo(ErrorMode.STRICT);
        assertThatThrownBy(() -> loader.load(file, customer -> { }))
                .as("strict unless told otherwise").isInstanceOf(InvalidCellException.class);
    }

    @Test
    void should_run_the_invalid_csv_example() throws IOException {
        CsvCustomerLoader loader = CsvCustomerLoader.builder(CustomerMapping.builder("id").build()).build();
        Path file = file("id\n1\n\"2\n");
        List<CustomerRecord> customers = new ArrayList<>();
        assertThatThrownBy(() -> {
            // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/csv/InvalidCsvException.java
            try {
                loader.load(file, customers::add);
            } catch (InvalidCsvException e) {
                log.error("{}", e.getMessage());
                throw e;
            }
        }).isInstanceOf(InvalidCsvException.class)
                .hasMessageStartingWith("customers.csv, line 3: malformed: ");
        assertThat(customers).extracting(CustomerRecord::id).containsExactly(1L);
        assertThat(loader.loadAll(new StringReader("id\n5\n"), null).customers()).hasSize(1);
    }
}
