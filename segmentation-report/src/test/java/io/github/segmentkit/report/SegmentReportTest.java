package io.github.segmentkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.segmentkit.report.BundledCustomers.Customer;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of the bundled data, read back with a real HTML5 parser (jsoup) and as JSON: every expected figure is
 * computed here from the raw CSV by plain Java, never taken from the analyses or the report.
 */
class SegmentReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static BundledReport bundled;
    private static String html;
    private static Document page;
    private static JsonNode json;

    @TempDir
    Path dir;

    @BeforeAll
    static void render() throws IOException {
        bundled = new BundledReport();
        html = bundled.report().toHtml();
        page = parseStrictly(html);
        json = JSON.readTree(bundled.report().toJson());
    }

    static Document parseStrictly(String text) {
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document document = Jsoup.parse(text, "", parser);
        assertThat(parser.getErrors()).as("HTML5 parse errors").isEmpty();
        return document;
    }

    @Test
    void should_be_a_well_formed_html5_page_with_every_section() {
        assertThat(html).startsWith("<!DOCTYPE html>\n");
        assertThat(page.select("head > meta[charset]").attr("charset")).isEqualTo("utf-8");
        assertThat(page.title()).isEqualTo("Customer Personality, December 2014");
        assertThat(page.select("body > section").eachAttr("id")).containsExactly("sizes", "profiles", "top-values",
                "overlap", "responses", "movement", "affinity", "explanations");
        assertThat(page.select("nav a").eachAttr("href")).containsExactly("#sizes", "#profiles", "#top-values",
                "#overlap", "#responses", "#movement", "#affinity", "#explanations");
        assertThat(page.select("section svg")).hasSize(3);   // sizes, overlap, response intervals
    }

    @Test
    void should_load_nothing_from_anywhere() {
        assertThat(page.select("script, link, img, iframe, object, embed, audio, video, source, base, use, image"))
                .isEmpty();
        assertThat(linksOutOf(page)).isEmpty();
        String css = page.select("style").html() + String.join("", page.select("[style]").eachAttr("style"));
        assertThat(css).doesNotContain("url(").doesNotContain("@import").doesNotContain("@font-face");
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("http:").doesNotContain("https:")
                .doesNotContain("//");
    }

    /** Every attribute that could load or run something: a source, a link off the page, an event handler. */
    static List<String> linksOutOf(Document document) {
        List<String> found = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                boolean loads = Set.of("src", "srcset", "xlink:href", "action", "formaction", "data", "poster",
                        "background").contains(key) || key.startsWith("on")
                        || key.equals("href") && !attribute.getValue().startsWith("#");
                if (loads) {
                    found.add(element.tagName() + " " + attribute);
                }
            }
        }
        return found;
    }

    @Test
    void should_print_without_cutting_tables_or_charts() {
        String css = page.select("style").html();
        assertThat(css).contains("@media print").contains("@page").contains("thead { display: table-header-group; }")
                .contains("break-inside: avoid").contains("overflow: visible");
    }

    @Test
    void should_show_the_segment_sizes_counted_from_the_raw_file() {
        List<Customer> customers = bundled.customers;
        long wine = customers.stream().filter(c -> c.wine() >= 500).count();
        long lapsed = customers.stream().filter(c -> c.recency() > 75).count();
        long postgraduates = customers.stream().filter(c -> c.education().equals("Master")
                || c.education().equals("PhD")).count();
        assertThat(customers).hasSize(2240);

        List<String> values = page.select("#sizes svg text.value").eachText();
        assertThat(page.select("#sizes svg text.label").eachText())
                .containsExactly("wine-lovers", "lapsed", "postgraduates", "everyone");
        assertThat(values).containsExactly(sizeLabel(wine), sizeLabel(lapsed), sizeLabel(postgraduates),
                "2,240 · 100.0%");
        JsonNode sizes = json.get("sizes");
        assertThat(sizes.get("customers").asInt()).isEqualTo(2240);
        assertThat(sizes.get("segments").get(0).get("size").asLong()).isEqualTo(wine);
        assertThat(sizes.get("segments").get(1).get("share").asDouble()).isCloseTo(lapsed / 2240.0, within(1e-12));
    }

    private static String sizeLabel(long size) {
        return String.format(Locale.ROOT, "%,d · %.1f%%", size, size * 100.0 / 2240);
    }

    @Test
    void should_show_means_and_indexes_computed_from_the_raw_file() {
        Predicate<Customer> lapsed = c -> c.recency() > 75;
        double populationIncome = meanIncome(c -> true);
        double lapsedIncome = meanIncome(lapsed);
        double lapsedWine = bundled.customers.stream().filter(lapsed).mapToLong(Customer::wine).average()
                .orElseThrow();
        double populationWine = bundled.customers.stream().mapToLong(Customer::wine).average().orElseThrow();

        Element income = cell("lapsed", "income");
        assertThat(number(income.selectFirst(".mean").text())).isCloseTo(lapsedIncome, within(0.5));
        assertThat(number(income.selectFirst(".index").text()))
                .isCloseTo(lapsedIncome / populationIncome * 100, within(0.5));
        Element wine = cell("lapsed", "wine_spend");
        assertThat(number(wine.selectFirst(".mean").text())).isCloseTo(lapsedWine, within(0.05));
        Element postgraduateWine = cell("postgraduates", "wine_spend");
        double postgraduateIndex = bundled.customers.stream().filter(c -> c.education().equals("Master")
                || c.education().equals("PhD")).mapToLong(Customer::wine).average().orElseThrow()
                / populationWine * 100;
        assertThat(postgraduateIndex).isGreaterThan(120);   // so the cell must be in the high band
        assertThat(postgraduateWine.hasClass("high")).isTrue();
        assertThat(postgraduateWine.selectFirst(".index").text()).startsWith("▲ ");
        assertThat(number(postgraduateWine.selectFirst(".index").text())).isCloseTo(postgraduateIndex, within(0.5));
        Element everyone = cell("everyone", "income");
        assertThat(everyone.selectFirst(".index").text()).isEqualTo("100");
        assertThat(everyone.hasClass("high") || everyone.hasClass("low")).isFalse();

        JsonNode lapsedProfile = json.get("profiles").get("segments").get(1);
        assertThat(lapsedProfile.get("segment").asText()).isEqualTo("lapsed");
        assertThat(lapsedProfile.get("numeric").get(0).get("attribute").asText()).isEqualTo("income");
        assertThat(lapsedProfile.get("numeric").get(0).get("mean").asDouble()).isCloseTo(lapsedIncome,
                within(1e-6));
        assertThat(page.select("#profiles .legend span").eachText()).containsExactly("▼ index below 80",
                "index 80 to 120", "▲ index above 120");
        assertThat(page.select("#profiles thead th").eachText()).containsExactly("attribute",
                "all customers (mean)", "wine-lovers", "lapsed", "postgraduates", "everyone");
    }

    private static double meanIncome(Predicate<Customer> segment) {
        return bundled.customers.stream().filter(segment).filter(c -> c.income() != null)
                .mapToDouble(Customer::income).average().orElseThrow();
    }

    private static Element cell(String segment, String attribute) {
        Element cell = page.selectFirst("#profiles td[data-segment=" + segment + "][data-attribute=" + attribute
                + "]");
        assertThat(cell).as(segment + " × " + attribute).isNotNull();
        return cell;
    }

    /** The number in a cell's text: signs, separators and per cent signs dropped. */
    private static double number(String text) {
        return Double.parseDouble(text.replaceAll("[^0-9.\\-]", ""));
    }

    @Test
    void should_show_the_top_value_of_each_categorical_attribute() {
        long phds = bundled.customers.stream().filter(c -> c.education().equals("PhD")).count();
        long postgraduates = bundled.customers.stream().filter(c -> c.education().equals("Master")
                || c.education().equals("PhD")).count();
        Element cell = page.selectFirst("#top-values td[data-segment=postgraduates][data-attribute=education]");
        assertThat(cell.selectFirst(".value").text()).isEqualTo("PhD");
        assertThat(cell.selectFirst(".mean").text()).startsWith(String.format(Locale.ROOT, "%.1f%%",
                phds * 100.0 / postgraduates));
    }

    @Test
    void should_show_the_jaccard_index_of_each_pair() {
        Predicate<Customer> wine = c -> c.wine() >= 500;
        Predicate<Customer> lapsed = c -> c.recency() > 75;
        long both = bundled.customers.stream().filter(wine.and(lapsed)).count();
        long either = bundled.customers.stream().filter(wine.or(lapsed)).count();

        List<String> cells = page.select("#overlap svg text.cell").eachText();
        assertThat(cells).hasSize(16);
        assertThat(cells.get(1)).isEqualTo(String.format(Locale.ROOT, "%.2f", (double) both / either));
        assertThat(cells.get(0)).isEqualTo("1.00");
        assertThat(json.get("profiles").get("overlap").get("counts").get(0).get(1).asLong()).isEqualTo(both);
    }

    @Test
    void should_show_the_response_to_the_last_campaign_with_its_wilson_interval() {
        long responders = bundled.customers.stream().filter(Customer::responded).count();
        assertThat(responders).isEqualTo(334);
        double[] wilson = wilson95(334, 2240);

        Element everyone = page.selectFirst("#responses tr[data-segment=everyone]");
        List<String> cells = everyone.select("td").eachText();
        assertThat(cells.get(0)).isEqualTo("334 / 2,240");
        assertThat(cells.get(1)).isEqualTo(String.format(Locale.ROOT, "%.2f%%", 33400.0 / 2240));
        assertThat(cells.get(2)).isEqualTo(String.format(Locale.ROOT, "%.2f%% – %.2f%%", wilson[0] * 100,
                wilson[1] * 100));
        JsonNode row = json.get("responses").get("rows").get(3);
        assertThat(row.get("responded").asLong()).isEqualTo(334);
        assertThat(row.get("contacted").asLong()).isEqualTo(2240);
        assertThat(row.get("wilson95").get("low").asDouble()).isCloseTo(wilson[0], within(1e-12));
        assertThat(row.get("wilson95").get("high").asDouble()).isCloseTo(wilson[1], within(1e-12));
        assertThat(page.select("#responses svg circle.point")).hasSize(4);
        assertThat(page.select("#responses th").eachText()).doesNotContain("Holm p-value")   // no control here
                .doesNotContain("revenue per contacted");   // nor any revenue
    }

    /** DOMAIN's Wilson score interval at z = 1.959964, written out here apart from the library's. */
    static double[] wilson95(long x, long n) {
        double z = 1.959963984540054;
        double p = (double) x / n;
        double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n));
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    @Test
    void should_show_the_movement_counts_with_their_row_shares() {
        Element cell = page.selectFirst("#movement td[data-from=active][data-to=lapsed]");
        assertThat(cell.selectFirst(".count").text()).isEqualTo("250");
        assertThat(cell.selectFirst(".mean").text()).isEqualTo("25.0%");   // 250 of 700 + 250 + 50
        assertThat(page.select("#movement td.total").eachText()).containsExactly("1,000", "400");
        assertThat(json.get("movement").get("counts").get(1).get(0).asLong()).isEqualTo(100);
    }

    @Test
    void should_show_the_products_each_segment_buys_with_support_and_lift() {
        Predicate<Customer> lapsed = c -> c.recency() > 75;
        long members = bundled.customers.stream().filter(lapsed).count();
        long fruitBuyers = bundled.customers.stream().filter(lapsed).filter(c -> c.bought().contains("fruit"))
                .count();
        long allFruitBuyers = bundled.customers.stream().filter(c -> c.bought().contains("fruit")).count();
        double lift = ((double) fruitBuyers / members) / ((double) allFruitBuyers / 2240);

        Element row = page.selectFirst("#affinity .card[data-segment=lapsed] tr[data-item=fruit]");
        List<String> cells = row.select("td").eachText();
        assertThat(cells.get(0)).isEqualTo(String.format(Locale.ROOT, "%,d", fruitBuyers));
        assertThat(cells.get(1)).isEqualTo(String.format(Locale.ROOT, "%.1f%%", fruitBuyers * 100.0 / members));
        assertThat(number(cells.get(2))).isCloseTo(lift, within(0.005));
        assertThat(page.select("#affinity .card")).hasSize(4);
    }

    @Test
    void should_show_each_explanation_tree_with_values_and_shortfalls() {
        List<Element> cards = page.select("#explanations .explanation");
        assertThat(cards).hasSize(2);
        Element member = cards.get(0);
        assertThat(member.attr("data-customer")).isEqualTo("5524");
        assertThat(member.selectFirst("h3").text()).isEqualTo("customer 5524 in wine-lovers: member");
        assertThat(member.selectFirst(".tree .detail").text()).isEqualTo("wine_spend 635; needs >= 500");
        Element outsider = cards.get(1);
        assertThat(outsider.selectFirst("h3").text()).isEqualTo("customer 2174 in wine-lovers: not a member");
        assertThat(outsider.selectFirst(".tree .truth").text()).isEqualTo("FALSE");
        assertThat(outsider.selectFirst(".tree .detail").text()).isEqualTo("wine_spend 11; needs >= 500: "
                + (500 - 11) + " below");
        assertThat(json.get("explanations").get(1).get("truth").asText()).isEqualTo("FALSE");
        assertThat(json.get("explanations").get(1).get("customerId").asLong()).isEqualTo(2174);
    }

    @Test
    void should_give_the_same_bytes_for_the_same_inputs() throws IOException {
        BundledReport again = new BundledReport();
        assertThat(again.report().toHtml()).isEqualTo(html);
        assertThat(again.report().toJson()).isEqualTo(bundled.report().toJson());

        Path file = dir.resolve("report.html");
        bundled.report().writeHtml(file);
        StringWriter out = new StringWriter();
        bundled.report().writeHtml(out);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(html).isEqualTo(out.toString());
        Path figures = dir.resolve("report.json");
        bundled.report().writeJson(figures);
        assertThat(JSON.readTree(figures.toFile())).isEqualTo(json);
        bundled.report().writeHtml(file);   // replaces it, leaving no temporary file behind
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("report.html",
                    "report.json");
        }
    }

    @Test
    void should_write_a_fixed_json_shape_with_null_for_what_was_not_given() throws IOException {
        JsonNode empty = JSON.readTree(SegmentReport.builder().build().toJson());
        assertThat(empty.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(empty.get("title").asText()).isEqualTo("Segment report");
        assertThat(List.of("sizes", "profiles", "responses", "movement", "affinity", "explanations"))
                .allSatisfy(field -> assertThat(empty.get(field).isNull()).as(field).isTrue());
        assertThat(json.fieldNames()).toIterable().containsExactly("formatVersion", "title", "sizes", "profiles",
                "responses", "movement", "affinity", "explanations");
        Document bare = parseStrictly(SegmentReport.builder().build().toHtml());
        assertThat(bare.select("section")).isEmpty();
    }
}
