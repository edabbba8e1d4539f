package io.github.segmentkit.examples.campaign;

import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.campaign.audience.AudiencePlanner;
import io.github.segmentkit.campaign.audience.AudienceSegmentation;
import io.github.segmentkit.campaign.audience.CampaignAudience;
import io.github.segmentkit.campaign.audience.CampaignAudiences;
import io.github.segmentkit.campaign.audience.CustomerIds;
import io.github.segmentkit.campaign.audience.SuppressionList;
import io.github.segmentkit.campaign.holdout.HoldOut;
import io.github.segmentkit.campaign.playbook.Action;
import io.github.segmentkit.campaign.playbook.Playbook;
import io.github.segmentkit.campaign.response.ConfidenceInterval;
import io.github.segmentkit.campaign.response.ControlComparison;
import io.github.segmentkit.campaign.response.Outcome;
import io.github.segmentkit.campaign.response.Outcomes;
import io.github.segmentkit.campaign.response.ResponseAnalysis;
import io.github.segmentkit.campaign.response.ResponseReport;
import io.github.segmentkit.campaign.response.SegmentResponse;
import io.github.segmentkit.examples.personality.DemoSegments;
import io.github.segmentkit.examples.personality.MarketingCampaignCsv;
import io.github.segmentkit.examples.personality.PersonalityCustomer;
import io.github.segmentkit.examples.personality.PersonalitySchema;
import io.github.segmentkit.io.membership.MembershipCsv;
import io.github.segmentkit.io.membership.MembershipRows;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A campaign on the bundled Customer Personality Analysis data (2,240 customers): a playbook over four of the demo
 * segments, audiences without the customers who complained, a 10 % hold-out per campaign, then the response measured
 * with the data's {@code Response} column (the last campaign's acceptance) and its {@code Z_Revenue} (11 per
 * acceptance).
 *
 * <p>The data has no control group: every customer received that campaign. The example therefore treats a held-out
 * customer's recorded response as if it had not been contacted; the comparison is an A/A test, and a lift near 1
 * with a large p-value is the expected, honest outcome. With real outcomes, the control's customers are the ones
 * who were not sent anything.
 *
 * <pre>{@code
 * CampaignExample.Run run = CampaignExample.run(MarketingCampaignCsv.readBundled());
 * run.byCampaign().row("win-back").controlComparison();
 * }</pre>
 */
public final class CampaignExample {
    /** The actions, by priority: who hears from us first. */
    public static final Playbook PLAYBOOK = Playbook.builder()
            .play("big-spenders", Action.of("vip-preview", "email", "tpl-vip-1"), 1)
            .play("lapsed", Action.of("win-back", "email", "tpl-winback-1").withOffer("15% off"), 2)
            .play("high-income-families", Action.of("family-bundle", "direct-mail", "tpl-family-2"), 3)
            .play("deal-seekers", Action.of("deal-alert", "sms", "tpl-deals-1").withOffer("double points"), 4)
            .build();
    /** A 10 % hold-out, keyed for this campaign wave (each campaign gets its own salt from it). */
    public static final HoldOut HOLD_OUT = HoldOut.of("personality-2014", 0.10);
    /** The revenue of one acceptance in the data's {@code Z_Revenue} column. */
    public static final BigDecimal REVENUE_PER_RESPONSE = BigDecimal.valueOf(11);

    private CampaignExample() {
    }

    /**
     * What the example computed.
     *
     * @param result     the demo segmentation
     * @param audiences  the campaign audiences
     * @param byCampaign the response per campaign, against its control group
     * @param bySegment  the response per segment over all customers (every customer received the data's campaign)
     */
    public record Run(SegmentationResult result, CampaignAudiences audiences, ResponseReport byCampaign,
            ResponseReport bySegment) {
    }

