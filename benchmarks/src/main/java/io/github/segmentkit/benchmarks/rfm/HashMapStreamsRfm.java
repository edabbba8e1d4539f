package io.github.segmentkit.benchmarks.rfm;

import io.github.segmentkit.classifiers.behavioral.rfm.transactions.Transaction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * What a developer writes without the library: group the cleaned lines by customer with streams into a
 * {@code HashMap}, compute the metrics per group, then the pandas-style quintiles by sorting, and the segment with
 * the published regular expressions (with the canonical snake_case names). Exact (BigDecimal money, exact quantile
 * positions) so that its segments can be compared with the library's one for one. Cancellations are invoices
 * starting with {@code C}, as generated.
 */
public final class HashMapStreamsRfm {
    private static final Map<Pattern, String> SEGMENTS = segments();

    private HashMapStreamsRfm() {
    }

    private static Map<Pattern, String> segments() {
        Map<Pattern, String> map = new java.util.LinkedHashMap<>();
        map.put(Pattern.compile("[1-2][1-2]"), "hibernating");
        map.put(Pattern.compile("[1-2][3-4]"), "at_risk");
        map.put(Pattern.compile("[1-2]5"), "cannot_lose_them");
        map.put(Pattern.compile("3[1-2]"), "about_to_sleep");
        map.put(Pattern.compile("33"), "need_attention");
        map.put(Pattern.compile("[3-4][4-5]"), "loyal_customers");
        map.put(Pattern.compile("41"), "promising");
        map.put(Pattern.compile("51"), "new_customers");
        map.put(Pattern.compile("[4-5][2-3]"), "potential_loyalists");
        map.put(Pattern.compile("5[4-5]"), "champions");
        return map;
    }

    /** One customer's metrics. */
    record Metrics(long recency, long frequency, BigDecimal monetary) {
    }

    /** Step 1: the cleaned lines grouped by customer (this holds every kept line). */
    static Map<Long, List<Transaction>> group(Stream<Transaction> lines) {
        return lines.filter(t -> t.customerId() != null)
                .filter(t -> !t.invoice().startsWith("C"))
                .filter(t -> t.quantity() > 0)
                .filter(t -> t.unitPrice().signum() > 0)
                .collect(Collectors.groupingBy(Transaction::customerId, HashMap::new, Collectors.toList()));
    }

    /** Step 2: segment per customer id. */
    static Map<Long, String> segment(Map<Long, List<Transaction>> byCustomer, LocalDateTime analysis) {
        Map<Long, Metrics> metrics = new HashMap<>();
        byCustomer.forEach((id, lines) -> {
            LocalDateTime last = lines.stream().map(Transaction::timestamp).max(Comparator.naturalOrder())
                    .orElseThrow();
            Set<String> invoices = lines.stream().map(Transaction::invoice).collect(Collectors.toSet());
            BigDecimal spend = lines.stream().map(t -> t.unitPrice().multiply(BigDecimal.valueOf(t.quantity())))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            metrics.put(id, new Metrics(Math.floorDiv(Duration.between(last, analysis).getSeconds(), 86_400L),
                    invoices.size(), spend));
        });
        List<Long> ids = metrics.keySet().stream().filter(id -> metrics.get(id).monetary().signum() > 0)
                .sorted().toList();
        int n = ids.size();
        List<BigDecimal> recencyEdges = edges(ids.stream().map(id -> BigDecimal.valueOf(metrics.get(id).recency())));
        List<BigDecimal> monetaryEdges = edges(ids.stream().map(id -> metrics.get(id).monetary()));
        List<Integer> byFrequency = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingLong((Integer j) -> metrics.get(ids.get(j)).frequency())
                        .thenComparingInt(j -> j))
                .toList();
        int[] rank = new int[n];
        for (int position = 0; position < n; position++) {
            rank[byFrequency.get(position)] = position + 1;
        }
        List<BigDecimal> rankEdges = edges(IntStream.rangeClosed(1, n).mapToObj(BigDecimal::valueOf));
        Map<Long, String> segments = new HashMap<>();
        for (int j = 0; j < n; j++) {
            Metrics m = metrics.get(ids.get(j));
            int r = 6 - bin(BigDecimal.valueOf(m.recency()), recencyEdges);
            int f = bin(BigDecimal.valueOf(rank[j]), rankEdges);
            String rf = "" + r + f;
            segments.put(ids.get(j), SEGMENTS.entrySet().stream().filter(e -> e.getKey().matcher(rf).matches())
                    .map(Map.Entry::getValue).findFirst().orElseThrow());
        }
        return segments;
    }

    /** Both steps. */
    public static Map<Long, String> run(Stream<Transaction> lines, LocalDateTime analysis) {
        return segment(group(lines), analysis);
    }

    private static List<BigDecimal> edges(Stream<BigDecimal> values) {
        List<BigDecimal> xs = values.sorted().toList();
        int n = xs.size();
        List<BigDecimal> edges = new ArrayList<>();
        for (int k = 0; k <= 5; k++) {
            BigDecimal h = BigDecimal.valueOf((long) (n - 1) * k).divide(BigDecimal.valueOf(5));
            int i = h.setScale(0, RoundingMode.FLOOR).intValueExact();
            BigDecimal t = h.subtract(BigDecimal.valueOf(i));
            edges.add(t.signum() == 0 ? xs.get(i) : xs.get(i).add(t.multiply(xs.get(i + 1).subtract(xs.get(i)))));
        }
        return edges;
    }

    private static int bin(BigDecimal value, List<BigDecimal> edges) {
        for (int k = 1; k < 5; k++) {
            if (value.compareTo(edges.get(k)) <= 0) {
                return k;
            }
        }
        return 5;
    }
}
