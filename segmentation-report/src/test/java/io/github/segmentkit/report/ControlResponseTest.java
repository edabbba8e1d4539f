package io.github.segmentkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.segmentkit.campaign.response.ControlComparison;
import io.github.segmentkit.campaign.response.Proportion;
import io.github.segmentkit.campaign.response.ResponseReport;
import io.github.segmentkit.campaign.response.SegmentResponse;
import io.github.segmentkit.campaign.response.TwoProportionTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Response rows on constructed data, against the published figures of docs/campaigns.md's references: the Wilson
 * interval of 12 of 80 is [0.0879, 0.2441]; 30 of 200 treated against 10 of 100 held out is a lift of 1.5 with a
 * two-sided p-value of 0.229766, and two such comparisons Holm-adjust to 2 × 0.229766 = 0.459532 each.
 */
class ControlResponseTest {
    private static final double P = 0.229766;

    @Test
    void should_show_the_interval_the_lift_and_the_holm_adjusted_p_value() throws IOException {
        TwoProportionTest test = TwoProportionTest.of(Proportion.of(30, 200), Proportion.of(10, 100));
        double holm = Math.min(1, 2 * test.pValue());
        ResponseReport responses = new ResponseReport(List.of(
                new SegmentResponse("spring", Proportion.of(30, 200), new BigDecimal("300.00"),
                        new ControlComparison(test, holm), 0, 0),
                new SegmentResponse("summer", Proportion.of(30, 200), BigDecimal.ZERO,
                        new ControlComparison(test, holm), 0, 0),
                new SegmentResponse("no-control", Proportion.of(12, 80), BigDecimal.ZERO, null, 5, 0),
                new SegmentResponse("nobody", Proportion.of(0, 0), BigDecimal.ZERO, null, 3, 0)));
        SegmentReport report = SegmentReport.builder().responses(responses).build();

        Document page = SegmentReportTest.parseStrictly(report.toHtml());

        assertThat(page.select("body > section").eachAttr("id")).containsExactly("responses");
        assertThat(page.select("#responses thead th").eachText()).containsExactly("segment", "responded / contacted",
                "rate", "Wilson 95%", "revenue per contacted", "control", "lift", "p-value", "Holm p-value");
        List<String> spring = row(page, "spring");
        assertThat(spring).containsExactly("30 / 200", "15.00%", spring.get(2), "1.50", "10 / 100", "1.50",
                "0.2298", "0.4595");   // revenue 300.00 / 200 contacted = 1.50
        List<String> twelve = row(page, "no-control");
        assertThat(twelve.subList(0, 3)).containsExactly("12 / 80", "15.00%", "8.79% – 24.41%");
        assertThat(twelve.get(4)).isEqualTo("no control");
        assertThat(row(page, "nobody").subList(0, 3)).containsExactly("0 / 0", "–", "–");
        assertThat(page.select("#responses svg circle.point")).hasSize(3);
        assertThat(page.select("#responses svg text.tick").eachText()).contains("nobody contacted", "0%");

        JsonNode rows = new ObjectMapper().readTree(report.toJson()).get("responses").get("rows");
        assertThat(rows.get(2).get("wilson95").get("low").asDouble()).isCloseTo(0.0879, within(5e-5));
        assertThat(rows.get(2).get("wilson95").get("high").asDouble()).isCloseTo(0.2441, within(5e-5));
        assertThat(rows.get(0).get("control").get("lift").asDouble()).isCloseTo(1.5, within(1e-12));
        assertThat(rows.get(0).get("control").get("pValue").asDouble()).isCloseTo(P, within(5e-7));
        assertThat(rows.get(1).get("control").get("adjustedPValue").asDouble()).isCloseTo(2 * P, within(1e-6));
        assertThat(rows.get(2).get("control").isNull()).isTrue();
    }

    private static List<String> row(Document page, String name) {
        Element row = page.selectFirst("#responses tr[data-segment=" + name + "]");
        assertThat(row).as(name).isNotNull();
        return row.select("td").eachText();
    }
}
