package io.github.segmentkit.io.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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
import io.github.segmentkit.io.csv.CsvCustomerLoader;
import io.github.segmentkit.io.runs.H2Database;
import io.github.segmentkit.io.runs.SharedConnection;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcCustomerLoaderTest {
    static final CustomerMapping MAPPING = CustomerMapping.builder("customer_id")
            .column("age", Attribute.ofLong("age"))
            .column("income", Attribute.ofDouble("income"))
            .column("country", Attribute.ofCategorical("country"))
            .column("vip", Attribute.ofBoolean("vip"))
            .column("signed_up", Attribute.ofDate("signed_up"))
            .column("last_seen", Attribute.ofTimestamp("last_seen"))
            .column("interests", Attribute.ofTags("interests"))
            .add(ColumnMapping.geoPoint("lat", "lon", Attribute.ofGeoPoint("home")))
            .build();

    static final String CUSTOMERS = "CREATE TABLE \"customers\" (\"customer_id\" BIGINT, \"age\" INTEGER, "
            + "\"income\" DECIMAL(12, 2), \"country\" VARCHAR(10), \"vip\" BOOLEAN, \"signed_up\" DATE, "
            + "\"last_seen\" TIMESTAMP, \"interests\" VARCHAR(100), \"lat\" DOUBLE PRECISION, "
            + "\"lon\" DOUBLE PRECISION, \"updated_at\" TIMESTAMP)";
    static final String ROWS = "INSERT INTO \"customers\" VALUES "
            + "(1, 34, 1234.50, 'FR', TRUE, DATE '2020-01-15', TIMESTAMP '2024-03-30 10:15:00', 'ski|hiking', "
            + "48.85, 2.35, TIMESTAMP '2024-03-02 00:00:00'), "
            + "(2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, TIMESTAMP '2024-02-01 00:00:00'), "
            + "(3, 70, 0, 'DE', FALSE, DATE '1999-12-31', TIMESTAMP '2023-01-01 00:00:00', '', -33.9, 18.4, NULL)";

    @TempDir
    Path directory;
    H2Database database;

    @BeforeEach
    void createCustomers() throws SQLException {
        database = H2Database.in(directory);
        database.execute(CUSTOMERS, ROWS);
    }

    /** The three customers of ROWS, written out by hand. */
    static List<CustomerRecord> expected() {
        return List.of(
                record(1, 34L, 1234.5, "FR", true, LocalDate.of(2020, 1, 15), Instant.parse("2024-03-30T10:15:00Z"),
                        new LinkedHashSet<>(List.of("ski", "hiking")), GeoPoint.of(48.85, 2.35)),
                record(2, null, null, null, null, null, null, null, null),
                record(3, 70L, 0.0, "DE", false, LocalDate.of(1999, 12, 31), Instant.parse("2023-01-01T00:00:00Z"),
                        null, GeoPoint.of(-33.9, 18.4)));   // '' is missing: the mapping's default marker
    }

    @Test
    void should_load_every_kind_from_a_table() {
        LoadedCustomers loaded = JdbcCustomerLoader.builder(MAPPING).fetchSize(2).build()
                .loadAll(database.dataSource(), JdbcSource.table("customers"));

        assertThat(loaded.customers()).containsExactlyElementsOf(expected());
        assertThat(loaded.report()).isEqualTo(new LoadReport("table \"customers\"", 3, 3, List.of()));
    }

    @Test
    void should_load_the_same_customers_as_the_same_rows_in_a_csv_file() {
        String csv = "customer_id,age,income,country,vip,signed_up,last_seen,interests,lat,lon\n"
                + "1,34,1234.50,FR,true,2020-01-15,2024-03-30T10:15:00,ski|hiking,48.85,2.35\n"
                + "2,,,,,,,,,\n"
                + "3,70,0,DE,false,1999-12-31,2023-01-01T00:00:00,,-33.9,18.4\n";

        LoadedCustomers fromCsv = CsvCustomerLoader.builder(MAPPING).build().loadAll(new StringReader(csv), "c.csv");
        LoadedCustomers fromTable = JdbcCustomerLoader.builder(MAPPING).build()
                .loadAll(database.dataSource(), JdbcSource.table("customers"));

        assertThat(fromTable.customers()).isEqualTo(fromCsv.customers());
    }

    @Test
    void should_find_a_querys_columns_by_label_ignoring_case_when_unambiguous() throws SQLException {
        // unquoted names: H2 stores and returns them upper-case
        database.execute("CREATE TABLE plain (customer_id BIGINT, age VARCHAR(5))",
                "INSERT INTO plain VALUES (7, ' 41 '), (8, '')");
        CustomerMapping mapping = CustomerMapping.builder("customer_id").column("age", Attribute.ofLong("age"))
                .build();

        LoadedCustomers loaded = JdbcCustomerLoader.builder(mapping).build()
                .loadAll(database.dataSource(), JdbcSource.query("SELECT age, customer_id FROM plain ORDER BY 2"));

        assertThat(loaded.customers()).containsExactly(CustomerRecord.of(7, Map.of("age", 41L)),
                CustomerRecord.of(8, nullValue("age")));
    }

    @Test
    void should_name_a_missing_column_with_the_results_columns() {
        JdbcCustomerLoader loader = JdbcCustomerLoader.builder(MAPPING).build();
        JdbcSource query = JdbcSource.query("SELECT \"customer_id\", \"age\" AS \"agee\" FROM \"customers\"")
                .named("short query");

        assertThatThrownBy(() -> loader.loadAll(database.dataSource(), query))
                .isInstanceOf(JdbcSourceException.class)
                .hasMessage("short query: column 'age' is not in the result (did you mean 'agee'?); it has "
                        + "[customer_id, agee]");
    }

    @Test
    void should_load_only_the_rows_changed_since_a_moment_of_a_table_or_a_query() {
        JdbcCustomerLoader loader = JdbcCustomerLoader.builder(MAPPING).build();
        LocalDateTime march = LocalDateTime.of(2024, 3, 1, 0, 0);

        LoadedCustomers table = loader.loadAll(database.dataSource(),
                JdbcSource.table("customers").changedSince("updated_at", march));
        LoadedCustomers query = loader.loadAll(database.dataSource(),
                JdbcSource.query("SELECT * FROM \"customers\"").changedSince("updated_at", march.minusMonths(2)));

        assertThat(table.customers()).extracting(CustomerRecord::id).containsExactly(1L);
        assertThat(query.customers()).extracting(CustomerRecord::id).containsExactly(1L, 2L);
    }

    @Test
    void should_stop_at_the_first_bad_cell_naming_source_row_column_and_value() throws SQLException {
        database.execute("CREATE TABLE \"texts\" (\"customer_id\" VARCHAR(10), \"age\" VARCHAR(10))",
                "INSERT INTO \"texts\" VALUES ('1', '30'), ('2', 'forty'), ('3', '5')");
        CustomerMapping mapping = CustomerMapping.builder("customer_id").column("age", Attribute.ofLong("age"))
                .build();

        assertThatThrownBy(() -> JdbcCustomerLoader.builder(mapping).build().loadAll(database.dataSource(),
                JdbcSource.query("SELECT * FROM \"texts\" ORDER BY \"customer_id\"").named("texts")))
                .isInstanceOfSatisfying(InvalidCellException.class, e -> {
                    assertThat(e.source()).isEqualTo("texts");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo("age");
                    assertThat(e.value()).isEqualTo("forty");
                })
                .hasMessageContaining("texts, line 2, column 'age', value 'forty'");
    }

    @Test
    void should_set_bad_rows_aside_when_lenient_with_read_equal_to_loaded_plus_rejected() throws SQLException {
        database.execute("CREATE TABLE \"numbers\" (\"pos\" INTEGER, \"customer_id\" DECIMAL(20, 1), "
                + "\"age\" DOUBLE PRECISION, \"vip\" INTEGER)", "INSERT INTO \"numbers\" VALUES (1, 1, 5.0, 1), "
                + "(2, 2, 5.5, 0), (3, 3.5, 1, 1), (4, NULL, 1, 1), (5, 5, NULL, 2), (6, 6, 1e30, 0), "
                + "(7, 7, 'NaN', NULL)");
        CustomerMapping mapping = CustomerMapping.builder("customer_id").column("age", Attribute.ofLong("age"))
                .column("vip", Attribute.ofBoolean("vip")).build();
        List<long[]> progress = new ArrayList<>();

        LoadedCustomers loaded = JdbcCustomerLoader.builder(mapping).errorMode(ErrorMode.LENIENT)
                .progress((read, ok, rejected) -> progress.add(new long[] {read, ok, rejected})).build()
                .loadAll(database.dataSource(), JdbcSource.query(
                        "SELECT \"customer_id\", \"age\", \"vip\" FROM \"numbers\" ORDER BY \"pos\"").named("n"));

        Map<String, Object> first = new LinkedHashMap<>();
        first.put("age", 5L);        // 5.0 is the whole number 5
        first.put("vip", true);      // 1 is true
        Map<String, Object> nan = new LinkedHashMap<>();
        nan.put("age", null);        // NaN is missing
        nan.put("vip", null);
        assertThat(loaded.customers()).containsExactly(CustomerRecord.of(1, first), CustomerRecord.of(7, nan));
        assertThat(loaded.report().rejected()).extracting(RejectedRow::line, RejectedRow::column, RejectedRow::value)
                .containsExactly(
                        tuple(2L, "age", "5.5"),
                        tuple(3L, "customer_id", "3.5"),
                        tuple(4L, "customer_id", null),
                        tuple(5L, "vip", "2"),
                        tuple(6L, "age", "1000000000000000000000000000000"));
        assertThat(loaded.report().read()).isEqualTo(7);
        assertThat(progress).last().isEqualTo(new long[] {7, 2, 5});
    }

    @Test
    void should_read_with_auto_commit_off_and_give_the_connection_back_as_it_was() throws SQLException {
        try (SharedConnection shared = new SharedConnection(database.dataSource())) {
            List<Boolean> autoCommitWhileReading = new ArrayList<>();
            JdbcCustomerLoader loader = JdbcCustomerLoader.builder(MAPPING).fetchSize(1).build();

            loader.load(shared.dataSource(), JdbcSource.table("customers"), customer -> {
                try {
                    autoCommitWhileReading.add(shared.connection().getAutoCommit());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });

            assertThat(autoCommitWhileReading).containsExactly(false, false, false);
            assertThat(shared.connection().getAutoCommit()).isTrue();
            assertThatThrownBy(() -> loader.load(shared.dataSource(), JdbcSource.table("nothing"), c -> { }))
                    .isInstanceOf(JdbcSourceException.class)
                    .hasMessageStartingWith("table \"nothing\": cannot be read: ");
            assertThat(shared.connection().getAutoCommit()).isTrue();
        }
    }

    @Test
    void should_enforce_the_load_limits() {
        JdbcSource table = JdbcSource.table("customers");

        assertThatThrownBy(() -> JdbcCustomerLoader.builder(MAPPING).limits(LoadLimits.DEFAULTS.withMaxRows(2))
                .build().loadAll(database.dataSource(), table))
                .isInstanceOf(LoadLimitExceededException.class)
                .hasMessageContaining("table \"customers\", line 3: more than 2 rows");
        assertThatThrownBy(() -> JdbcCustomerLoader.builder(MAPPING)
                .limits(LoadLimits.DEFAULTS.withMaxFieldLength(5)).build().loadAll(database.dataSource(), table))
                .isInstanceOf(LoadLimitExceededException.class)
                .hasMessageContaining("line 1: column 'interests' has 10 characters, more than the limit of 5");
    }

    @Test
    void should_read_tags_from_arrays_and_instants_from_zoned_timestamps() throws SQLException {
        database.execute("CREATE TABLE \"typed\" (\"customer_id\" BIGINT, \"interests\" VARCHAR(20) ARRAY, "
                + "\"last_seen\" TIMESTAMP WITH TIME ZONE)", "INSERT INTO \"typed\" VALUES "
                + "(1, ARRAY['run', 'swim'], TIMESTAMP WITH TIME ZONE '2024-03-30 10:15:00+02:00'), "
                + "(2, ARRAY[], NULL)");
        CustomerMapping mapping = CustomerMapping.builder("customer_id")
                .column("interests", Attribute.ofTags("interests"))
                .column("last_seen", Attribute.ofTimestamp("last_seen")).build();

        LoadedCustomers loaded = JdbcCustomerLoader.builder(mapping).build()
                .loadAll(database.dataSource(), JdbcSource.table("typed"));

        Map<String, Object> first = new LinkedHashMap<>();
        first.put("interests", Set.of("run", "swim"));
        first.put("last_seen", OffsetDateTime.of(2024, 3, 30, 10, 15, 0, 0, ZoneOffset.ofHours(2)).toInstant());
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("interests", Set.of());
        second.put("last_seen", null);
        assertThat(loaded.customers()).containsExactly(CustomerRecord.of(1, first), CustomerRecord.of(2, second));
    }

    @Test
    void should_take_hostile_names_literally_and_bind_the_changed_since_value() throws SQLException {
        database.execute("CREATE SCHEMA \"s\"\"; DROP TABLE customers; --\"",
                "CREATE TABLE \"s\"\"; DROP TABLE customers; --\".\"t'x\" (\"id \"\"\" BIGINT, \"when\" DATE)",
                "INSERT INTO \"s\"\"; DROP TABLE customers; --\".\"t'x\" VALUES (1, DATE '2024-01-01'), "
                        + "(2, DATE '2024-06-01')");
        CustomerMapping mapping = CustomerMapping.builder("id \"").build();

        LoadedCustomers loaded = JdbcCustomerLoader.builder(mapping).build().loadAll(database.dataSource(),
                JdbcSource.table("s\"; DROP TABLE customers; --", "t'x")
                        .changedSince("when", LocalDate.of(2024, 3, 1)));

        assertThat(loaded.customers()).extracting(CustomerRecord::id).containsExactly(2L);
        assertThat(database.rows("SELECT COUNT(*) FROM \"customers\"")).containsExactly("3");
    }

    @Test
    void should_refuse_a_query_with_a_semicolon_and_a_value_no_database_compares() {
        assertThatThrownBy(() -> JdbcSource.query("SELECT 1;")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ends with ';'");
        assertThatThrownBy(() -> JdbcSource.table("customers").changedSince("updated_at", "2024-03-01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a java.lang.String is not a moment");
        assertThatThrownBy(() -> JdbcCustomerLoader.builder(MAPPING).fetchSize(0))
                .hasMessage("fetch size 0 is not positive");
    }

    private static CustomerRecord record(long id, Long age, Double income, String country, Boolean vip,
            LocalDate signedUp, Instant lastSeen, Set<String> interests, GeoPoint home) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("age", age);
        values.put("income", income);
        values.put("country", country);
        values.put("vip", vip);
        values.put("signed_up", signedUp);
        values.put("last_seen", lastSeen);
        values.put("interests", interests);
        values.put("home", home);
        return CustomerRecord.of(id, values);
    }

    private static Map<String, Object> nullValue(String attribute) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(attribute, null);
        return values;
    }
}
