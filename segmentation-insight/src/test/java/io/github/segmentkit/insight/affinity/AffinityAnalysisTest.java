package io.github.segmentkit.insight.affinity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Affinity on the bundled Online Retail sample (20 % of the UCI customers; Chen, D. (2015), Online Retail, UCI Machine
 * Learning Repository, CC BY 4.0, see segmentation-examples' DATA-SOURCES.md): customers are the ids in the file with
 * their country and number of invoices, items are stock codes. The expected figures are computed here with plain
 * maps and sets of ids, never through the library.
 */
class AffinityAnalysisTest {
    private static final CategoricalAttribute COUNTRY = Attribute.ofCategorical("country");
    private static final LongAttribute INVOICES = Attribute.ofLong("invoices");

    record Shopper(long id, String country, long invoices) {
    }

    private static final Map<Long, Shopper> SHOPPERS = new LinkedHashMap<>();
    private static final List<Purchase> PURCHASES = new ArrayList<>();
    private static final Map<String, Predicate<Shopper>> SEGMENTS = new LinkedHashMap<>();

    @BeforeAll
    static void read() throws IOException {
        Map<Long, Set<String>> invoices = new HashMap<>();
        Map<Long, String> countries = new LinkedHashMap<>();
        // the examples' copy (1.4 MB), read in place rather than copied once more
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(
                Path.of("../segmentation-examples/src/main/resources/data/online_retail_sample20.csv.gz"))),
                StandardCharsets.UTF_8))) {
            in.readLine();   // InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                // descriptions may hold quoted commas: the fields needed are the first two and the last four
                String[] head = line.split(",", 3);
                String[] tail = line.substring(line.lastIndexOf(',', line.lastIndexOf(',') - 1) + 1).split(",");
                String customer = tail[0];
                String invoice = head[0];
                if (customer.isEmpty() || invoice.startsWith("C")) {
                    continue;   // guests and cancellations
                }
                long id = (long) Double.parseDouble(customer);
                countries.putIfAbsent(id, tail[1]);
                invoices.computeIfAbsent(id, k -> new HashSet<>()).add(invoice);
                PURCHASES.add(new Purchase(id, head[1]));
            }
        }
        countries.forEach((id, country) -> SHOPPERS.put(id, new Shopper(id, country, invoices.get(id).size())));
        SEGMENTS.put("uk", s -> s.country().equals("United Kingdom"));
        SEGMENTS.put("abroad", s -> !s.country().equals("United Kingdom"));
        SEGMENTS.put("frequent", s -> s.invoices() >= 10);
        SEGMENTS.put("nobody", s -> s.invoices() < 0);
    }

    private static SegmentationResult segment() {
        CustomerSchema<Shopper> schema = CustomerSchema.builder(Shopper::id)
                .categorical(COUNTRY, Shopper::country).numeric(INVOICES, Shopper::invoices).build();
        return Segmenter.builder(schema)
                .add(Segment.named("uk").where(COUNTRY.eq("United Kingdom")))
                .add(Segment.named("abroad").where(COUNTRY.eq("United Kingdom").negate()))
                .add(Segment.named("frequent").where(INVOICES.ge(10L)))
                .add(Segment.named("nobody").where(INVOICES.lt(0L)))
                .build().segment(SHOPPERS.values());
    }

    @Test
    void should_rank_items_by_lift_then_support_then_name_above_the_minimum_support() {
        AffinityReport report = AffinityAnalysis.withMinimumSupport(0.05).topN(8).analyse(segment(), PURCHASES);
        assertThat(report.customers()).isEqualTo(SHOPPERS.size()).isGreaterThan(800);
        assertThat(report.unmatchedPurchases()).isZero();

        Map<String, Set<Long>> buyers = new HashMap<>();
        PURCHASES.forEach(p -> buyers.computeIfAbsent(p.item(), k -> new HashSet<>()).add(p.customerId()));
        for (Map.Entry<String, Predicate<Shopper>> segment : SEGMENTS.entrySet()) {
            Set<Long> members = new HashSet<>();
            SHOPPERS.values().stream().filter(segment.getValue()).forEach(s -> members.add(s.id()));
            record Expected(String item, int bought, double support, double lift) {
            }
            List<Expected> expected = new ArrayList<>();
            for (Map.Entry<String, Set<Long>> item : buyers.entrySet()) {
                int bought = (int) item.getValue().stream().filter(members::contains).count();
                double support = members.isEmpty() ? 0 : bought / (double) members.size();
                if (bought > 0 && support >= 0.05) {
                    expected.add(new Expected(item.getKey(), bought, support,
                            support / (item.getValue().size() / (double) SHOPPERS.size())));
                }
            }
            expected.sort(Comparator.comparing(Expected::lift, Comparator.reverseOrder())
                    .thenComparing(Expected::support, Comparator.reverseOrder()).thenComparing(Expected::item));
            List<Expected> top = expected.subList(0, Math.min(8, expected.size()));

            SegmentAffinity actual = report.segment(segment.getKey());
            assertThat(actual.members()).isEqualTo(members.size());
            assertThat(actual.top()).extracting(ItemAffinity::item).as(segment.getKey())
                    .isEqualTo(top.stream().map(Expected::item).toList());
            for (int i = 0; i < top.size(); i++) {
                ItemAffinity item = actual.top().get(i);
                assertThat(item.buyers()).isEqualTo(top.get(i).bought());
                assertThat(item.support()).isCloseTo(top.get(i).support(), within(1e-12));
                assertThat(item.lift()).isCloseTo(top.get(i).lift(), within(1e-9));
                assertThat(item.populationSupport()).isCloseTo(
                        buyers.get(item.item()).size() / (double) SHOPPERS.size(), within(1e-12));
            }
        }
        assertThat(report.segment("abroad").top()).isNotEmpty();
        assertThat(report.segment("nobody").top()).isEmpty();
    }

    @Test
    void should_break_ties_by_item_and_keep_an_item_exactly_at_the_minimum_support() {
        CustomerSchema<Shopper> schema = CustomerSchema.builder(Shopper::id)
                .categorical(COUNTRY, Shopper::country).numeric(INVOICES, Shopper::invoices).build();
        List<Shopper> shoppers = List.of(new Shopper(1, "A", 1), new Shopper(2, "A", 1), new Shopper(3, "A", 1),
                new Shopper(4, "A", 1), new Shopper(5, "B", 1), new Shopper(6, "B", 1));
        SegmentationResult result = Segmenter.builder(schema).add(Segment.named("a").where(COUNTRY.eq("A")))
                .build().segment(shoppers);
        // in "a" (4 members): pear and apple by 2 (support 0.5, lift 0.5 / (2/6) = 1.5), fig by 1 (0.25, 1.5),
        // plum by 1 of its 2 buyers (0.25, 0.75)
        List<Purchase> purchases = List.of(new Purchase(1, "pear"), new Purchase(2, "pear"), new Purchase(3, "apple"),
                new Purchase(4, "apple"), new Purchase(4, "apple"), new Purchase(1, "fig"), new Purchase(2, "plum"),
                new Purchase(5, "plum"), new Purchase(99, "fig"));
        AffinityReport report = AffinityAnalysis.withMinimumSupport(0.25).analyse(result, purchases);
        assertThat(report.segment("a").top()).extracting(ItemAffinity::item)
                .containsExactly("apple", "pear", "fig", "plum");
        assertThat(report.segment("a").top().get(0).lift()).isCloseTo(1.5, within(1e-12));
        assertThat(report.unmatchedPurchases()).isEqualTo(1);
        assertThat(AffinityAnalysis.withMinimumSupport(0.3).analyse(result, purchases).segment("a").top())
                .extracting(ItemAffinity::item).containsExactly("apple", "pear");
        assertThat(report.toJson()).contains("\"item\" : \"apple\"", "\"unmatchedPurchases\" : 1");
    }

    @Test
    void should_refuse_a_minimum_support_outside_zero_to_one() {
        assertThatThrownBy(() -> AffinityAnalysis.withMinimumSupport(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("minimum support must be in [0, 1], got 1.5");
    }
}
