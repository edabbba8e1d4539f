package io.github.segmentkit.cli;

import static io.github.segmentkit.cli.CliRun.MAPPING;
import static io.github.segmentkit.cli.CliRun.MARKETING;
import static io.github.segmentkit.cli.CliRun.SEGMENTS;
import static io.github.segmentkit.cli.CliRun.TENURE;
import static io.github.segmentkit.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    @TempDir
    Path dir;

    @Test
    void should_write_the_report_and_its_figures_as_counted_from_the_raw_file() throws IOException {
        Path html = dir.resolve("report.html");
        Path json = dir.resolve("figures.json");

        CliRun.Result result = run("report", "--data", MARKETING.toString(), "--mapping", MAPPING.toString(),
                "--definitions", SEGMENTS.toString(), "--as-of", "2014-12-31", "--response",
                "responded_last_campaign", "--items", "wine_spend,gold_spend", "--movement-definitions",
                TENURE.toString(), "--movement-from", "2014-06-30", "--explain", "1", "--out", html.toString(),
                "--json", json.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("profiling 11 segments over 2,240 customers")
                .contains("report written to " + html);
        String page = Files.readString(html, StandardCharsets.UTF_8);
        for (String section : List.of("sizes", "profiles", "top-values", "overlap", "responses", "movement",
                "affinity", "explanations")) {
            assertThat(page).contains("<section id=\"" + section + "\">");
        }
        List<MarketingCampaign.Row> rows = MarketingCampaign.rows(MARKETING);
        Map<String, Set<Long>> members = MarketingCampaign.members(rows, LocalDate.of(2014, 12, 31));
        JsonNode figures = new ObjectMapper().readTree(json.toFile());
        JsonNode sizes = figures.get("sizes").get("segments");
        assertThat(sizes).hasSize(members.size());
        int i = 0;
        for (Map.Entry<String, Set<Long>> segment : members.entrySet()) {
            assertThat(sizes.get(i).get("segment").asText()).isEqualTo(segment.getKey());
            assertThat(sizes.get(i++).get("size").asInt()).as(segment.getKey()).isEqualTo(segment.getValue().size());
        }
        Set<Long> lapsed = members.get("lapsed");
        long lapsedResponders = rows.stream().filter(r -> lapsed.contains(r.id()))
                .filter(r -> r.cells().get("Response").equals("1")).count();
        JsonNode responses = figures.get("responses").get("rows");
        JsonNode lapsedRow = responses.get(List.copyOf(members.keySet()).indexOf("lapsed"));
        assertThat(lapsedRow.get("responded").asLong()).isEqualTo(lapsedResponders);
        assertThat(lapsedRow.get("contacted").asLong()).isEqualTo(lapsed.size());
        assertThat(figures.get("movement").get("from").get(0).asText()).isEqualTo("tenure-under-1-year");
        assertThat(figures.get("affinity").get("segments").get(0).get("top").findValuesAsText("item"))
                .containsExactlyInAnyOrder("wine_spend", "gold_spend");
        assertThat(figures.get("explanations")).hasSize(2);   // a member and a non-member of the first segment
    }

    @Test
    void should_refuse_a_movement_date_without_its_definitions() {
        CliRun.Result result = run("report", "--data", MARKETING.toString(), "--mapping", MAPPING.toString(),
                "--definitions", SEGMENTS.toString(), "--movement-from", "2014-06-30", "--out",
                dir.resolve("r.html").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("give --movement-definitions FILE and --movement-from DATE together");
        assertThat(dir.resolve("r.html")).doesNotExist();
    }

    @Test
    void should_name_the_attribute_that_is_not_yes_or_no() {
        CliRun.Result result = run("report", "--data", MARKETING.toString(), "--mapping", MAPPING.toString(),
                "--definitions", SEGMENTS.toString(), "--response", "income", "--out",
                dir.resolve("r.html").toString(), "--quiet");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("--response: 'income' is a double attribute; it must be one of "
                + "[accepted_campaign_1");
        assertThat(dir.resolve("r.html")).doesNotExist();
    }
}
