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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountsCommandTest {
    @TempDir
    Path dir;

    private static Map<String, Long> csvCounts(String out) {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> lines = out.lines().toList();
        assertThat(lines.get(0)).isEqualTo("segment,customers,share");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            counts.put(cells[0], Long.parseLong(cells[1]));
        }
        return counts;
    }

    @Test
    void should_count_every_segment_as_computed_by_hand_and_add_up_to_the_input() throws IOException {
        CliRun.Result result = run("counts", "--data", MARKETING.toString(), "--mapping", MAPPING.toString(),
                "--definitions", SEGMENTS.toString(), "--as-of", "2014-12-31", "--format", "csv", "--quiet");

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<MarketingCampaign.Row> rows = MarketingCampaign.rows(MARKETING);
        Map<String, Set<Long>> members = MarketingCampaign.members(rows, LocalDate.of(2014, 12, 31));
        Map<String, Long> expected = new LinkedHashMap<>();
        members.forEach((segment, ids) -> expected.put(segment, (long) ids.size()));
        Set<Long> segmented = members.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        expected.put(CountsCommand.UNSEGMENTED, rows.size() - (long) segmented.size());
        assertThat(csvCounts(result.out())).containsExactlyEntriesOf(expected);
    }

    @Test
    void should_print_totals_that_add_up_with_the_rejected_rows_when_lenient() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(MARKETING, StandardCharsets.UTF_8));
        lines.set(5, lines.get(5).replaceFirst("\t\\d{4}\t", "\tnineteen-sixty\t"));   // Year_Birth
        lines.set(9, lines.get(9).replaceFirst("^\\d+", "x"));                         // ID
        Path data = dir.resolve("damaged.csv");
        Files.write(data, lines, StandardCharsets.UTF_8);

        CliRun.Result table = run("counts", "--data", data.toString(), "--mapping", MAPPING.toString(),
                "--definitions", SEGMENTS.toString(), "--as-of", "2014-12-31", "--lenient");
        CliRun.Result csv = run("counts", "--data", data.toString(), "--mapping", MAPPING.toString(),
                "--definitions", SEGMENTS.toString(), "--as-of", "2014-12-31", "--lenient", "--format", "csv");

        assertThat(table.exitCode()).as(table.err()).isZero();
        int loaded = lines.size() - 1 - 2;
        long unsegmented = csvCounts(csv.out()).get(CountsCommand.UNSEGMENTED);
        assertThat(table.out()).contains(String.format("customers: %,d = %,d in at least one segment + %,d in none",
                loaded, loaded - unsegmented, unsegmented))
                .contains(String.format("rows read: %,d = %,d loaded + 2 rejected", lines.size() - 1, loaded));
        assertThat(csvCounts(csv.out())).containsEntry(CountsCommand.REJECTED, 2L);
        assertThat(table.err()).contains("line 6, column 'Year_Birth', value 'nineteen-sixty'")
                .contains("line 10, column 'ID', value 'x'");
    }
}
