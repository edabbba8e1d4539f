package io.github.segmentkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.result.RejectedRow;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The compiled twins of the javadoc examples of {@code io.github.segmentkit.io}, each run and checked. */
class IoSnippetsTest {
    private static final Logger log = LoggerFactory.getLogger(IoSnippetsTest.class);

    @Test
    void should_run_the_column_mapping_example() {
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/ColumnMapping.java
        ColumnMapping age = ColumnMapping.of("age_years", Attribute.ofLong("age")).withMissingMarkers("", "n/a");
        ColumnMapping income = ColumnMapping.of("revenu", Attribute.ofDouble("income")).withDecimalSeparator(',');
        ColumnMapping joined = ColumnMapping.of("joined", Attribute.ofDate("joined")).withFormat("dd/MM/uuuu");
        ColumnMapping home = ColumnMapping.geoPoint("lat", "lon", Attribute.ofGeoPoint("home"));

        assertThat(age.converter().convert(" n/a ")).isNull();
        assertThat(income.converter().convert("1234,5")).isEqualTo(1234.5);
        assertThat(joined.converter().convert("31/03/2024")).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(home.converter().convertGeoPoint("51.5", "-0.1")).isEqualTo(GeoPoint.of(51.5, -0.1));
    }

    @Test
    void should_run_the_cell_converter_example() {
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/CellConverter.java
        assertThatThrownBy(() -> {
            CellConverter age = ColumnMapping.of("age", Attribute.ofLong("age")).converter();
            age.convert("42");      // 42L
            age.convert("");        // null: missing
            age.convert("forty");   // throws CellFormatException: column 'age', value 'forty': not a whole number
        }).isInstanceOf(CellFormatException.class)
                .hasMessage("column 'age', value 'forty': not a whole number");
        CellConverter age = ColumnMapping.of("age", Attribute.ofLong("age")).converter();
        assertThat(age.convert("42")).isEqualTo(42L);
        assertThat(age.convert("")).isNull();
    }

    @Test
    void should_run_the_customer_mapping_example() {
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/CustomerMapping.java
        CustomerMapping mapping = CustomerMapping.builder("customer_id")
                .column("age", Attribute.ofLong("age"))
                .column("country", Attribute.ofCategorical("country"))
                .add(ColumnMapping.of("signed_up", Attribute.ofDate("signed_up")).withFormat("dd/MM/uuuu"))
                .build();
        CustomerSchema<CustomerRecord> schema = mapping.schema();

        assertThat(schema.attributes()).containsExactly(Attribute.ofLong("age"), Attribute.ofCategorical("country"),
                Attribute.ofDate("signed_up"));
    }

    @Test
    void should_run_the_customer_record_example() {
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/CustomerRecord.java
        CustomerRecord customer = CustomerRecord.of(42, Map.of("age", 37L, "country", "CA"));
        customer.get("age");       // 37L
        customer.get("country");   // "CA"

        assertThat(customer.get("age")).isEqualTo(37L);
        assertThat(customer.get("country")).isEqualTo("CA");
    }

    @Test
    void should_run_the_rejected_row_example() {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/result/RejectedRow.java
        RejectedRow bad = new RejectedRow("customers.csv", 7, "age", "forty", "not a whole number");
        bad.toString();   // "customers.csv, line 7, column 'age', value 'forty': not a whole number"

        assertThat(bad).hasToString("customers.csv, line 7, column 'age', value 'forty': not a whole number");
    }

    @Test
    void should_run_the_error_mode_load_tally_and_report_examples() {
        CustomerMapping mapping = CustomerMapping.builder("id").column("age", Attribute.ofLong("age")).build();
        List<Map<String, String>> rows = List.of(Map.of("id", "1", "age", "30"), Map.of("id", "2", "age", "x"));
        List<CustomerRecord> loaded = new ArrayList<>();
        Consumer<CustomerRecord> sink = loaded::add;

        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/LoadTally.java
        LoadTally tally = new LoadTally("customers", ErrorMode.LENIENT, LoadLimits.DEFAULTS, LoadProgress.NONE);
        long line = 0;
        for (Map<String, String> row : rows) {
            tally.rowRead(++line);
            try {
                sink.accept(mapping.toRecord(row::get));
                tally.loaded();
            } catch (CellFormatException e) {
                tally.reject(e, line);
            }
        }
        LoadReport report = tally.finish();

        assertThat(loaded).containsExactly(CustomerRecord.of(1, Map.of("age", 30L)));
        assertThat(report.rejected()).containsExactly(new RejectedRow("customers", 2, "age", "x",
                "not a whole number"));
    }

