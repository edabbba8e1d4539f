package io.github.segmentkit.campaign.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.segmentkit.campaign.audience.CampaignAudience;
import io.github.segmentkit.campaign.audience.CampaignAudiences;
import io.github.segmentkit.campaign.audience.CustomerIds;
import io.github.segmentkit.campaign.holdout.HoldOut;
import io.github.segmentkit.campaign.movement.SegmentMovement;
import io.github.segmentkit.campaign.playbook.Action;
import io.github.segmentkit.campaign.playbook.Play;
import io.github.segmentkit.campaign.response.ControlComparison;
import io.github.segmentkit.campaign.response.Proportion;
import io.github.segmentkit.campaign.response.ResponseReport;
import io.github.segmentkit.campaign.response.SegmentResponse;
import io.github.segmentkit.campaign.response.TwoProportionTest;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CampaignJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void should_write_audience_counts_that_add_up_without_ids() throws Exception {
        Map<String, Long> suppressed = new LinkedHashMap<>();
        suppressed.put("opted-out", 2L);
        suppressed.put("higher-priority-campaign", 1L);
        CampaignAudience campaign = new CampaignAudience(
                new Play("at-risk", Action.of("win-back", "email", "tpl-3").withOffer("15% off"), 2),
                HoldOut.of("spring/win-back", 0.1), 7, CustomerIds.of(1, 2, 3), CustomerIds.of(4), suppressed);

        JsonNode json = MAPPER.readTree(CampaignJson.write(new CampaignAudiences(List.of(campaign))));

        JsonNode node = json.get("campaigns").get(0);
        assertThat(node.get("campaign").asText()).isEqualTo("win-back");
        assertThat(node.get("segment").asText()).isEqualTo("at-risk");
        assertThat(node.get("offer").asText()).isEqualTo("15% off");
        assertThat(node.get("holdOut").get("share").asDouble()).isEqualTo(0.1);
        assertThat(node.get("eligible").asLong()).isEqualTo(7);
        assertThat(node.get("audience").asLong()).isEqualTo(3);
        assertThat(node.get("control").asLong()).isEqualTo(1);
        assertThat(node.get("suppressed").fieldNames()).toIterable()
                .containsExactly("opted-out", "higher-priority-campaign");
        assertThat(node.get("suppressed").get("opted-out").asLong()).isEqualTo(2);
    }

    @Test
    void should_write_response_figures_with_nulls_where_undefined() throws Exception {
        TwoProportionTest test = TwoProportionTest.of(Proportion.of(30, 200), Proportion.of(10, 100));
        ResponseReport report = new ResponseReport(List.of(
                new SegmentResponse("vip", Proportion.of(30, 200), new BigDecimal("3000.10"),
                        new ControlComparison(test, 0.5), 4, 1),
                new SegmentResponse("nobody", Proportion.of(0, 0), BigDecimal.ZERO, null, 0, 0)));

        String text = CampaignJson.write(report);
        JsonNode json = MAPPER.readTree(text);

        JsonNode vip = json.get("rows").get(0);
        assertThat(vip.get("contacted").asLong()).isEqualTo(200);
        assertThat(vip.get("responded").asLong()).isEqualTo(30);
        assertThat(vip.get("rate").asDouble()).isEqualTo(0.15);
        assertThat(vip.get("wilson95").get("low").asDouble()).isLessThan(0.15);
        assertThat(text).contains("\"revenue\" : 3000.10,");
        assertThat(vip.get("revenuePerContacted").decimalValue()).isEqualByComparingTo("15.0005");
        JsonNode control = vip.get("control");
        assertThat(control.get("contacted").asLong()).isEqualTo(100);
        assertThat(control.get("lift").asDouble()).isCloseTo(1.5, within(1e-12));
        assertThat(control.get("pValue").asDouble()).isCloseTo(0.229766, within(5e-7));
        assertThat(control.get("adjustedPValue").asDouble()).isEqualTo(0.5);

        JsonNode nobody = json.get("rows").get(1);
        assertThat(nobody.get("rate").isNull()).isTrue();
        assertThat(nobody.get("wilson95").isNull()).isTrue();
        assertThat(nobody.get("revenuePerContacted").isNull()).isTrue();
        assertThat(nobody.get("control").isNull()).isTrue();
    }

    @Test
    void should_write_the_movement_matrix() throws Exception {
        SegmentMovement movement = new SegmentMovement(List.of("a", "b"), List.of("a", "b"),
                List.of(List.of(3L, 1L), List.of(0L, 2L)));

        JsonNode json = MAPPER.readTree(CampaignJson.write(movement));

        assertThat(json.get("from").toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(json.get("counts").toString()).isEqualTo("[[3,1],[0,2]]");
    }
}
