package io.github.segmentkit.benchmarks.insight;

import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The peer of {@code Profiler}: what a user would write with streams, one segment at a time. For each segment it
 * collects the member customers, then per numeric attribute filters the present values, sorts them and takes the
 * mean and the linear quartiles; per categorical, yes/no and tags attribute it counts values with
 * {@code groupingBy} and keeps the five most frequent.
 */
public final class StreamsProfiles {
    /** The numeric attributes, as the schema names them, with their reader ({@code null} or NaN when missing). */
    static final Map<String, Function<BenchCustomer, Number>> NUMERIC = new LinkedHashMap<>();
    /** The categorical, yes/no and tags attributes, each read as the values a customer holds. */
    static final Map<String, Function<BenchCustomer, Collection<String>>> CATEGORICAL = new LinkedHashMap<>();

    static {
        NUMERIC.put("age", BenchCustomer::age);
        NUMERIC.put("income", BenchCustomer::income);
        NUMERIC.put("churn_score", BenchCustomer::churnScore);
        NUMERIC.put("orders", BenchCustomer::orders);
        NUMERIC.put("total_spend", BenchCustomer::totalSpend);
        NUMERIC.put("household", BenchCustomer::household);
        NUMERIC.put("email_opens_30d", BenchCustomer::emailOpens);
        CATEGORICAL.put("country", c -> single(c.country()));
        CATEGORICAL.put("channel", c -> single(c.channel()));
        CATEGORICAL.put("loyalty_tier", c -> single(c.loyaltyTier()));
        CATEGORICAL.put("device", c -> single(c.device()));
        CATEGORICAL.put("language", c -> single(c.language()));
        CATEGORICAL.put("newsletter", c -> single(c.newsletter()));
        CATEGORICAL.put("premium", c -> single(c.premium()));
        CATEGORICAL.put("interests", c -> c.interests() == null ? List.of() : c.interests());
    }

    private StreamsProfiles() {
    }

    private static Collection<String> single(Object value) {
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    /** One numeric attribute of one segment. */
    public record Numeric(String attribute, int count, double mean, double q1, double median, double q3) {
    }

    /** One segment: its numeric summaries and, per categorical attribute, its five most frequent values. */
    public record Profile(String segment, int size, List<Numeric> numeric, Map<String, List<String>> top) {
    }

    /** The profile of every segment of {@code result} over {@code customers} (row {@code i} is customer {@code i}). */
    public static List<Profile> profile(List<BenchCustomer> customers, SegmentationResult result) {
        return profile(customers, result, result.segmentNames());
    }

    /** The profiles of {@code segments} only, of {@code result} over {@code customers}. */
    public static List<Profile> profile(List<BenchCustomer> customers, SegmentationResult result,
            List<String> segments) {
        List<Profile> profiles = new ArrayList<>();
        for (String segment : segments) {
            List<BenchCustomer> members = new ArrayList<>();
            result.memberRows(segment).forEachRemaining((int row) -> members.add(customers.get(row)));
            List<Numeric> numeric = new ArrayList<>();
            NUMERIC.forEach((name, read) -> {
                double[] values = members.stream().map(read).filter(Objects::nonNull)
                        .mapToDouble(Number::doubleValue).filter(v -> !Double.isNaN(v)).sorted().toArray();
                double mean = java.util.Arrays.stream(values).average().orElse(Double.NaN);
                numeric.add(new Numeric(name, values.length, mean, linear(values, 0.25), linear(values, 0.5),
                        linear(values, 0.75)));
            });
            Map<String, List<String>> top = new LinkedHashMap<>();
            CATEGORICAL.forEach((name, read) -> {
                Map<String, Long> counts = members.stream().flatMap(c -> read.apply(c).stream())
                        .collect(Collectors.groupingBy(v -> v, Collectors.counting()));
                top.put(name, counts.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                                .thenComparing(Map.Entry.comparingByKey()))
                        .limit(5).map(Map.Entry::getKey).toList());
            });
            profiles.add(new Profile(segment, members.size(), numeric, top));
        }
        return profiles;
    }

    private static double linear(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double position = (sorted.length - 1) * p;
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
