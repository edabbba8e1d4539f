package io.github.segmentkit.campaign.response;

import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.campaign.audience.CampaignAudience;
import io.github.segmentkit.campaign.audience.CampaignAudiences;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.PrimitiveIterator;

/**
 * Measures the response to a campaign from its {@link Outcomes} (see {@code docs/campaigns.md}):
 * <ul>
 *   <li>{@link #bySegment}: per segment of a run, the responders among its contacted members with a Wilson 95 %
 *       interval and the revenue per contacted customer;</li>
 *   <li>{@link #byCampaign}: the same per campaign over its audience, and against its hold-out control group the
 *       lift and a two-proportion z-test, with the p-values of all campaigns adjusted together by {@link Holm}.</li>
 * </ul>
 *
 * <pre>{@code
 * ResponseReport perSegment = ResponseAnalysis.bySegment(result, outcomes);
 * ResponseReport perCampaign = ResponseAnalysis.byCampaign(audiences, outcomes);
 * }</pre>
 *
 * <p>Members who were not contacted are left out of the rates and counted apart, as are control customers who were
 * contacted all the same: a contacted "control" customer is no control. Thread-safe.
 */
public final class ResponseAnalysis {
    private ResponseAnalysis() {
    }

    /** The response of each segment of {@code result}, in declaration order; segments have no control group. */
    public static ResponseReport bySegment(SegmentationResult result, Outcomes outcomes) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(outcomes, "outcomes");
        List<SegmentResponse> rows = new ArrayList<>();
        for (String segment : result.segmentNames()) {
            Tally members = new Tally();
            PrimitiveIterator.OfInt memberRows = result.memberRows(segment);
            while (memberRows.hasNext()) {
                members.add(outcomes.of(result.customerId(memberRows.nextInt())));
            }
            rows.add(new SegmentResponse(segment, members.response(), members.revenue, null, members.notContacted,
                    0));
        }
        return new ResponseReport(rows);
    }

    /**
     * The response of each campaign of {@code audiences}, by priority: its audience's contacted customers, and when
     * it has a control group with customers, the comparison with them, p-values Holm-adjusted over every campaign
     * compared.
     */
    public static ResponseReport byCampaign(CampaignAudiences audiences, Outcomes outcomes) {
        Objects.requireNonNull(audiences, "audiences");
        Objects.requireNonNull(outcomes, "outcomes");
        List<Tally> treated = new ArrayList<>();
        List<Tally> controls = new ArrayList<>();
        List<TwoProportionTest> tests = new ArrayList<>();
        for (CampaignAudience campaign : audiences.campaigns()) {
            Tally audience = new Tally();
            campaign.audience().stream().forEach(id -> audience.add(outcomes.of(id)));
            Tally control = new Tally();
            campaign.control().stream().forEach(id -> control.addControl(outcomes.of(id)));
            treated.add(audience);
            controls.add(control);
            boolean comparable = audience.trials > 0 && control.trials > 0;
            tests.add(comparable ? TwoProportionTest.of(audience.response(), control.response()) : null);
        }
        double[] adjusted = Holm.adjust(tests.stream().filter(Objects::nonNull)
                .mapToDouble(TwoProportionTest::pValue).toArray());
        List<SegmentResponse> rows = new ArrayList<>();
        int compared = 0;
        for (int i = 0; i < tests.size(); i++) {
            TwoProportionTest test = tests.get(i);
            ControlComparison comparison = test == null ? null : new ControlComparison(test, adjusted[compared++]);
            Tally audience = treated.get(i);
            rows.add(new SegmentResponse(audiences.campaigns().get(i).campaign(), audience.response(),
                    audience.revenue, comparison, audience.notContacted, controls.get(i).contactedControls));
        }
        return new ResponseReport(rows);
    }

    /** Counts of one group: responders among the contacted, their revenue, and who was left out. */
    private static final class Tally {
        long trials;
        long successes;
        BigDecimal revenue = BigDecimal.ZERO;
        long notContacted;
        long contactedControls;

        /** A member of a targeted group: counted when contacted. */
        void add(Outcome outcome) {
            if (!outcome.contacted()) {
                notContacted++;
                return;
            }
            trials++;
            successes += outcome.responded() ? 1 : 0;
            revenue = revenue.add(outcome.revenue());
        }

        /** A member of a control group: counted when not contacted. */
        void addControl(Outcome outcome) {
            if (outcome.contacted()) {
                contactedControls++;
                return;
            }
            trials++;
            successes += outcome.responded() ? 1 : 0;
        }

        Proportion response() {
            return Proportion.of(successes, trials);
        }
    }
}
