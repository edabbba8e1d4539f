package io.github.segmentkit.campaign.response;

import static io.github.segmentkit.campaign.Runs.SCORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.campaign.Runs;
import io.github.segmentkit.campaign.audience.CampaignAudience;
import io.github.segmentkit.campaign.audience.CampaignAudiences;
import io.github.segmentkit.campaign.audience.CustomerIds;
import io.github.segmentkit.campaign.audience.SuppressionList;
import io.github.segmentkit.campaign.holdout.HoldOut;
import io.github.segmentkit.campaign.playbook.Action;
import io.github.segmentkit.campaign.playbook.Play;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Response analysis on constructed outcomes whose expected figures are worked out by hand in the comments. */
class ResponseAnalysisTest {

    private static CustomerIds ids(long first, long last) {
        return CustomerIds.of(LongStream.rangeClosed(first, last).toArray());
    }

    private static CampaignAudience campaign(String name, int priority, CustomerIds audience, CustomerIds control) {
        return new CampaignAudience(new Play(name, Action.of(name, "email", "tpl-" + name), priority),
                HoldOut.of("test/" + name, 0.25), audience.size() + control.size(), audience, control,
                Map.of(SuppressionList.HIGHER_PRIORITY_CAMPAIGN, 0L));
    }

    @Test
    void should_compare_each_campaign_with_its_control_and_adjust_the_p_values_together() {
        // vip: audience 1..210, of whom 1..200 contacted, 1..30 responded with 100.00 each; control 1001..1102,
        //      of whom 1101 and 1102 were contacted anyway (left out), 1001..1010 responded
        //      -> 30/200, revenue 3000.00, 15.00 per contact; control 10/100: lift 1.5, z 1.200961, p 0.229766
        // win-back: audience 2001..2500 all contacted, 2001..2050 responded with 20.50 each; control 3001..3500,
        //      3001..3020 responded -> 50/500, revenue 1025.00, 2.05 per contact; z 3.718183, p 0.00020066
        // no-hold: audience 4001..4010 contacted, 4001..4002 responded; no control -> no comparison
        // Holm over (0.229766, 0.00020066): 2 x 0.00020066 = 0.00040132 for win-back, then
        // max(0.00040132, 1 x 0.229766) = 0.229766 for vip
        List<Outcome> outcomes = new ArrayList<>();
        for (long id = 1; id <= 200; id++) {
            outcomes.add(new Outcome(id, true, id <= 30, id <= 30 ? new BigDecimal("100.00") : BigDecimal.ZERO));
        }
        outcomes.add(Outcome.of(1101, true, true));
        outcomes.add(Outcome.of(1102, true, false));
        for (long id = 1001; id <= 1010; id++) {
            outcomes.add(Outcome.of(id, false, true));
        }
        for (long id = 2001; id <= 2500; id++) {
            outcomes.add(new Outcome(id, true, id <= 2050, id <= 2050 ? new BigDecimal("20.50") : BigDecimal.ZERO));
        }
        for (long id = 3001; id <= 3020; id++) {
            outcomes.add(Outcome.of(id, false, true));
        }
        for (long id = 4001; id <= 4010; id++) {
            outcomes.add(Outcome.of(id, true, id <= 4002));
        }
        CampaignAudiences audiences = new CampaignAudiences(List.of(
                campaign("vip", 1, ids(1, 210), ids(1001, 1102)),
                campaign("win-back", 2, ids(2001, 2500), ids(3001, 3500)),
                campaign("no-hold", 3, ids(4001, 4010), CustomerIds.empty())));

        ResponseReport report = ResponseAnalysis.byCampaign(audiences, Outcomes.of(outcomes));

        SegmentResponse vip = report.row("vip");
        assertThat(vip.response()).isEqualTo(Proportion.of(30, 200));
        assertThat(vip.notContacted()).isEqualTo(10);
        assertThat(vip.controlContacted()).isEqualTo(2);
        assertThat(vip.revenue()).isEqualByComparingTo("3000.00");
        assertThat(vip.revenuePerContacted().orElseThrow()).isEqualByComparingTo("15.00");
        ControlComparison vipVersus = vip.controlComparison().orElseThrow();
        assertThat(vipVersus.test().control()).isEqualTo(Proportion.of(10, 100));
        assertThat(vipVersus.test().lift().orElseThrow()).isCloseTo(1.5, within(1e-12));
        assertThat(vipVersus.test().z()).isCloseTo(1.200961, within(5e-7));
        assertThat(vipVersus.test().pValue()).isCloseTo(0.229766, within(5e-7));
        assertThat(vipVersus.adjustedPValue()).isCloseTo(0.229766, within(5e-7));

        SegmentResponse winBack = report.row("win-back");
        assertThat(winBack.response()).isEqualTo(Proportion.of(50, 500));
        assertThat(winBack.revenuePerContacted().orElseThrow()).isEqualByComparingTo("2.05");
        ControlComparison winBackVersus = winBack.controlComparison().orElseThrow();
        assertThat(winBackVersus.test().lift().orElseThrow()).isCloseTo(2.5, within(1e-12));
        assertThat(winBackVersus.test().pValue()).isCloseTo(0.00020066, within(5e-9));
        assertThat(winBackVersus.adjustedPValue()).isCloseTo(0.00040132, within(1e-8));

        SegmentResponse noHold = report.row("no-hold");
        assertThat(noHold.response()).isEqualTo(Proportion.of(2, 10));
        assertThat(noHold.controlComparison()).isEmpty();
        assertThat(report.rows()).extracting(SegmentResponse::name).containsExactly("vip", "win-back", "no-hold");
    }