    /** Runs the campaign over {@code customers}. */
    public static Run run(List<PersonalityCustomer> customers) {
        SegmentationResult result = Segmenter.builder(PersonalitySchema.SCHEMA).addAll(DemoSegments.ALL)
                .asOf(PersonalitySchema.AS_OF).build().segment(customers);
        CustomerIds complained = CustomerIds.of(customers.stream().filter(PersonalityCustomer::complained)
                .mapToLong(PersonalityCustomer::id).toArray());
        CampaignAudiences audiences = AudiencePlanner.of(PLAYBOOK)
                .suppress(SuppressionList.of("complained", complained))
                .holdOut(HOLD_OUT)
                .plan(result);

        Map<Long, PersonalityCustomer> byId = new HashMap<>();
        customers.forEach(c -> byId.put(c.id(), c));
        List<Outcome> campaignOutcomes = new ArrayList<>();
        for (CampaignAudience campaign : audiences.campaigns()) {
            campaign.audience().stream().forEach(id -> campaignOutcomes.add(outcome(byId.get(id), true)));
            campaign.control().stream().forEach(id -> campaignOutcomes.add(outcome(byId.get(id), false)));
        }
        List<Outcome> everyone = customers.stream().map(c -> outcome(c, true)).toList();
        return new Run(result, audiences, ResponseAnalysis.byCampaign(audiences, Outcomes.of(campaignOutcomes)),
                ResponseAnalysis.bySegment(result, Outcomes.of(everyone)));
    }

    private static Outcome outcome(PersonalityCustomer customer, boolean contacted) {
        boolean responded = customer.respondedLastCampaign();
        return new Outcome(customer.id(), contacted, responded,
                responded && contacted ? REVENUE_PER_RESPONSE : BigDecimal.ZERO);
    }

    /** Runs the campaign on the bundled data and prints audiences and response. */
    public static Run print(PrintStream out) {
        Run run = run(MarketingCampaignCsv.readBundled());
        out.println("Campaign audiences (10 % hold-out, complainers suppressed):");
        out.printf(Locale.ROOT, "  %-14s %-22s %8s %8s %8s %s%n", "campaign", "segment", "eligible", "audience",
                "control", "suppressed");
        for (CampaignAudience campaign : run.audiences().campaigns()) {
            out.printf(Locale.ROOT, "  %-14s %-22s %8d %8d %8d %s%n", campaign.campaign(), campaign.play().segment(),
                    campaign.eligible(), campaign.audience().size(), campaign.control().size(),
                    campaign.suppressed());
        }
        out.println();
        out.println("Response per campaign (Response column; the data has no real control: an A/A comparison):");
        out.printf(Locale.ROOT, "  %-14s %10s %17s %9s %8s %8s %8s %8s%n", "campaign", "responded", "Wilson 95 %",
                "control", "lift", "p", "Holm p", "rev/cnt");
        for (SegmentResponse row : run.byCampaign().rows()) {
            ControlComparison versus = row.controlComparison().orElse(null);
            out.printf(Locale.ROOT, "  %-14s %10s %17s %9s %8s %8s %8s %8s%n", row.name(),
                    row.response().successes() + "/" + row.response().trials(), interval(row),
                    versus == null ? "-" : versus.test().control().successes() + "/"
                            + versus.test().control().trials(),
                    versus == null || versus.test().lift().isEmpty() ? "-"
                            : String.format(Locale.ROOT, "%.2f", versus.test().lift().getAsDouble()),
                    versus == null ? "-" : String.format(Locale.ROOT, "%.3f", versus.test().pValue()),
                    versus == null ? "-" : String.format(Locale.ROOT, "%.3f", versus.adjustedPValue()),
                    row.revenuePerContacted().map(r -> r.setScale(2, RoundingMode.HALF_EVEN).toString())
                            .orElse("-"));
        }
        out.println();
        out.println("Response per segment (every customer received the campaign):");
        for (SegmentResponse row : run.bySegment().rows()) {
            out.printf(Locale.ROOT, "  %-22s %10s %17s%n", row.name(),
                    row.response().successes() + "/" + row.response().trials(), interval(row));
        }
        return run;
    }

    private static String interval(SegmentResponse row) {
        return row.wilson95().map(CampaignExample::format).orElse("-");
    }

    private static String format(ConfidenceInterval interval) {
        return String.format(Locale.ROOT, "[%.4f, %.4f]", interval.low(), interval.high());
    }

    /**
     * Writes every campaign's audience and control group as membership CSV, through segmentation-io's writer.
     *
     * @return the rows written
     */
    public static long export(Run run, Path file) throws IOException {
        SegmentationResult byCampaign = AudienceSegmentation.withControls(run.result(), run.audiences());
        return MembershipCsv.write(MembershipRows.of(byCampaign), PersonalitySchema.AS_OF, file);
    }
}
