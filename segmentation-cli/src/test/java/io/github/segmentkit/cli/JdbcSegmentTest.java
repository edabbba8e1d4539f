package io.github.segmentkit.cli;

import static io.github.segmentkit.cli.CliRun.MAPPING;
import static io.github.segmentkit.cli.CliRun.MARKETING;
import static io.github.segmentkit.cli.CliRun.SEGMENTS;
import static io.github.segmentkit.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled data in a real H2 file database, read by the command line with a password that never is an argument. */
class JdbcSegmentTest {
    private static final String PASSWORD = "s3cret-Pa55";
    private static final List<String> COLUMNS = List.of("ID", "Year_Birth", "Education", "Marital_Status", "Income",
            "Kidhome", "Teenhome", "Dt_Customer", "Recency", "MntWines", "MntFruits", "MntMeatProducts",
            "MntFishProducts", "MntSweetProducts", "MntGoldProds", "NumDealsPurchases", "NumWebPurchases",
            "NumCatalogPurchases", "NumStorePurchases", "NumWebVisitsMonth", "AcceptedCmp3", "AcceptedCmp4",
            "AcceptedCmp5", "AcceptedCmp1", "AcceptedCmp2", "Complain", "Response");

    @TempDir
    Path dir;
    private String url;
    private List<MarketingCampaign.Row> rows;

    @BeforeEach
    void createDatabase() throws IOException, SQLException {
        url = "jdbc:h2:" + dir.resolve("crm").toAbsolutePath();
        rows = MarketingCampaign.rows(MARKETING);
        try (Connection connection = DriverManager.getConnection(url, "crm", PASSWORD)) {
            try (Statement ddl = connection.createStatement()) {
                // quoted names as the file's header spells them; the cells as text, read by the mapping
                ddl.execute("CREATE TABLE \"customers\" (" + COLUMNS.stream()
                        .map(c -> "\"" + c + "\" VARCHAR(40)").collect(Collectors.joining(", ")) + ")");
            }
            String insert = "INSERT INTO \"customers\" VALUES (" + "?, ".repeat(COLUMNS.size() - 1) + "?)";
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                for (MarketingCampaign.Row row : rows) {
                    for (int i = 0; i < COLUMNS.size(); i++) {
                        String cell = row.cells().get(COLUMNS.get(i));
                        statement.setString(i + 1, cell.isEmpty() ? null : cell);
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
    }

    private CliRun.Result segment(Map<String, String> environment, String... source) {
        List<String> args = new java.util.ArrayList<>(List.of("segment", "--mapping", MAPPING.toString(),
                "--definitions", SEGMENTS.toString(), "--as-of", "2014-12-31", "--out", "-", "--quiet"));
        args.addAll(List.of(source));
        return run(environment, args.toArray(String[]::new));
    }

    @Test
    void should_segment_a_table_exactly_as_the_file_with_the_password_from_the_environment() {
        CliRun.Result result = segment(Map.of("CRM_PASSWORD", PASSWORD), "--jdbc-url", url, "--table", "customers",
                "--jdbc-user", "crm", "--jdbc-password-env", "CRM_PASSWORD");

        assertThat(result.exitCode()).as(result.err()).isZero();
        Map<String, Set<Long>> expected = MarketingCampaign.members(rows, LocalDate.of(2014, 12, 31));
        expected.values().removeIf(Set::isEmpty);
        assertThat(SegmentCommandTest.readMemberships(result.out(), "2014-12-31")).isEqualTo(expected);
    }

    @Test
    void should_segment_a_query_with_the_password_from_a_file() throws IOException {
        Path passwordFile = Files.writeString(dir.resolve("password"), PASSWORD + "\n", StandardCharsets.UTF_8);

        CliRun.Result result = segment(Map.of(), "--jdbc-url", url, "--query",
                "SELECT * FROM \"customers\" WHERE \"Education\" = 'PhD'", "--jdbc-user", "crm",
                "--jdbc-password-file", passwordFile.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        Set<Long> phds = rows.stream().filter(r -> r.cells().get("Education").equals("PhD"))
                .map(MarketingCampaign.Row::id).collect(Collectors.toSet());
        Map<String, Set<Long>> memberships = SegmentCommandTest.readMemberships(result.out(), "2014-12-31");
        assertThat(memberships.get("postgraduates")).isEqualTo(phds);
        assertThat(memberships.values().stream().flatMap(Set::stream)).allMatch(phds::contains);
    }

    @Test
    void should_never_take_the_password_from_the_command_line_nor_print_it() {
        for (String[] attempt : List.of(new String[] {"--jdbc-password", PASSWORD},
                new String[] {"--jdbc-password=" + PASSWORD}, new String[] {"--password", PASSWORD},
                new String[] {"--jdbc-password-env", PASSWORD})) {
            List<String> source = new java.util.ArrayList<>(List.of("--jdbc-url", url, "--table", "customers",
                    "--jdbc-user", "crm"));
            source.addAll(List.of(attempt));

            CliRun.Result result = segment(Map.of(), source.toArray(String[]::new));

            assertThat(result.exitCode()).as(String.join(" ", attempt)).isEqualTo(ExitCodes.USAGE);
            assertThat(result.err()).doesNotContain(PASSWORD).contains("password");
            assertThat(result.out()).isEmpty();
        }
        CliRun.Result inUrl = segment(Map.of(), "--jdbc-url", url + ";PASSWORD=" + PASSWORD, "--table", "customers");
        assertThat(inUrl.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(inUrl.err()).contains("URL holds a password");
    }

    @Test
    void should_exit_3_on_a_refused_login_and_2_on_an_unset_variable() {
        CliRun.Result wrong = segment(Map.of("CRM_PASSWORD", "not-it"), "--jdbc-url", url, "--table", "customers",
                "--jdbc-user", "crm", "--jdbc-password-env", "CRM_PASSWORD");
        CliRun.Result unset = segment(Map.of(), "--jdbc-url", url, "--table", "customers",
                "--jdbc-user", "crm", "--jdbc-password-env", "CRM_PASSWORD");

        assertThat(wrong.exitCode()).as(wrong.err()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(wrong.errLines()).hasSize(1);
        assertThat(wrong.err()).doesNotContain("not-it");
        assertThat(unset.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unset.err()).contains("CRM_PASSWORD").contains("not set");
    }

    @Test
    void should_count_the_rows_read_from_the_table_on_the_progress_bar() {
        CliRun.Result result = run(Map.of("CRM_PASSWORD", PASSWORD), "counts", "--mapping", MAPPING.toString(),
                "--definitions", SEGMENTS.toString(), "--as-of", "2014-12-31", "--jdbc-url", url, "--table",
                "customers", "--jdbc-user", "crm", "--jdbc-password-env", "CRM_PASSWORD", "--progress");

        assertThat(result.exitCode()).as(result.err()).isZero();
        // a table has no size to measure a share against: rows only
        assertThat(result.err()).contains(" (table customers) 2,240 rows\n")
                .contains("table \"customers\": 2,240 rows read, 2,240 customers loaded, 0 rejected");
        assertThat(result.out()).contains("rows read: 2,240 = 2,240 loaded + 0 rejected");
    }

    @Test
    void should_name_a_column_the_table_lacks_as_bad_input() {
        CliRun.Result result = segment(Map.of("CRM_PASSWORD", PASSWORD), "--jdbc-url", url, "--query",
                "SELECT \"ID\", \"Income\" FROM \"customers\"", "--jdbc-user", "crm",
                "--jdbc-password-env", "CRM_PASSWORD");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).contains("Year_Birth");
    }
}
