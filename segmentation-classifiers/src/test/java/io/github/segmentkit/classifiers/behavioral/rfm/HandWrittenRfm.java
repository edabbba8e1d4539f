package io.github.segmentkit.classifiers.behavioral.rfm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * An independent RFM computation for tests, written from the RFM section of docs/classifiers.md (quintiles as pandas.qcut, first-rank ties for frequency) with plain maps and streams and
 * sharing no code with the library: its own id order, its own quantile arithmetic (BigDecimal division by 5 is
 * exact), ranks by sorting, and the segment map as the published regular expressions on the "RF" string, with the
 * pandas tutorial's names.
 */
public final class HandWrittenRfm {
    /** One raw line; {@code customerId} is {@code null} when missing. */
    public record Line(Long customerId, String invoice, LocalDateTime timestamp, long quantity, BigDecimal price) {
    }

    /** One customer's expected result. */
    public record Row(long customerId, long recency, long frequency, BigDecimal monetary, int r, int f, int m,
            String segment) {
    }

    /** One customer's metrics, the input of the scoring step. */
    public record Metrics(long customerId, long recency, long frequency, BigDecimal monetary) {
    }

    private static final List<Map.Entry<Pattern, String>> SEGMENTS = List.of(
            Map.entry(Pattern.compile("[1-2][1-2]"), "hibernating"),
            Map.entry(Pattern.compile("[1-2][3-4]"), "at_Risk"),
            Map.entry(Pattern.compile("[1-2]5"), "cant_loose"),
            Map.entry(Pattern.compile("3[1-2]"), "about_to_sleep"),
            Map.entry(Pattern.compile("33"), "need_attention"),
            Map.entry(Pattern.compile("[3-4][4-5]"), "loyal_customers"),
            Map.entry(Pattern.compile("41"), "promising"),
            Map.entry(Pattern.compile("51"), "new_customers"),
            Map.entry(Pattern.compile("[4-5][2-3]"), "potential_loyalists"),
            Map.entry(Pattern.compile("5[4-5]"), "champions"));

    private HandWrittenRfm() {
    }

    public static String segmentOfRf(String rf) {
        return SEGMENTS.stream().filter(e -> e.getKey().matcher(rf).matches()).map(Map.Entry::getValue)
                .findFirst().orElseThrow();
    }

    /**
     * The recipe on raw lines: drop lines without customer, with quantity &le; 0 or price &le; 0, and, when
     * {@code invoicePrefixC} is set, lines whose invoice starts with "C" (Online Retail cancellations).
     */
    public static List<Row> compute(List<Line> lines, LocalDateTime analysis, boolean invoicePrefixC) {
        List<Line> clean = lines.stream()
                .filter(l -> l.customerId() != null)
                .filter(l -> !(invoicePrefixC && l.invoice().startsWith("C")))
                .filter(l -> l.quantity() > 0)
                .filter(l -> l.price().signum() > 0)
                .toList();
        Map<Long, List<Line>> byCustomer = clean.stream().collect(Collectors.groupingBy(Line::customerId));
        List<Long> ids = byCustomer.keySet().stream().sorted().toList();

        List<Metrics> metrics = new ArrayList<>();
        for (Long id : ids) {
            List<Line> own = byCustomer.get(id);
            LocalDateTime last = own.stream().map(Line::timestamp).max(Comparator.naturalOrder()).orElseThrow();
            long seconds = Duration.between(last, analysis).getSeconds();
            Set<String> invoices = new HashSet<>();
            own.forEach(l -> invoices.add(l.invoice()));
            BigDecimal spend = own.stream().map(l -> l.price().multiply(BigDecimal.valueOf(l.quantity())))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (spend.signum() > 0) {
                metrics.add(new Metrics(id, Math.floorDiv(seconds, 86_400L), invoices.size(), spend));
            }
        }
        return score(metrics);
    }

    /** The scoring step: quintiles of recency and monetary, of the (frequency, id) rank, and the segment. */
    public static List<Row> score(List<Metrics> population) {
        List<Long> kept = population.stream().map(Metrics::customerId).sorted().toList();
        Map<Long, Long> recency = new HashMap<>();
        Map<Long, Long> frequency = new HashMap<>();
        Map<Long, BigDecimal> monetary = new HashMap<>();
        for (Metrics m : population) {
            recency.put(m.customerId(), m.recency());
            frequency.put(m.customerId(), m.frequency());
            monetary.put(m.customerId(), m.monetary());
        }
        int n = kept.size();
        if (n == 0) {
            return List.of();
        }

        List<BigDecimal> recencyEdges = edges(kept.stream().map(id -> BigDecimal.valueOf(recency.get(id))).toList());
        List<BigDecimal> monetaryEdges = edges(kept.stream().map(monetary::get).toList());
        // rank(method="first") over customers listed in id order, by frequency
        List<Integer> byFrequency = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparing((Integer j) -> frequency.get(kept.get(j))).thenComparing(j -> j))
                .toList();
        Map<Long, Integer> rank = new HashMap<>();
        for (int position = 0; position < n; position++) {
            rank.put(kept.get(byFrequency.get(position)), position + 1);
        }
        List<BigDecimal> rankEdges = edges(IntStream.rangeClosed(1, n).mapToObj(BigDecimal::valueOf).toList());

        List<Row> rows = new ArrayList<>();
        for (Long id : kept) {
            int r = 6 - bin(BigDecimal.valueOf(recency.get(id)), recencyEdges);
            int f = bin(BigDecimal.valueOf(rank.get(id)), rankEdges);
            int m = bin(monetary.get(id), monetaryEdges);
            rows.add(new Row(id, recency.get(id), frequency.get(id), monetary.get(id), r, f, m,
                    segmentOfRf("" + r + f)));
        }
        return rows;
    }

    /** Type-7 quintile edges; (n-1)k/5 has at most one decimal, so BigDecimal holds it exactly. */
    public static List<BigDecimal> edges(List<BigDecimal> values) {
        List<BigDecimal> xs = values.stream().sorted().toList();
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

    public static int bin(BigDecimal value, List<BigDecimal> edges) {
        return IntStream.rangeClosed(1, 5).filter(k -> value.compareTo(edges.get(k)) <= 0).findFirst().orElse(5);
    }
}
