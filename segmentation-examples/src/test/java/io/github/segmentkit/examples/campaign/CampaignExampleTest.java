package io.github.segmentkit.examples.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.segmentkit.campaign.audience.CampaignAudience;
import io.github.segmentkit.campaign.audience.CustomerIds;
import io.github.segmentkit.campaign.audience.SuppressionList;
import io.github.segmentkit.campaign.response.ConfidenceInterval;
import io.github.segmentkit.campaign.response.ControlComparison;
import io.github.segmentkit.campaign.response.Outcome;
import io.github.segmentkit.campaign.response.Outcomes;
import io.github.segmentkit.campaign.response.Proportion;
import io.github.segmentkit.campaign.response.ResponseAnalysis;
import io.github.segmentkit.campaign.response.ResponseReport;
import io.github.segmentkit.campaign.response.SegmentResponse;
import io.github.segmentkit.examples.personality.MarketingCampaignCsv;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The campaign example on the bundled data against a separate computation that splits the raw file itself, writes
 * the four segments' rules, the priorities, the suppression and the hold-out hash (exact integers, docs/campaigns.md)
 * out plainly, and counts responders column by column; it shares no code with the library. Wilson bounds are checked
 * as the roots of their defining quadratic, (p̂ − p)² = z²p(1 − p)/n, rather than by the closed form the library
 * uses.
 */
class CampaignExampleTest {
    private static final double Z = 1.959963984540054;
    private static List<Map<String, String>> rows;
    private static CampaignExample.Run run;

