package io.github.segmentkit.cli;

import static io.github.segmentkit.cli.CliRun.MAPPING;
import static io.github.segmentkit.cli.CliRun.MARKETING;
import static io.github.segmentkit.cli.CliRun.SEGMENTS;
import static io.github.segmentkit.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code explain} on the bundled marketing file; the expected values, bounds, distances and memberships come from
 * the raw rows (MarketingCampaign: split on tabs, the segments as plain predicates), never from the library.
 */
class ExplainCommandTest {
    private static final LocalDate AS_OF = LocalDate.of(2014, 12, 31);

    private static List<MarketingCampaign.Row> rows;
    private static Map<String, Predicate<MarketingCampaign.Row>> segments;

    @BeforeAll
    static void read() throws IOException {
        rows = MarketingCampaign.rows(MARKETING);
        segments = MarketingCampaign.segments(AS_OF);
    }

    private static CliRun.Result explain(String... more) {
        List<String> args = new ArrayList<>(List.of("explain", "--data", MARKETING.toString(), "--mapping",
                MAPPING.toString(), "--definitions", SEGMENTS.toString(), "--as-of", AS_OF.toString(), "--quiet"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private static MarketingCampaign.Row row(Predicate<MarketingCampaign.Row> test) {
        return rows.stream().filter(test).findFirst().orElseThrow();
    }

    @Test
    void should_say_how_far_a_customer_is_from_the_lapsed_bound() {
        MarketingCampaign.Row recent = row(r -> r.whole("Recency") < 75);
        long recency = recent.whole("Recency");

        CliRun.Result result = explain("--customer", Long.toString(recent.id()), "--segment", "lapsed");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("segment lapsed, customer " + recent.id() + ": FALSE\n");
        assertThat(result.out()).contains(": FALSE (days_since_last_purchase " + recency + "; needs > 75: "
                + (75 - recency) + " below)");
    }

    @Test
    void should_explain_every_segment_with_the_membership_computed_by_hand_for_customers_in_and_out() {
        for (MarketingCampaign.Row customer : List.of(rows.get(0), row(segments.get("wine-lovers-at-risk")),
                row(r -> !r.incomeKnown()))) {
            CliRun.Result result = explain("--customer", Long.toString(customer.id()), "--format", "json");

            assertThat(result.exitCode()).as(result.err()).isZero();
            JsonNode list = readTree(result.out());
            Map<String, Boolean> members = new LinkedHashMap<>();
            list.forEach(e -> members.put(e.get("segment").asText(), e.get("truth").asText().equals("TRUE")));
            Map<String, Boolean> expected = new LinkedHashMap<>();
            segments.forEach((name, test) -> expected.put(name, test.test(customer)));
            assertThat(members).as("customer " + customer.id()).containsExactlyEntriesOf(expected);
            list.forEach(e -> assertThat(e.get("customerId").asLong()).isEqualTo(customer.id()));
        }
    }

    @Test
    void should_leave_a_comparison_on_a_missing_income_unknown_as_sql_does() {
        MarketingCampaign.Row withKids = row(r -> !r.incomeKnown() && r.whole("Kidhome") + r.whole("Teenhome") > 0);

        CliRun.Result result = explain("--customer", Long.toString(withKids.id()), "--segment",
                "high-income-families", "--format", "json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode explanation = readTree(result.out());
        // UNKNOWN (income >= 75000 on no income) AND TRUE (children at home) is UNKNOWN: not a member
        assertThat(explanation.get("truth").asText()).isEqualTo("UNKNOWN");
        assertThat(explanation.get("criterion").get("children").get(0).get("value").asText())
                .isEqualTo("income missing");
    }

    @Test
    void should_name_an_unknown_customer_and_segment_with_the_closest_known_one_and_exit_with_the_usage_code() {
        long id = rows.get(0).id();

        CliRun.Result customer = explain("--customer", id + "0");
        CliRun.Result segment = explain("--customer", Long.toString(id), "--segment", "lapsd");

        assertThat(customer.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(customer.err()).contains("--customer: no customer with id " + id + "0 in marketing_campaign.csv",
                "(did you mean '");
        assertThat(segment.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(segment.err()).contains("--segment: no segment named 'lapsd' in ", "(did you mean 'lapsed'?)");
    }

    private static JsonNode readTree(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError(json, e);
        }
    }
}
