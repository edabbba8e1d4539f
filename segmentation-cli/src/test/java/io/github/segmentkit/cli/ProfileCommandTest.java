package io.github.segmentkit.cli;

import static io.github.segmentkit.cli.CliRun.MAPPING;
import static io.github.segmentkit.cli.CliRun.MARKETING;
import static io.github.segmentkit.cli.CliRun.SEGMENTS;
import static io.github.segmentkit.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code profile} on the bundled marketing file; every expected figure is computed here from the raw rows
 * (MarketingCampaign: split on tabs, the segments as plain predicates), never through the library.
 */
class ProfileCommandTest {
    private static final LocalDate AS_OF = LocalDate.of(2014, 12, 31);

    private static List<MarketingCampaign.Row> rows;
    private static Map<String, Predicate<MarketingCampaign.Row>> segments;

    @BeforeAll
    static void read() throws IOException {
        rows = MarketingCampaign.rows(MARKETING);
        segments = MarketingCampaign.segments(AS_OF);
    }

    private static CliRun.Result profile(String format) {
        return run("profile", "--data", MARKETING.toString(), "--mapping", MAPPING.toString(), "--definitions",
                SEGMENTS.toString(), "--as-of", AS_OF.toString(), "--format", format, "--quiet");
    }

    /** The type-7 quantile of sorted values: x[h] interpolated at h = (n - 1) p (Hyndman and Fan 1996). */
    private static double quantile(List<Double> sorted, double p) {
        double h = (sorted.size() - 1) * p;
        int low = (int) Math.floor(h);
        int high = Math.min(low + 1, sorted.size() - 1);
        return sorted.get(low) + (h - low) * (sorted.get(high) - sorted.get(low));
    }

    private static JsonNode byField(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.get(field).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no " + field + " '" + value + "' in " + array);
    }

