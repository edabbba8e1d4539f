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
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCommandTest {
    private static final LocalDate AS_OF = LocalDate.of(2014, 12, 31);

    @TempDir
    Path dir;

    /** Segment name to member ids, from a membership file read by hand; checks every row's date. */
    static Map<String, Set<Long>> readMemberships(String csv, String asOf) {
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("customer_id,segment,as_of");
        Map<String, Set<Long>> members = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertThat(cells).hasSize(3);
            assertThat(cells[2]).isEqualTo(asOf);
            assertThat(members.computeIfAbsent(cells[1], s -> new LinkedHashSet<>()).add(Long.parseLong(cells[0])))
                    .as("row %s is not repeated", line).isTrue();
        }
        return members;
    }

    @Test
    void should_write_the_memberships_computed_by_hand_for_the_bundled_data() throws IOException {
        Path out = dir.resolve("memberships.csv");

        CliRun.Result result = run("segment", "--data", MARKETING.toString(), "--mapping", MAPPING.toString(),
                "--definitions", SEGMENTS.toString(), "--as-of", "2014-12-31", "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        Map<String, Set<Long>> expected = MarketingCampaign.members(MarketingCampaign.rows(MARKETING), AS_OF);
        expected.values().removeIf(Set::isEmpty);
        assertThat(readMemberships(Files.readString(out), "2014-12-31")).isEqualTo(expected);
        long memberships = expected.values().stream().mapToLong(Set::size).sum();
        assertThat(result.err()).contains("2,240 rows read, 2,240 customers loaded, 0 rejected")
                .contains(String.format("%,d memberships of 2,240 customers", memberships));
        assertThat(result.out()).isEmpty();
    }

    @Test
    void should_write_to_stdout_and_label_the_unsegmented_when_asked() throws IOException {
        CliRun.Result result = run("segment", "--data", MARKETING.toString(), "--mapping", MAPPING.toString(),
                "--definitions", SEGMENTS.toString(), "--as-of", "2014-12-31", "--out", "-",
                "--unsegmented-label", "(none)", "--quiet");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        List<MarketingCampaign.Row> rows = MarketingCampaign.rows(MARKETING);
        Set<Long> segmented = MarketingCampaign.members(rows, AS_OF).values().stream().flatMap(Set::stream)
                .collect(Collectors.toSet());
        Set<Long> unsegmented = rows.stream().map(MarketingCampaign.Row::id).filter(id -> !segmented.contains(id))
                .collect(Collectors.toCollection(HashSet::new));
        assertThat(unsegmented).isNotEmpty();
        assertThat(readMemberships(result.out(), "2014-12-31").get("(none)")).isEqualTo(unsegmented);
    }

    @Test
    void should_refuse_an_unsegmented_label_that_is_a_segment_name_as_a_usage_error() {
        CliRun.Result result = run("segment", "--data", MARKETING.toString(), "--mapping", MAPPING.toString(),
                "--definitions", SEGMENTS.toString(), "--out", dir.resolve("m.csv").toString(),
                "--unsegmented-label", "lapsed", "--quiet");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--unsegmented-label").contains("lapsed");
        assertThat(dir.resolve("m.csv")).doesNotExist();
    }

    @Test
    void should_stop_at_a_bad_cell_with_one_line_naming_file_line_column_and_value() throws IOException {
        Path data = write("customers.csv", "id,age\n1,34\n2,forty\n3,50\n");
        Path mapping = ageMapping();
        Path segments = adults();
        Path out = dir.resolve("m.csv");

        CliRun.Result result = run("segment", "--data", data.toString(), "--mapping", mapping.toString(),
                "--definitions", segments.toString(), "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.errLines()).hasSize(1);   // the error, on one line: a failed load prints no summary
        assertThat(result.errLines()[result.errLines().length - 1])
                .startsWith("segmentkit segment: error: ")
                .contains("customers.csv").contains("line 3").contains("column 'age'").contains("'forty'");
        assertThat(result.err()).doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void should_print_the_stack_trace_only_with_verbose() throws IOException {
        Path data = write("customers.csv", "id,age\n1,34\n2,forty\n");
        Path mapping = ageMapping();
        Path segments = adults();

        CliRun.Result result = run("segment", "--data", data.toString(), "--mapping", mapping.toString(),
                "--definitions", segments.toString(), "--out", dir.resolve("m.csv").toString(), "--verbose");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("line 3").contains("\tat io.github.segmentkit.");
    }

    @Test
    void should_set_bad_rows_aside_when_lenient_and_say_which() throws IOException {
        Path data = write("customers.csv", "id,age\n1,34\n2,forty\n3,50\n4,\n5,x\n");
        Path mapping = ageMapping();
        Path segments = adults();
        Path out = dir.resolve("m.csv");

        CliRun.Result result = run("segment", "--data", data.toString(), "--mapping", mapping.toString(),
                "--definitions", segments.toString(), "--out", out.toString(), "--lenient", "--as-of", "2024-03-31");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("5 rows read, 3 customers loaded, 2 rejected")
                .contains("warning: rejected customers.csv, line 3, column 'age', value 'forty'")
                .contains("warning: rejected customers.csv, line 6, column 'age', value 'x'");
        // RFC 4180: lines end with CRLF
        assertThat(Files.readString(out)).isEqualTo("customer_id,segment,as_of\r\n1,adults,2024-03-31\r\n"
                + "3,adults,2024-03-31\r\n");
    }

    @Test
    void should_report_a_bad_mapping_with_line_column_and_a_suggestion() throws IOException {
        Path mapping = write("customers.mapping.json", """
                {"formatVersion": 1, "id": "id",
                 "columns": [{"column": "age", "kind": "lng"}]}
                """);

        CliRun.Result result = run("counts", "--data", MARKETING.toString(), "--mapping", mapping.toString(),
                "--definitions", SEGMENTS.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).contains("customers.mapping.json").contains("line 2, column")
                .contains("/columns/0/kind").contains("did you mean 'long'");
    }

    @Test
    void should_report_each_definitions_problem_on_one_line_with_its_position() throws IOException {
        Path segments = write("bad.seg", """
                segment "a" where income >= 75000.0 and kids >= 1

                segment "b" where educaton in ("PhD")
                """);

        CliRun.Result result = run("counts", "--data", MARKETING.toString(), "--mapping", MAPPING.toString(),
                "--definitions", segments.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.errLines()).hasSize(2);
        assertThat(result.errLines()[0]).contains("bad.seg").contains("line 1").contains("kids");
        assertThat(result.errLines()[1]).contains("bad.seg").contains("line 3").contains("educaton")
                .contains("education");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void should_exit_3_when_a_file_does_not_exist_and_2_when_an_option_is_missing() {
        CliRun.Result missing = run("segment", "--data", MARKETING.toString(), "--mapping", "nowhere.json",
                "--definitions", SEGMENTS.toString(), "--out", dir.resolve("m.csv").toString());
        CliRun.Result noOut = run("segment", "--data", MARKETING.toString(), "--mapping", MAPPING.toString(),
                "--definitions", SEGMENTS.toString());
        CliRun.Result both = run("segment", "--data", MARKETING.toString(), "--jdbc-url", "jdbc:h2:mem:x",
                "--table", "T", "--mapping", MAPPING.toString(), "--definitions", SEGMENTS.toString(), "--out", "-");
        CliRun.Result badDate = run("segment", "--data", MARKETING.toString(), "--mapping", MAPPING.toString(),
                "--definitions", SEGMENTS.toString(), "--out", "-", "--as-of", "31/03/2024");

        assertThat(missing.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(missing.err()).isEqualTo("segmentkit segment: error: the mapping file nowhere.json does not "
                + "exist\n");
        assertThat(noOut.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noOut.err()).contains("--out").contains("Try 'segmentkit segment --help'");
        assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err()).contains("exactly one of --data FILE and --jdbc-url URL");
        CliRun.Result badDelimiter = run("segment", "--data", MARKETING.toString(), "--mapping", MAPPING.toString(),
                "--definitions", SEGMENTS.toString(), "--out", "-", "--delimiter", "tabs");
        assertThat(badDelimiter.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badDelimiter.err()).contains("--delimiter").contains("'tabs'");
        assertThat(badDate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badDate.err()).contains("31/03/2024");
    }

    @Test
    void should_draw_a_progress_bar_on_stderr_when_asked_and_nothing_when_quiet() throws IOException {
        Path out = dir.resolve("m.csv");
        CliRun.Result shown = run("segment", "--data", MARKETING.toString(), "--mapping", MAPPING.toString(),
                "--definitions", SEGMENTS.toString(), "--out", out.toString(), "--progress");
        CliRun.Result quiet = run("segment", "--data", MARKETING.toString(), "--mapping", MAPPING.toString(),
                "--definitions", SEGMENTS.toString(), "--out", out.toString(), "--progress", "--quiet");

        assertThat(shown.exitCode()).isZero();
        assertThat(shown.err()).contains("\rmarketing_campaign.csv [####################] 100%  2,240 rows\n");
        assertThat(quiet.exitCode()).isZero();
        assertThat(quiet.err()).isEmpty();
    }

    @Test
    void should_read_a_gzip_file_and_a_semicolon_separated_file_like_the_plain_one() throws IOException {
        Path gz = dir.resolve("customers.csv.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("id;age\n1;34\n2;12\n".getBytes(StandardCharsets.UTF_8));
        }
        Path mapping = ageMapping();
        Path segments = adults();

        CliRun.Result result = run("segment", "--data", gz.toString(), "--mapping", mapping.toString(),
                "--definitions", segments.toString(), "--out", "-", "--as-of", "2024-03-31", "--quiet");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("customer_id,segment,as_of\r\n1,adults,2024-03-31\r\n");
    }

    /** A mapping of an id and an age column. */
    private Path ageMapping() throws IOException {
        return write("customers.mapping.json", """
                {"formatVersion": 1, "id": "id", "columns": [{"column": "age", "kind": "long"}]}
                """);
    }

    /** One segment: age 18 or more. */
    private Path adults() throws IOException {
        return write("segments.seg", "segment \"adults\" where age >= 18\n");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
