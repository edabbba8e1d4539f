package io.github.segmentkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.result.SegmentationResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's counts on the real dataset equal those of a separate, hand-written computation: this test reads the
 * raw file itself with Apache Commons CSV directly (no code shared with the library's loader or engine) and filters
 * the rows with plain predicates.
 */
class DemoCommandTest {
    private static List<Map<String, String>> rows;

    @BeforeAll
    static void readRawFile() throws IOException {
        try (InputStream in = DemoCommandTest.class.getResourceAsStream("/data/marketing_campaign.csv");
                CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter('\t').setQuote(null)
                        .setIgnoreEmptyLines(true).setHeader().setSkipHeaderRecord(true).get()
                        .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            rows = parser.stream().map(record -> Map.copyOf(record.toMap())).toList();
        }
    }

    private static int num(Map<String, String> row, String column) {
        return Integer.parseInt(row.get(column));
    }

    private static boolean incomeAtLeast(Map<String, String> row, double floor) {
        String income = row.get("Income");
        return !income.isEmpty() && Double.parseDouble(income) >= floor;
    }

    private static int spend(Map<String, String> row) {
        return Stream.of("MntWines", "MntFruits", "MntMeatProducts", "MntFishProducts", "MntSweetProducts",
                "MntGoldProds").mapToInt(c -> num(row, c)).sum();
    }

    private static long count(Predicate<Map<String, String>> predicate) {
        return rows.stream().filter(predicate).count();
    }

    @Test
    void should_match_the_published_shape_of_the_dataset() {
        // SOURCE.md: 2,240 customers, 24 without income
        assertThat(rows).hasSize(2240);
        assertThat(count(r -> r.get("Income").isEmpty())).isEqualTo(24);
    }

    @Test
    void should_print_counts_equal_to_an_independent_computation() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        SegmentationResult result = DemoCommand.run(new PrintStream(printed, true, StandardCharsets.UTF_8));

        Predicate<Map<String, String>> bigSpender = r -> spend(r) >= 1500;
        Predicate<Map<String, String>> lapsed = r -> num(r, "Recency") > 75;
        LocalDate twoYearsBefore = LocalDate.of(2014, 12, 31).minusDays(730);
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("high-income-families", count(r -> incomeAtLeast(r, 75_000)
                && (num(r, "Kidhome") >= 1 || num(r, "Teenhome") >= 1)));
        expected.put("young-adults", count(r -> 2014 - num(r, "Year_Birth") >= 18 && 2014 - num(r, "Year_Birth") <= 34));
        expected.put("postgraduates", count(r -> r.get("Education").equals("Master") || r.get("Education").equals("PhD")));
        expected.put("frequent-web-buyers", count(r -> num(r, "NumWebPurchases") >= 8));
        expected.put("store-loyal", count(r -> num(r, "NumStorePurchases") >= 10 && num(r, "NumWebPurchases") <= 2));
        expected.put("lapsed", count(lapsed));
        expected.put("big-spenders", count(bigSpender));
        expected.put("deal-seekers", count(r -> num(r, "NumDealsPurchases") >= 5));
        expected.put("campaign-responders", count(r -> Stream.of("AcceptedCmp1", "AcceptedCmp2", "AcceptedCmp3",
                "AcceptedCmp4", "AcceptedCmp5", "Response").anyMatch(c -> r.get(c).equals("1"))));
        expected.put("long-standing", count(r -> {
            String[] dmy = r.get("Dt_Customer").split("-");
            LocalDate since = LocalDate.of(Integer.parseInt(dmy[2]), Integer.parseInt(dmy[1]), Integer.parseInt(dmy[0]));
            return since.isBefore(twoYearsBefore);
        }));
        expected.put("income-unknown", count(r -> r.get("Income").isEmpty()));
        expected.put("big-spenders-at-risk", count(bigSpender.and(lapsed)));

        Map<String, Long> actual = new LinkedHashMap<>();
        result.segmentNames().forEach(name -> actual.put(name, (long) result.count(name)));
        assertThat(actual).containsExactlyEntriesOf(expected);
        assertThat(result.customerCount()).isEqualTo(2240);

        String table = printed.toString(StandardCharsets.UTF_8);
        expected.forEach((name, count) -> assertThat(table).containsPattern(name + " +" + count + " "));
        assertThat(table).containsPattern("\\(all customers\\) +2240 +100\\.0%");
    }
}
