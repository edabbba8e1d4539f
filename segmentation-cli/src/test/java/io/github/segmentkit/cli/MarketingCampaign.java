package io.github.segmentkit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The bundled Customer Personality Analysis file read by hand (split on tabs, no library code), and the segments of
 * examples/marketing_campaign.seg written again as plain Java predicates: the independent side of the tests.
 */
final class MarketingCampaign {
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    private MarketingCampaign() {
    }

    /** One row: cells by header name. */
    record Row(Map<String, String> cells) {
        long id() {
            return Long.parseLong(cells.get("ID"));
        }

        long whole(String column) {
            return Long.parseLong(cells.get(column));
        }

        boolean incomeKnown() {
            return !cells.get("Income").isBlank();
        }

        double income() {
            return Double.parseDouble(cells.get("Income"));
        }

        LocalDate since() {
            return LocalDate.parse(cells.get("Dt_Customer"), DAY_MONTH_YEAR);
        }
    }

    static List<Row> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = lines.get(0).strip().split("\t", -1);
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.replace("\r", "").split("\t", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(new Row(row));
        }
        return rows;
    }

    /** The segments of examples/marketing_campaign.seg as of {@code asOf}, in its order, by hand. */
    static Map<String, Predicate<Row>> segments(LocalDate asOf) {
        Map<String, Predicate<Row>> segments = new LinkedHashMap<>();
        segments.put("high-income-families", r -> r.incomeKnown() && r.income() >= 75000.0
                && (r.whole("Kidhome") >= 1 || r.whole("Teenhome") >= 1));
        segments.put("born-1980-or-later", r -> r.whole("Year_Birth") >= 1980);
        segments.put("postgraduates", r -> Set.of("Master", "PhD").contains(r.cells().get("Education")));
        segments.put("frequent-web-buyers", r -> r.whole("NumWebPurchases") >= 8);
        segments.put("store-loyal", r -> r.whole("NumStorePurchases") >= 10 && r.whole("NumWebPurchases") <= 2);
        segments.put("lapsed", r -> r.whole("Recency") > 75);
        segments.put("deal-seekers", r -> r.whole("NumDealsPurchases") >= 5);
        segments.put("campaign-responders", r -> r.whole("Response") == 1);
        segments.put("long-standing", r -> r.since().isBefore(asOf.minusDays(730)));
        segments.put("income-unknown", r -> !r.incomeKnown());
        segments.put("wine-lovers-at-risk", r -> r.whole("MntWines") >= 500 && r.whole("Recency") > 75);
        return segments;
    }

    /** The members of every segment, ids in file order. */
    static Map<String, Set<Long>> members(List<Row> rows, LocalDate asOf) {
        Map<String, Set<Long>> members = new LinkedHashMap<>();
        segments(asOf).forEach((name, test) -> {
            Set<Long> ids = new LinkedHashSet<>();
            rows.stream().filter(test).forEach(r -> ids.add(r.id()));
            members.put(name, ids);
        });
        return members;
    }

    /** The tenure bucket of examples/tenure.seg of one row, by hand. */
    static String tenure(Row row, LocalDate asOf) {
        if (row.since().isBefore(asOf.minusDays(730))) {
            return "tenure-over-2-years";
        }
        return row.since().isBefore(asOf.minusDays(365)) ? "tenure-1-to-2-years" : "tenure-under-1-year";
    }
}
