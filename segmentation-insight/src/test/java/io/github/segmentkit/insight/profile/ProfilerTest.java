package io.github.segmentkit.insight.profile;

import static io.github.segmentkit.insight.MarketingCustomers.ACCEPTED;
import static io.github.segmentkit.insight.MarketingCustomers.BIRTH_YEAR;
import static io.github.segmentkit.insight.MarketingCustomers.EDUCATION;
import static io.github.segmentkit.insight.MarketingCustomers.INCOME;
import static io.github.segmentkit.insight.MarketingCustomers.KIDS;
import static io.github.segmentkit.insight.MarketingCustomers.RESPONDED;
import static io.github.segmentkit.insight.MarketingCustomers.WINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.core.engine.ColumnarSegmenter;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.core.engine.RoaringSegmentationResult;
import io.github.segmentkit.insight.MarketingCustomers;
import io.github.segmentkit.insight.MarketingCustomers.Customer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Profiles of the bundled Customer Personality data. Expected figures come from the published summary of the data
 * (the population's income) and otherwise from plain Java over the raw records: members by the segment's predicate
 * written out by hand, quantiles by sorting and interpolating, shares by counting.
 */
class ProfilerTest {
    private static final Map<String, Predicate<Customer>> SEGMENTS = new java.util.LinkedHashMap<>();

    static {
        SEGMENTS.put("high-income", c -> c.income() != null && c.income() >= 70_000);
        SEGMENTS.put("young", c -> c.birthYear() >= 1980);
        SEGMENTS.put("parents", c -> c.kids() >= 1);
        SEGMENTS.put("responders", Customer::responded);
        SEGMENTS.put("nobody", c -> false);
    }

    private static List<Customer> customers;
    private static ProfileReport report;

    @BeforeAll
    static void profile() {
        customers = MarketingCustomers.load();
        Segmenter<Customer> segmenter = Segmenter.builder(MarketingCustomers.SCHEMA)
                .add(Segment.named("high-income").where(INCOME.ge(70_000.0)))
                .add(Segment.named("young").where(BIRTH_YEAR.ge(1980L)))
                .add(Segment.named("parents").where(KIDS.ge(1L)))
                .add(Segment.named("responders").where(RESPONDED.isTrue()))
                .add(Segment.named("nobody").where(KIDS.lt(0L)))
                .build();
        // small chunks, so that the columns span several of them
        CustomerTable<Customer> table = CustomerTable.of(MarketingCustomers.SCHEMA, customers, 256);
        RoaringSegmentationResult result = ColumnarSegmenter.of(segmenter).segment(table);
        report = Profiler.withTopValues(3).profile(table, result);
    }

    @Test
    void should_match_the_published_income_summary_of_the_population() {
        // Kaggle "Customer Personality Analysis", Income: count 2216, mean 52247.251354, 25% 35303, 50% 51381.5,
        // 75% 68522 (pandas describe, linear quantiles)
        NumericProfile income = report.population().numeric("income").orElseThrow();
        assertThat(report.customers()).isEqualTo(2240);
        assertThat(income.count()).isEqualTo(2216);
        assertThat(income.missing()).isEqualTo(24);
        assertThat(income.mean()).isCloseTo(52247.251354, within(1e-6));
        assertThat(income.q1()).isEqualTo(35303.0);
        assertThat(income.median()).isEqualTo(51381.5);
        assertThat(income.q3()).isEqualTo(68522.0);
        assertThat(income.index()).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void should_give_each_segment_its_size_share_and_numeric_summaries() {
        for (Map.Entry<String, Predicate<Customer>> segment : SEGMENTS.entrySet()) {
            List<Customer> members = customers.stream().filter(segment.getValue()).toList();
            SegmentProfile profile = report.segment(segment.getKey());
            assertThat(profile.size()).as(segment.getKey()).isEqualTo(members.size());
            assertThat(profile.share()).isCloseTo(members.size() / 2240.0, within(1e-12));
            checkNumeric(profile, "income", members, c -> c.income() == null ? Double.NaN : c.income());
            checkNumeric(profile, "birth_year", members, Customer::birthYear);
            checkNumeric(profile, "wine_spend", members, Customer::wine);
        }
    }

    private static void checkNumeric(SegmentProfile profile, String attribute, List<Customer> members,
            ToDoubleFunction<Customer> read) {
        List<Double> values = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        members.forEach(c -> values.add(read.applyAsDouble(c)));
        customers.forEach(c -> all.add(read.applyAsDouble(c)));
        values.removeIf(v -> v.isNaN());
        all.removeIf(v -> v.isNaN());
        NumericProfile actual = profile.numeric(attribute).orElseThrow();
        String what = profile.segment() + " " + attribute;
        assertThat(actual.count()).as(what).isEqualTo(values.size());
        assertThat(actual.missing()).as(what).isEqualTo(members.size() - values.size());
        if (values.isEmpty()) {
            assertThat(actual.mean()).as(what).isNaN();
            assertThat(actual.median()).as(what).isNaN();
            return;
        }
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double populationMean = all.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertThat(actual.mean()).as(what).isCloseTo(mean, within(Math.abs(mean) * 1e-12));
        assertThat(actual.index()).as(what).isCloseTo(mean / populationMean * 100, within(1e-9));
        values.sort(Comparator.naturalOrder());
        assertThat(actual.q1()).as(what + " q1").isEqualTo(linear(values, 0.25));
        assertThat(actual.median()).as(what + " median").isEqualTo(linear(values, 0.5));
        assertThat(actual.q3()).as(what + " q3").isEqualTo(linear(values, 0.75));
    }

    /** numpy's linear quantile, written out: position (n − 1)p, interpolated between its neighbours. */
    private static double linear(List<Double> sorted, double p) {
        double position = (sorted.size() - 1) * p;
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted.get(below) + (position - below) * (sorted.get(above) - sorted.get(below));
    }

    @Test
    void should_rank_top_values_by_count_with_share_and_lift() {
        for (Map.Entry<String, Predicate<Customer>> segment : SEGMENTS.entrySet()) {
            List<Customer> members = customers.stream().filter(segment.getValue()).toList();
            SegmentProfile profile = report.segment(segment.getKey());
            checkTop(profile.category("education").orElseThrow(), members, c -> List.of(c.education()));
            checkTop(profile.category("responded").orElseThrow(), members, c -> List.of(
                    String.valueOf(c.responded())));
            checkTop(profile.category("accepted_campaigns").orElseThrow(), members, c -> List.copyOf(c.accepted()));
        }
    }

    private static void checkTop(CategoryProfile actual, List<Customer> members,
            Function<Customer, List<String>> valuesOf) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> populationCounts = new HashMap<>();
        members.forEach(c -> valuesOf.apply(c).forEach(v -> counts.merge(v, 1, Integer::sum)));
        customers.forEach(c -> valuesOf.apply(c).forEach(v -> populationCounts.merge(v, 1, Integer::sum)));
        List<String> expectedOrder = counts.keySet().stream()
                .sorted(Comparator.comparing((String v) -> -counts.get(v)).thenComparing(v -> v)).limit(3).toList();
        assertThat(actual.top()).extracting(ValueShare::value).as(actual.attribute()).isEqualTo(expectedOrder);
        assertThat(actual.missing()).isZero();
        for (ValueShare share : actual.top()) {
            double expectedShare = counts.get(share.value()) / (double) members.size();
            assertThat(share.count()).isEqualTo(counts.get(share.value()));
            assertThat(share.share()).isCloseTo(expectedShare, within(1e-12));
            assertThat(share.lift()).isCloseTo(expectedShare / (populationCounts.get(share.value()) / 2240.0),
                    within(1e-9));
        }
    }

    @Test
    void should_count_overlaps_and_their_jaccard_index() {
        Overlap overlap = report.overlap();
        for (String a : SEGMENTS.keySet()) {
            for (String b : SEGMENTS.keySet()) {
                long both = customers.stream().filter(SEGMENTS.get(a).and(SEGMENTS.get(b))).count();
                long either = customers.stream().filter(SEGMENTS.get(a).or(SEGMENTS.get(b))).count();
                assertThat(overlap.count(a, b)).as(a + " & " + b).isEqualTo(both);
                assertThat(overlap.jaccard(a, b)).as(a + " & " + b)
                        .isCloseTo(either == 0 ? 0.0 : (double) both / either, within(1e-12));
            }
        }
    }

    @Test
    void should_write_json_with_null_for_undefined_figures() {
        String json = report.toJson();
        assertThat(json).contains("\"customers\" : 2240").contains("\"segment\" : \"high-income\"")
                .contains("\"median\" : 51381.5");
        // the empty segment has no mean: null, never NaN (which is not JSON)
        assertThat(json).doesNotContain("NaN").contains("\"mean\" : null");
    }
}