    @Test
    void should_run_the_load_settings_example() {
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/LoadSettings.java
        LoadSettings lenient = new LoadSettings(ErrorMode.LENIENT, LoadLimits.DEFAULTS, LoadProgress.NONE);
        LoadTally tally = lenient.tally("customers.csv");

        tally.rowRead(2);
        tally.reject(new RejectedRow("customers.csv", 2, "age", "forty", "not a whole number"), "age", null);
        assertThat(tally.finish().rejected()).hasSize(1);
        assertThat(tally.source()).isEqualTo("customers.csv");
    }

    @Test
    void should_run_the_load_report_example() {
        LoadTally tally = new LoadTally("customers.csv", ErrorMode.LENIENT, LoadLimits.DEFAULTS, LoadProgress.NONE);
        tally.rowRead(7);
        tally.reject(new CellFormatException("age", "forty", "age", "not a whole number"), 7);
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/LoadReport.java
        LoadReport report = tally.finish();
        for (RejectedRow bad : report.rejected()) {
            log.warn("skipped {}", bad);   // "customers.csv, line 7, column 'age', value 'forty': not a whole number"
        }
        assertThat(report.rejected()).extracting(RejectedRow::toString)
                .containsExactly("customers.csv, line 7, column 'age', value 'forty': not a whole number");
    }

    @Test
    void should_run_the_error_mode_example() {
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/ErrorMode.java
        LoadTally tally = new LoadTally("customers.csv", ErrorMode.LENIENT, LoadLimits.DEFAULTS, LoadProgress.NONE);

        assertThat(tally.finish()).isEqualTo(new LoadReport("customers.csv", 0, 0, List.of()));
    }

    @Test
    void should_run_the_exception_examples() {
        LoadTally tally = new LoadTally("customers.csv", ErrorMode.STRICT, LoadLimits.DEFAULTS.withMaxRows(0),
                LoadProgress.NONE);
        CellFormatException cellError = new CellFormatException("age", "forty", "age", "not a whole number");
        List<RejectedRow> rejects = new ArrayList<>();
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/InvalidCellException.java
        try {
            tally.reject(cellError, 7);
        } catch (InvalidCellException e) {
            rejects.add(e.rejectedRow());   // the same details a lenient load reports
        }
        assertThat(rejects).containsExactly(new RejectedRow("customers.csv", 7, "age", "forty",
                "not a whole number"));

        long line = 1;
        assertThatThrownBy(() -> {
            // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/LoadLimitExceededException.java
            try {
                tally.rowRead(line);
            } catch (LoadLimitExceededException e) {
                log.error("{} (raise the limit with LoadLimits if the file is right)", e.getMessage());
                throw e;
            }
        }).hasMessage("customers.csv, line 1: more than 0 rows (LoadLimits.maxRows)");
    }

    @Test
    void should_run_the_cell_format_exception_example() {
        CustomerMapping mapping = CustomerMapping.builder("id").column("age", Attribute.ofLong("age")).build();
        Map<String, String> cells = Map.of("id", "1", "age", "forty");
        List<RejectedRow> rejects = new ArrayList<>();
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/CellFormatException.java
        try {
            mapping.toRecord(cells::get);
        } catch (CellFormatException e) {
            rejects.add(e.at("customers.csv", 7));
        }
        assertThat(rejects).containsExactly(new RejectedRow("customers.csv", 7, "age", "forty", "not a whole number"));
    }

    @Test
    void should_run_the_limits_and_progress_examples() {
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/LoadLimits.java
        LoadLimits limits = LoadLimits.DEFAULTS.withMaxRows(5_000_000).withMaxFieldLength(64 * 1024);
        // javadoc: segmentation-io/src/main/java/io/github/segmentkit/io/LoadProgress.java
        LoadProgress toLog = (read, loaded, rejected) -> log.info("{} rows read, {} rejected", read, rejected);

        assertThat(limits).isEqualTo(new LoadLimits(65_536, 5_000_000, LoadLimits.DEFAULT_MAX_REJECTED_ROWS));
        toLog.update(1, 1, 0);
    }
}
