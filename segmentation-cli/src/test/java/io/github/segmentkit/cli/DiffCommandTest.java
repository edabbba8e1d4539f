package io.github.segmentkit.cli;

import static io.github.segmentkit.cli.CliRun.MAPPING;
import static io.github.segmentkit.cli.CliRun.MARKETING;
import static io.github.segmentkit.cli.CliRun.TENURE;
import static io.github.segmentkit.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
    private static final List<String> SEGMENTS = List.of("gold", "silver", "bronze", "at risk, maybe");

    @TempDir
    Path dir;

    /** Random overlapping memberships of ids 1..400 (some absent): segment -> ids. */
    private static Map<String, Set<Long>> randomRun(Random random, List<String> segments) {
        Map<String, Set<Long>> run = new TreeMap<>();
        for (String segment : segments) {
            Set<Long> ids = new LinkedHashSet<>();
            for (long id = 1; id <= 400; id++) {
                if (random.nextInt(3) == 0) {
                    ids.add(id);
                }
            }
            run.put(segment, ids);
        }
        return run;
    }

    private Path write(String name, Map<String, Set<Long>> run) throws IOException {
        StringBuilder csv = new StringBuilder("customer_id,segment,as_of\n");
        run.forEach((segment, ids) -> ids.forEach(id -> csv.append(id).append(",\"").append(segment)
                .append("\",2024-03-31\n")));
        return Files.writeString(dir.resolve(name), csv, StandardCharsets.UTF_8);
    }

    @Test
    void should_list_exactly_the_customers_who_entered_and_exited_each_segment() throws IOException {
        Random random = new Random(20240331);
        for (int round = 0; round < 5; round++) {
            Map<String, Set<Long>> before = randomRun(random, SEGMENTS.subList(0, 3));
            Map<String, Set<Long>> after = randomRun(random, SEGMENTS.subList(1, 4));
            Path changes = dir.resolve("changes.csv");

            CliRun.Result result = run("diff", write("before.csv", before).toString(),
                    write("after.csv", after).toString(), "--changes", changes.toString(), "--format", "csv");

            assertThat(result.exitCode()).as(result.err()).isZero();
            Set<String> expected = new HashSet<>();
            Map<String, long[]> expectedCounts = new HashMap<>();
            for (String segment : SEGMENTS) {
                Set<Long> was = before.getOrDefault(segment, Set.of());
                Set<Long> is = after.getOrDefault(segment, Set.of());
                Set<Long> entered = new HashSet<>(is);
                entered.removeAll(was);
                Set<Long> exited = new HashSet<>(was);
                exited.removeAll(is);
                entered.forEach(id -> expected.add(id + "|" + segment + "|entered"));
                exited.forEach(id -> expected.add(id + "|" + segment + "|exited"));
                expectedCounts.put(segment, new long[] {was.size(), is.size(), entered.size(), exited.size(),
                        was.size() - exited.size()});
            }
            Set<String> actual = new HashSet<>();
            List<String> lines = Files.readAllLines(changes, StandardCharsets.UTF_8);
            assertThat(lines.get(0)).isEqualTo("customer_id,segment,change");
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.replace("\"", "").split(",(?! )");
                assertThat(actual.add(cells[0] + "|" + cells[1] + "|" + cells[2])).isTrue();
            }
            assertThat(actual).isEqualTo(expected);
            Map<String, long[]> printed = new HashMap<>();
            for (String line : result.out().lines().skip(1).toList()) {
                String[] cells = line.replace("\"", "").split(",(?! )");
                long[] counts = new long[5];
                for (int i = 0; i < 5; i++) {
                    counts[i] = Long.parseLong(cells[i + 1]);
                }
                printed.put(cells[0], counts);
            }
            assertThat(printed).containsOnlyKeys(expectedCounts.keySet());
            expectedCounts.forEach((segment, counts) -> assertThat(printed.get(segment)).as(segment)
                    .containsExactly(counts));
        }
    }

    @Test
    void should_print_the_migration_matrix_of_two_runs_as_counted_by_hand() throws IOException {
        Path march = dir.resolve("march.csv");
        Path december = dir.resolve("december.csv");
        for (Object[] runAt : new Object[][] {{march, "2013-03-31"}, {december, "2013-12-31"}}) {
            CliRun.Result segmented = run("segment", "--data", MARKETING.toString(), "--mapping",
                    MAPPING.toString(), "--definitions", TENURE.toString(), "--as-of", (String) runAt[1],
                    "--out", runAt[0].toString(), "--quiet");
            assertThat(segmented.exitCode()).as(segmented.err()).isZero();
        }

        CliRun.Result result = run("diff", march.toString(), december.toString(), "--matrix", "--format", "csv");

        assertThat(result.exitCode()).as(result.err()).isZero();
        Map<String, Long> expected = new HashMap<>();
        for (MarketingCampaign.Row row : MarketingCampaign.rows(MARKETING)) {
            expected.merge(MarketingCampaign.tenure(row, LocalDate.of(2013, 3, 31)) + " -> "
                    + MarketingCampaign.tenure(row, LocalDate.of(2013, 12, 31)), 1L, Long::sum);
        }
        String matrix = result.out().substring(result.out().indexOf("before \\ after"));
        List<String> lines = matrix.lines().toList();
        String[] columns = lines.get(0).split(",");
        Map<String, Long> printed = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            for (int j = 1; j < cells.length; j++) {
                long count = Long.parseLong(cells[j]);
                if (count > 0) {
                    printed.put(cells[0] + " -> " + columns[j], count);
                }
            }
        }
        assertThat(printed).isEqualTo(expected);
    }

    @Test
    void should_refuse_a_matrix_of_overlapping_segments_naming_the_customer() throws IOException {
        Path before = write("before.csv", Map.of("gold", Set.of(7L), "silver", Set.of(7L, 8L)));
        Path after = write("after.csv", Map.of("gold", Set.of(8L)));

        CliRun.Result plain = run("diff", before.toString(), after.toString());
        CliRun.Result matrix = run("diff", before.toString(), after.toString(), "--matrix");

        assertThat(plain.exitCode()).isZero();
        assertThat(matrix.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(matrix.out()).isEmpty();
        assertThat(matrix.errLines()).hasSize(1);
        assertThat(matrix.err()).contains("customer 7").contains("gold").contains("silver");
    }

    @Test
    void should_draw_a_progress_bar_for_each_file_when_asked_and_nothing_when_quiet() throws IOException {
        Random random = new Random(7);
        Path before = write("before.csv", randomRun(random, SEGMENTS));
        Path after = write("after.csv", randomRun(random, SEGMENTS));

        CliRun.Result shown = run("diff", before.toString(), after.toString(), "--progress");
        CliRun.Result quiet = run("diff", before.toString(), after.toString(), "--progress", "--quiet");

        assertThat(shown.exitCode()).isZero();
        assertThat(shown.err()).contains("\rbefore.csv [####################] 100%")
                .contains("\rafter.csv [####################] 100%");
        assertThat(quiet.exitCode()).isZero();
        assertThat(quiet.err()).isEmpty();
    }

    @Test
    void should_name_file_line_and_value_of_a_bad_membership_row() throws IOException {
        Path before = Files.writeString(dir.resolve("before.csv"), "customer_id,segment\n1,gold\nx12,gold\n");
        Path after = write("after.csv", Map.of("gold", Set.of(1L)));

        CliRun.Result result = run("diff", before.toString(), after.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).contains("before.csv").contains("line 3").contains("x12");
    }
}