    @Test
    void should_measure_each_segment_over_its_contacted_members() {
        // customers 1..10 (score = id); contacted 1..9 except 9, i.e. 1..8; responded 2 (1.00), 6 (10.50), 7 (4.25)
        // high (6..10): contacted 6, 7, 8 -> 2/3, revenue 14.75, 14.75 / 3 = 4.916666666666667; 9 and 10 not contacted
        // low (1..3): contacted 1, 2, 3 -> 1/3, revenue 1.00, 0.3333333333333333 per contact
        // nobody (empty): no rate, no interval, no revenue per contact
        SegmentationResult result = Runs.segment(Runs.customers(10),
                Segment.named("high").where(SCORE.ge(6)),
                Segment.named("low").where(SCORE.le(3)),
                Segment.named("nobody").where(SCORE.gt(100)));
        List<Outcome> outcomes = new ArrayList<>();
        for (long id = 1; id <= 8; id++) {
            BigDecimal revenue = id == 2 ? new BigDecimal("1.00") : id == 6 ? new BigDecimal("10.50")
                    : id == 7 ? new BigDecimal("4.25") : BigDecimal.ZERO;
            outcomes.add(new Outcome(id, true, id == 2 || id == 6 || id == 7, revenue));
        }
        outcomes.add(Outcome.of(9, false, false));

        ResponseReport report = ResponseAnalysis.bySegment(result, Outcomes.of(outcomes));

        SegmentResponse high = report.row("high");
        assertThat(high.response()).isEqualTo(Proportion.of(2, 3));
        assertThat(high.notContacted()).isEqualTo(2);
        assertThat(high.revenue()).isEqualByComparingTo("14.75");
        assertThat(high.revenuePerContacted().orElseThrow()).isEqualByComparingTo("4.916666666666667");
        assertThat(high.controlComparison()).isEmpty();
        assertThat(report.row("low").revenuePerContacted().orElseThrow())
                .isEqualByComparingTo("0.3333333333333333");
        SegmentResponse nobody = report.row("nobody");
        assertThat(nobody.response()).isEqualTo(Proportion.of(0, 0));
        assertThat(nobody.wilson95()).isEmpty();
        assertThat(nobody.revenuePerContacted()).isEmpty();
        assertThatThrownBy(() -> report.row("hihg")).hasMessage("no response row named 'hihg'; the rows are "
                + "[high, low, nobody]");
    }

    @Test
    void should_refuse_two_outcomes_for_one_customer() {
        assertThatThrownBy(() -> Outcomes.of(List.of(Outcome.of(7, true, false), Outcome.of(7, true, true))))
                .hasMessageStartingWith("customer 7 has two outcomes");
    }
}