    /** One play as the example's playbook states it: campaign, segment rule, in priority order. */
    private record Rule(String campaign, String segment, Predicate<Map<String, String>> member) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("vip-preview", "big-spenders", r -> spend(r) >= 1500),
            new Rule("win-back", "lapsed", r -> number(r, "Recency") > 75),
            new Rule("family-bundle", "high-income-families", r -> !r.get("Income").isEmpty()
                    && Double.parseDouble(r.get("Income")) >= 75_000
                    && (number(r, "Kidhome") >= 1 || number(r, "Teenhome") >= 1)),
            new Rule("deal-alert", "deal-seekers", r -> number(r, "NumDealsPurchases") >= 5));

    @BeforeAll
    static void read() throws IOException {
        rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                CampaignExampleTest.class.getResourceAsStream(MarketingCampaignCsv.RESOURCE)),
                StandardCharsets.UTF_8))) {
            List<String> header = Arrays.asList(in.readLine().split("\t", -1));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split("\t", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), cells[i]);
                }
                rows.add(row);
            }
        }
        run = CampaignExample.run(MarketingCampaignCsv.readBundled());
    }

    private static long number(Map<String, String> row, String column) {
        return Long.parseLong(row.get(column));
    }

    private static long spend(Map<String, String> row) {
        return number(row, "MntWines") + number(row, "MntFruits") + number(row, "MntMeatProducts")
                + number(row, "MntFishProducts") + number(row, "MntSweetProducts") + number(row, "MntGoldProds");
    }

    private static boolean heldOut(String salt, long id) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest((salt + ":" + id).getBytes(StandardCharsets.UTF_8));
        BigInteger first8 = new BigInteger(1, Arrays.copyOf(digest, 8));
        // u < 0.1  <=>  10 * first8 < 2^64
        return first8.multiply(BigInteger.TEN).compareTo(BigInteger.ONE.shiftLeft(64)) < 0;
    }

    /** The campaigns as planned independently: per campaign its audience, control and suppressed counts. */
    private record Expected(List<Long> audience, List<Long> control, long complained, long higherPriority) {
    }

    private static Map<String, Expected> plannedIndependently() throws Exception {
        Map<String, Expected> planned = new LinkedHashMap<>();
        List<Long> taken = new ArrayList<>();
        for (Rule rule : RULES) {
            List<Long> audience = new ArrayList<>();
            List<Long> control = new ArrayList<>();
            long complained = 0;
            long higher = 0;
            for (Map<String, String> row : rows) {
                if (!rule.member().test(row)) {
                    continue;
                }
                long id = number(row, "ID");
                if (number(row, "Complain") == 1) {
                    complained++;
                } else if (taken.contains(id)) {
                    higher++;
                } else {
                    taken.add(id);
                    (heldOut("personality-2014/" + rule.campaign(), id) ? control : audience).add(id);
                }
            }
            planned.put(rule.campaign(), new Expected(audience, control, complained, higher));
        }
        return planned;
    }

    private static long responders(List<Long> ids, String column) {
        return rows.stream().filter(r -> ids.contains(number(r, "ID"))).filter(r -> number(r, column) == 1).count();
    }

    /** The roots of (1 + z²/n) p² − (2p̂ + z²/n) p + p̂² = 0: the Wilson bounds. */
    private static double[] wilsonRoots(long x, long n) {
        double phat = (double) x / n;
        double a = 1 + Z * Z / n;
        double b = -(2 * phat + Z * Z / n);
        double c = phat * phat;
        double root = Math.sqrt(b * b - 4 * a * c);
        return new double[] {(-b - root) / (2 * a), (-b + root) / (2 * a)};
    }

    private static void assertWilson(SegmentResponse row, long x, long n) {
        ConfidenceInterval interval = row.wilson95().orElseThrow();
        double[] roots = wilsonRoots(x, n);
        assertThat(interval.low()).as("%s low", row.name()).isCloseTo(roots[0], within(1e-9));
        assertThat(interval.high()).as("%s high", row.name()).isCloseTo(roots[1], within(1e-9));
    }

    @Test
    void should_read_the_published_number_of_responders() {
        // the Customer Personality Analysis data set: 2,240 customers, 334 of whom accepted the last campaign (14.9 %)
        assertThat(rows).hasSize(2240);
        assertThat(rows.stream().filter(r -> number(r, "Response") == 1).count()).isEqualTo(334);
    }

    @Test
    void should_plan_the_audiences_an_independent_computation_plans() throws Exception {
        Map<String, Expected> expected = plannedIndependently();

        assertThat(run.audiences().campaignNames()).containsExactlyElementsOf(expected.keySet());
        for (CampaignAudience campaign : run.audiences().campaigns()) {
            Expected plan = expected.get(campaign.campaign());
            assertThat(campaign.audience()).as(campaign.campaign()).isEqualTo(CustomerIds.of(plan.audience()));
            assertThat(campaign.control()).as(campaign.campaign()).isEqualTo(CustomerIds.of(plan.control()));
            assertThat(campaign.suppressed()).as(campaign.campaign()).containsExactly(
                    Map.entry("complained", plan.complained()),
                    Map.entry(SuppressionList.HIGHER_PRIORITY_CAMPAIGN, plan.higherPriority()));
            assertThat(campaign.eligible()).isEqualTo(plan.audience().size() + plan.control().size()
                    + plan.complained() + plan.higherPriority());
        }
        // about a tenth held out overall: 86 of the 942 not suppressed (binomial sd ~9)
        long held = expected.values().stream().mapToLong(e -> e.control().size()).sum();
        long kept = expected.values().stream().mapToLong(e -> e.audience().size() + e.control().size()).sum();
        assertThat((double) held / kept).isBetween(0.06, 0.14);
    }

    @Test
    void should_measure_each_campaign_against_its_control_as_counted_from_the_response_column() throws Exception {
        Map<String, Expected> expected = plannedIndependently();
        List<Double> rawPValues = new ArrayList<>();

        for (SegmentResponse row : run.byCampaign().rows()) {
            Expected plan = expected.get(row.name());
            long x = responders(plan.audience(), "Response");
            long n = plan.audience().size();
            long xc = responders(plan.control(), "Response");
            long nc = plan.control().size();
            assertThat(row.response()).as(row.name()).isEqualTo(Proportion.of(x, n));
            assertWilson(row, x, n);
            assertThat(row.revenue()).isEqualByComparingTo(BigDecimal.valueOf(11 * x));
            ControlComparison versus = row.controlComparison().orElseThrow();
            assertThat(versus.test().control()).as(row.name()).isEqualTo(Proportion.of(xc, nc));
            double pooled = (double) (x + xc) / (n + nc);
            double z = ((double) x / n - (double) xc / nc) / Math.sqrt(pooled * (1 - pooled) * (1.0 / n + 1.0 / nc));
            assertThat(versus.test().z()).as(row.name()).isCloseTo(z, within(1e-12));
            rawPValues.add(versus.test().pValue());
        }
        // Holm over the four raw p-values, by its definition: sort, multiply by (m - rank + 1), running maximum, cap
        List<Double> sorted = rawPValues.stream().sorted().collect(Collectors.toList());
        for (int i = 0; i < rawPValues.size(); i++) {
            int rank = sorted.indexOf(rawPValues.get(i));
            double adjusted = 0;
            for (int j = 0; j <= rank; j++) {
                adjusted = Math.max(adjusted, Math.min(1, (rawPValues.size() - j) * sorted.get(j)));
            }
            assertThat(run.byCampaign().rows().get(i).controlComparison().orElseThrow().adjustedPValue())
                    .isCloseTo(adjusted, within(1e-15));
        }
    }

    @Test
    void should_measure_each_segment_from_the_response_and_accepted_columns() {
        for (Rule rule : RULES) {
            List<Map<String, String>> members = rows.stream().filter(rule.member()).toList();
            long x = members.stream().filter(r -> number(r, "Response") == 1).count();
            SegmentResponse row = run.bySegment().row(rule.segment());
            assertThat(row.response()).as(rule.segment()).isEqualTo(Proportion.of(x, members.size()));
            assertWilson(row, x, members.size());
        }
        // the five earlier campaigns as outcomes, everyone contacted: big spenders' acceptance of each
        for (String column : List.of("AcceptedCmp1", "AcceptedCmp2", "AcceptedCmp3", "AcceptedCmp4",
                "AcceptedCmp5")) {
            List<Outcome> outcomes = rows.stream().map(r -> Outcome.of(number(r, "ID"), true,
                    number(r, column) == 1)).toList();
            ResponseReport report = ResponseAnalysis.bySegment(run.result(), Outcomes.of(outcomes));
            List<Map<String, String>> bigSpenders = rows.stream().filter(RULES.get(0).member()).toList();
            long x = bigSpenders.stream().filter(r -> number(r, column) == 1).count();
            assertThat(report.row("big-spenders").response()).as(column)
                    .isEqualTo(Proportion.of(x, bigSpenders.size()));
        }
    }

    @Test
    void should_print_and_export_the_campaign(@TempDir Path directory) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CampaignExample.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("vip-preview").contains("Response per segment").contains("Wilson 95 %");

        Path file = directory.resolve("campaigns.csv");
        long written = CampaignExample.export(run, file);
        long assigned = run.audiences().campaigns().stream()
                .mapToLong(c -> c.audience().size() + c.control().size()).sum();
        assertThat(written).isEqualTo(assigned);
        assertThat(Files.readAllLines(file)).hasSize((int) assigned + 1).first()
                .isEqualTo("customer_id,segment,as_of");
    }
}