    @Test
    void should_print_sizes_income_quartiles_and_index_education_lift_and_overlap_as_computed_from_the_raw_file()
            throws IOException {
        CliRun.Result result = profile("json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(result.out());
        assertThat(report.get("customers").asInt()).isEqualTo(rows.size());
        List<Double> populationIncomes = rows.stream().filter(MarketingCampaign.Row::incomeKnown)
                .map(MarketingCampaign.Row::income).toList();
        double populationMean = populationIncomes.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        Map<String, Long> populationEducation = new HashMap<>();
        rows.forEach(r -> populationEducation.merge(r.cells().get("Education"), 1L, Long::sum));

        for (String name : List.of("lapsed", "postgraduates", "store-loyal")) {
            List<MarketingCampaign.Row> members = rows.stream().filter(segments.get(name)).toList();
            JsonNode segment = byField(report.get("segments"), "segment", name);
            assertThat(segment.get("size").asInt()).as(name).isEqualTo(members.size());
            assertThat(segment.get("share").asDouble()).isCloseTo(members.size() / (double) rows.size(),
                    within(1e-12));

            List<Double> incomes = new ArrayList<>(members.stream().filter(MarketingCampaign.Row::incomeKnown)
                    .map(MarketingCampaign.Row::income).toList());
            incomes.sort(Comparator.naturalOrder());
            double mean = incomes.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            JsonNode income = byField(segment.get("numeric"), "attribute", "income");
            assertThat(income.get("count").asInt()).isEqualTo(incomes.size());
            assertThat(income.get("missing").asInt()).isEqualTo(members.size() - incomes.size());
            assertThat(income.get("mean").asDouble()).isCloseTo(mean, within(1e-6));
            assertThat(income.get("q1").asDouble()).isCloseTo(quantile(incomes, 0.25), within(1e-6));
            assertThat(income.get("median").asDouble()).isCloseTo(quantile(incomes, 0.5), within(1e-6));
            assertThat(income.get("q3").asDouble()).isCloseTo(quantile(incomes, 0.75), within(1e-6));
            assertThat(income.get("index").asDouble()).isCloseTo(mean / populationMean * 100, within(1e-9));

            Map<String, Long> education = new HashMap<>();
            members.forEach(r -> education.merge(r.cells().get("Education"), 1L, Long::sum));
            List<String> expectedOrder = education.keySet().stream()
                    .sorted(Comparator.comparing((String v) -> -education.get(v)).thenComparing(v -> v)).toList();
            JsonNode top = byField(segment.get("categories"), "attribute", "education").get("top");
            List<String> actualOrder = new ArrayList<>();
            top.forEach(v -> actualOrder.add(v.get("value").asText()));
            assertThat(actualOrder).as(name).isEqualTo(expectedOrder.subList(0, Math.min(5, expectedOrder.size())));
            JsonNode first = top.get(0);
            String value = expectedOrder.get(0);
            double share = education.get(value) / (double) members.size();
            assertThat(first.get("count").asLong()).isEqualTo(education.get(value));
            assertThat(first.get("share").asDouble()).isCloseTo(share, within(1e-12));
            assertThat(first.get("lift").asDouble()).isCloseTo(
                    share / (populationEducation.get(value) / (double) rows.size()), within(1e-9));
        }

        JsonNode overlap = report.get("overlap");
        List<String> names = new ArrayList<>();
        overlap.get("segments").forEach(n -> names.add(n.asText()));
        assertThat(names).containsExactlyElementsOf(segments.keySet());
        int lapsed = names.indexOf("lapsed");
        int dealSeekers = names.indexOf("deal-seekers");
        long both = rows.stream().filter(segments.get("lapsed").and(segments.get("deal-seekers"))).count();
        long either = rows.stream().filter(segments.get("lapsed").or(segments.get("deal-seekers"))).count();
        assertThat(overlap.get("counts").get(lapsed).get(dealSeekers).asLong()).isEqualTo(both);
        assertThat(overlap.get("jaccard").get(lapsed).get(dealSeekers).asDouble())
                .isCloseTo(both / (double) either, within(1e-12));
    }

    @Test
    void should_print_readable_tables_with_the_sizes_and_the_income_index_computed_from_the_raw_file() {
        CliRun.Result result = profile("text");

        assertThat(result.exitCode()).as(result.err()).isZero();
        long lapsed = rows.stream().filter(segments.get("lapsed")).count();
        ToDoubleFunction<List<MarketingCampaign.Row>> meanIncome = list -> list.stream()
                .filter(MarketingCampaign.Row::incomeKnown).mapToDouble(MarketingCampaign.Row::income).average()
                .orElseThrow();
        double index = meanIncome.applyAsDouble(rows.stream().filter(segments.get("lapsed")).toList())
                / meanIncome.applyAsDouble(rows) * 100;
        String out = result.out();
        assertThat(out).contains("Sizes (" + String.format(Locale.ROOT, "%,d", rows.size()) + " customers)",
                "Numeric attributes", "Top values", "Overlap");
        assertThat(out.lines()).anyMatch(Pattern.compile("lapsed\\s+" + String.format(Locale.ROOT, "%,d", lapsed)
                + "\\s+" + Pattern.quote(String.format(Locale.ROOT, "%.1f%%", 100.0 * lapsed / rows.size())))
                .asMatchPredicate());
        assertThat(out.lines()).anyMatch(Pattern.compile("lapsed\\s+income\\s+.*\\s"
                + String.format(Locale.ROOT, "%.0f", index)).asMatchPredicate());
        assertThat(out.lines()).anyMatch(Pattern.compile("lapsed\\s+deal-seekers\\s+[\\d,]+\\s+0\\.\\d{3}")
                .asMatchPredicate());
        long missing = rows.stream().filter(r -> !r.incomeKnown()).count();
        // a segment with no income at all: every figure but the counts is undefined
        assertThat(out.lines()).anyMatch(Pattern.compile("income-unknown\\s+income\\s+0\\s+" + missing
                + "\\s+-\\s+-\\s+-\\s+-\\s+-").asMatchPredicate());
    }

    @Test
    void should_refuse_a_top_below_one_as_a_wrong_command_line_before_reading_anything() {
        CliRun.Result result = run("profile", "--data", "no-such.csv", "--mapping", MAPPING.toString(),
                "--definitions", SEGMENTS.toString(), "--top", "0");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--top: topValues must be at least 1, got 0");
    }
}
