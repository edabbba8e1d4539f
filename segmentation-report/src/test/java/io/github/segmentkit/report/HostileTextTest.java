package io.github.segmentkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.criteria.Criteria;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.campaign.movement.SegmentMovement;
import io.github.segmentkit.campaign.response.Outcome;
import io.github.segmentkit.campaign.response.Outcomes;
import io.github.segmentkit.campaign.response.ResponseAnalysis;
import io.github.segmentkit.core.engine.ColumnarSegmenter;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.insight.affinity.AffinityAnalysis;
import io.github.segmentkit.insight.affinity.Purchase;
import io.github.segmentkit.insight.explain.Explainer;
import io.github.segmentkit.insight.profile.Profiler;
import java.io.IOException;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Text from the data is shown, never run: segment names, category values, items and movement categories that are
 * markup, and names in Urdu and Telugu, come out as the same text and add no element.
 */
class HostileTextTest {
    static final String SCRIPT = "<script>alert('segment')</script>";
    static final String BREAKOUT = "\"><svg onload=alert(1)>";
    static final String IMAGE = "<img src=x onerror=alert(2)>";
    static final String URDU = "وفادار گاہک";
    static final String TELUGU = "నమ్మకమైన కస్టమర్లు";
    static final String CITY = "</td></tr></table><iframe src=//evil.example>";

    static final LongAttribute ORDERS = Attribute.ofLong("orders");
    static final CategoricalAttribute CITY_ATTRIBUTE = Attribute.ofCategorical("city & <region>");

    record Customer(long id, long orders, String city) {
    }

    @Test
    void should_show_markup_in_names_and_values_as_text() throws IOException {
        CustomerSchema<Customer> schema = CustomerSchema.builder(Customer::id).numeric(ORDERS, Customer::orders)
                .categorical(CITY_ATTRIBUTE, Customer::city).build();
        List<Segment> segments = List.of(Segment.named(SCRIPT).where(ORDERS.ge(2L)),
                Segment.named(BREAKOUT).where(Criteria.inSegment(SCRIPT)),
                Segment.named(URDU).where(ORDERS.lt(2L)),
                Segment.named(TELUGU).where(CITY_ATTRIBUTE.in(CITY)));
        List<Customer> customers = List.of(new Customer(1, 1, CITY), new Customer(2, 3, "کراچی"),
                new Customer(3, 5, CITY), new Customer(4, 0, "హైదరాబాద్"));
        CustomerTable<Customer> table = CustomerTable.of(schema, customers);
        SegmentationResult result = ColumnarSegmenter.of(Segmenter.builder(schema).addAll(segments).build())
                .segment(table);
        SegmentReport report = SegmentReport.builder().title(SCRIPT + " " + URDU).description(BREAKOUT)
                .profiles(Profiler.create().profile(table, result))
                .responses(ResponseAnalysis.bySegment(result, Outcomes.of(List.of(Outcome.of(1, true, true),
                        Outcome.of(2, true, false), Outcome.of(3, true, true), Outcome.of(4, true, false)))))
                .movement(new SegmentMovement(List.of(SCRIPT, TELUGU), List.of(IMAGE, URDU),
                        List.of(List.of(1L, 2L), List.of(3L, 4L))))
                .affinity(AffinityAnalysis.withMinimumSupport(0.0).analyse(result, List.of(new Purchase(2, SCRIPT),
                        new Purchase(3, IMAGE), new Purchase(4, URDU))))
                .explanations(List.of(Explainer.of(schema, segments, BundledReport.AS_OF)
                        .explain(customers.get(0), BREAKOUT)))
                .build();

        Document page = SegmentReportTest.parseStrictly(report.toHtml());

        assertThat(page.select("script, svg svg, img, iframe")).isEmpty();
        assertThat(SegmentReportTest.linksOutOf(page)).isEmpty();
        assertThat(page.title()).isEqualTo(SCRIPT + " " + URDU);
        // a label longer than the chart's room is cut, with the whole name in its tooltip
        assertThat(page.select("#sizes svg text.label").stream().map(HostileTextTest::fullLabel))
                .containsExactly(SCRIPT, BREAKOUT, URDU, TELUGU);
        assertThat(page.select("#sizes svg text.label").get(0).ownText()).isEqualTo(SCRIPT.substring(0, 31) + "…");
        assertThat(page.select("#profiles thead th").eachText()).contains(SCRIPT, BREAKOUT, URDU, TELUGU);
        assertThat(page.select("#top-values thead th").eachText()).containsExactly("segment", "city & <region>");
        assertThat(page.select("#top-values tbody th").eachText()).containsExactly("all customers", SCRIPT,
                BREAKOUT, URDU, TELUGU);
        assertThat(page.select("#top-values td .value").eachText()).contains(CITY);
        assertThat(page.select("#responses tbody th").eachText()).containsExactly(SCRIPT, BREAKOUT, URDU, TELUGU);
        assertThat(page.select("#movement tbody th").eachText()).containsExactly(SCRIPT, TELUGU);
        assertThat(page.select("#movement thead th").eachText()).contains(IMAGE, URDU);
        assertThat(page.select("#affinity tbody th").eachText()).contains(SCRIPT, IMAGE, URDU);
        assertThat(page.select("#explanations h3 q").eachText()).containsExactly(BREAKOUT);
        assertThat(page.select("#explanations .tree code").eachText()).anyMatch(c -> c.contains(SCRIPT));
        // the page's own tables are intact: the value's </table> closed none of them
        assertThat(page.select("#top-values table")).hasSize(1);
        assertThat(page.select("#top-values tbody tr")).hasSize(5);

        JsonNode json = new ObjectMapper().readTree(report.toJson());
        assertThat(json.get("title").asText()).isEqualTo(SCRIPT + " " + URDU);
        assertThat(json.get("sizes").get("segments").get(2).get("segment").asText()).isEqualTo(URDU);
    }

    private static String fullLabel(Element text) {
        Element title = text.selectFirst("title");
        return title != null ? title.text() : text.ownText();
    }

    @Test
    void should_escape_the_five_characters_that_end_text_or_an_attribute() {
        assertThat(io.github.segmentkit.report.internal.Html.escape("<a href=\"x\" title='y'>&</a> ڈ"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt; ڈ");
    }
}
