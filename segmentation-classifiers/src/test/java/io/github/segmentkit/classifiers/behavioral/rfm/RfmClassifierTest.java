package io.github.segmentkit.classifiers.behavioral.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.classifiers.behavioral.support.TestValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RfmClassifierTest {
    private static TestValues customer(long id, Object recency, Object frequency, Object monetary) {
        return TestValues.of(id, "recency", recency, "frequency", frequency, "monetary", monetary);
    }

    /** The 15 customers of the golden file, by their metrics. */
    private static List<TestValues> goldenPopulation() {
        return GoldenFiles.expected("/golden/rfm-15-expected.csv").stream()
                .map(row -> customer(row.customerId(), row.recency(), row.frequency(), row.monetary().doubleValue()))
                .toList();
    }

    @Test
    void should_be_found_by_its_stable_name() {
        Classifier rfm = ClassifierRegistry.create("rfm", Map.of());

        assertThat(rfm).isInstanceOf(RfmClassifier.class);
        assertThat(rfm.type()).isEqualTo("rfm");
        assertThat(rfm.inputs()).containsExactly("recency", "frequency", "monetary");
        assertThat(rfm.output()).isEqualTo("rfm_segment");
    }

    @Test
    void should_label_the_golden_customers_from_their_metrics_as_the_golden_file_does() {
        FittedClassifier fitted = ClassifierRegistry.create("rfm", Map.of("segmentMap", "pandas-tutorial"))
                .fit(goldenPopulation());

        for (HandWrittenRfm.Row row : GoldenFiles.expected("/golden/rfm-15-expected.csv")) {
            TestValues values = customer(row.customerId(), row.recency(), row.frequency(),
                    row.monetary().doubleValue());
            assertThat(fitted.apply(values)).as("customer %s", row.customerId()).isEqualTo(Label.of(row.segment()));
        }
    }

    @Test
    void should_name_segments_in_snake_case_by_default() {
        FittedRfmClassifier fitted = new RfmClassifier(RfmClassifierConfig.defaults()).fit(goldenPopulation());

        // golden: 110 at_Risk (R2 F3), 111 cant_loose (R2 F5) in the tutorial's spelling
        assertThat(fitted.apply(customer(110, 90L, 3L, 340.20))).isEqualTo(Label.of("at_risk"));
        assertThat(fitted.apply(customer(111, 75L, 7L, 1120.32))).isEqualTo(Label.of("cannot_lose_them"));
        assertThat(fitted.labels()).containsExactly("hibernating", "at_risk", "cannot_lose_them", "about_to_sleep",
                "need_attention", "loyal_customers", "promising", "new_customers", "potential_loyalists",
                "champions", Label.UNCLASSIFIED);
    }

    @Test
    void should_expose_the_scores_as_labels_and_as_values() {
        RfmClassifier scores = new RfmClassifier(RfmClassifierConfig.defaults().withLabel(RfmLabel.SCORE)
                .withOutput("rfm_score"));
        FittedRfmClassifier fitted = scores.fit(goldenPopulation());

        TestValues champion = customer(101, 1L, 9L, 2458.70);
        assertThat(fitted.apply(champion)).isEqualTo(Label.of("555"));
        assertThat(fitted.score(champion)).contains(new RfmScore(5, 5, 5));
        assertThat(fitted.labels()).hasSize(126).contains("111", "555", Label.UNCLASSIFIED).doesNotContain("110");
        FittedRfmClassifier monetaryOnly = new RfmClassifier(RfmClassifierConfig.defaults()
                .withLabel(RfmLabel.MONETARY_SCORE)).fit(goldenPopulation());
        assertThat(monetaryOnly.apply(customer(104, 12L, 1L, 310.5))).isEqualTo(Label.of("2"));
    }

    @Test
    void should_leave_customers_with_missing_or_impossible_metrics_unclassified_with_the_reason() {
        FittedClassifier fitted = new RfmClassifier(RfmClassifierConfig.defaults()).fit(goldenPopulation());

        assertThat(fitted.apply(customer(1, null, 3L, 10.0)).reason()).contains("'recency' is missing");
        assertThat(fitted.apply(customer(1, 3L, 3L, Double.NaN)).reason()).contains("'monetary' is missing (NaN)");
        assertThat(fitted.apply(customer(1, 3.5, 3L, 10.0)).reason())
                .contains("'recency' must be whole days, was 3.5");
        assertThat(fitted.apply(customer(1, 3L, 0L, 10.0)).reason())
                .contains("'frequency' must be a whole number of at least 1, was 0");
        assertThat(fitted.apply(customer(1, 3L, 2L, -4.0)).reason()).contains("'monetary' must be positive, was -4.0");
        assertThat(fitted.apply(customer(1, 3L, 2L, "ten")).reason())
                .contains("'monetary' holds String ten, expected a number");
    }

    @Test
    void should_leave_unclassifiable_customers_out_of_the_fit() {
        List<TestValues> population = new ArrayList<>(goldenPopulation());
        population.add(customer(999, null, 1L, 5.0));
        population.add(customer(998, 4L, 1L, 0.0));

        FittedRfmClassifier withNoise = new RfmClassifier(RfmClassifierConfig.defaults()).fit(population);
        FittedRfmClassifier clean = new RfmClassifier(RfmClassifierConfig.defaults()).fit(goldenPopulation());

        assertThat(withNoise.model()).isEqualTo(clean.model());
    }

    @Test
    void should_label_everyone_unclassified_after_fitting_an_empty_population() {
        FittedClassifier fitted = new RfmClassifier(RfmClassifierConfig.defaults()).fit(List.of());

        assertThat(fitted.apply(customer(1, 3L, 2L, 10.0)))
                .isEqualTo(Label.unclassified("no customer to fit the RFM model to"));
        assertThat(fitted.parameters()).isEqualTo(Map.of("formatVersion", 1L, "populationSize", 0L));
    }

    @Test
    void should_score_a_single_customer_population_in_the_first_bins() {
        // n = 1: every edge equals the one value, so bin = 1: R = 6 - 1 = 5, F = 1, M = 1 -> "51" new_customers
        FittedRfmClassifier fitted = new RfmClassifier(RfmClassifierConfig.defaults())
                .fit(List.of(customer(7, 30L, 4L, 100.0)));

        assertThat(fitted.score(customer(7, 30L, 4L, 100.0))).contains(new RfmScore(5, 1, 1));
        assertThat(fitted.apply(customer(7, 30L, 4L, 100.0))).isEqualTo(Label.of("new_customers"));
    }

    @Test
    void should_raise_a_typed_exception_for_duplicate_edges_only_in_strict_mode() {
        List<TestValues> single = List.of(customer(7, 30L, 4L, 100.0));
        RfmClassifier strict = new RfmClassifier(RfmClassifierConfig.defaults().withStrictEdges(true));

        assertThatThrownBy(() -> strict.fit(single)).isInstanceOf(DuplicateQuantileEdgesException.class)
                .hasMessageContaining("recency quintile edges are not unique: [30, 30, 30, 30, 30, 30]");
        assertThat(strict.fit(goldenPopulation()).model()).isPresent();
    }

    @Test
    void should_spread_identical_customers_over_frequency_scores_by_id() {
        // ten identical customers: R = 5, M = 1; ranks 1..10 by id, F = smallest k with 5(r-1) <= 9k
        List<TestValues> population = new ArrayList<>();
        for (long id = 10; id >= 1; id--) {
            population.add(customer(id, 2L, 3L, 50.0));
        }
        FittedRfmClassifier fitted = new RfmClassifier(RfmClassifierConfig.defaults()).fit(population);

        List<Integer> frequencyScores = new ArrayList<>();
        for (long id = 1; id <= 10; id++) {
            frequencyScores.add(fitted.score(customer(id, 2L, 3L, 50.0)).orElseThrow().frequency());
        }
        assertThat(frequencyScores).containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
        assertThat(fitted.apply(customer(1, 2L, 3L, 50.0))).isEqualTo(Label.of("new_customers"));
        assertThat(fitted.apply(customer(3, 2L, 3L, 50.0))).isEqualTo(Label.of("potential_loyalists"));
        assertThat(fitted.apply(customer(10, 2L, 3L, 50.0))).isEqualTo(Label.of("champions"));
    }

    @Test
    void should_score_customers_outside_the_fitted_range_in_the_outer_bins() {
        FittedRfmClassifier fitted = new RfmClassifier(RfmClassifierConfig.defaults()).fit(goldenPopulation());

        // recency -5 < e0 -> bin 1 -> R 5; monetary above e5 -> M 5; frequency above every key -> F 5
        assertThat(fitted.score(customer(5000, -5L, 100L, 1e9))).contains(new RfmScore(5, 5, 5));
        assertThat(fitted.score(customer(1, 10_000L, 1L, 0.01))).contains(new RfmScore(1, 1, 1));
    }

    @Test
    void should_reject_a_population_with_a_repeated_customer_id() {
        List<TestValues> population = List.of(customer(1, 2L, 3L, 4.0), customer(1, 5L, 6L, 7.0));

        assertThatThrownBy(() -> new RfmClassifier(RfmClassifierConfig.defaults()).fit(population))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customer id 1 occurs twice");
    }

    @Test
    void should_round_trip_settings_and_parameters_through_data() {
        RfmClassifierConfig config = RfmClassifierConfig.defaults().withInputs("r_days", "orders", "spend")
                .withOutput("tier").withLabel(RfmLabel.SEGMENT).withStrictEdges(false)
                .withSegmentMap(RfmSegmentMap.of(List.of(
                        new RfmSegmentRule("vip", ScoreRange.of(4, 5), ScoreRange.of(4, 5), ScoreRange.ANY),
                        new RfmSegmentRule("ঘুমন্ত", ScoreRange.exactly(1), ScoreRange.ANY, ScoreRange.ANY)), null));
        RfmClassifier classifier = new RfmClassifier(config);
        List<TestValues> population = goldenPopulation().stream().map(c -> TestValues.of(c.id(),
                "r_days", c.get("recency"), "orders", c.get("frequency"), "spend", c.get("monetary"))).toList();
        FittedRfmClassifier fitted = classifier.fit(population);

        Classifier again = ClassifierRegistry.create("rfm", classifier.settings());
        FittedClassifier restored = ClassifierRegistry.restore("rfm", classifier.settings(), fitted.parameters());

        assertThat(again).isEqualTo(classifier);
        assertThat(restored.parameters()).isEqualTo(fitted.parameters());
        // the restored fit has no ids, so it ranks every frequency by value (docs/classifiers.md, "Frequency ties"):
        // 108 (frequency 1, F = 2 by id in the fit) and 115 (frequency 3, F = 4) get the lowest F of their
        // frequency, 1 and 3; every other customer's score does not depend on its id (golden ranks 1..15)
        List<Label> expected = new ArrayList<>(fitted.applyAll(population));
        expected.set(7, Label.unclassified("no rule of the custom segment map matches R=4 F=1 M=1"));
        expected.set(14, Label.unclassified("no rule of the custom segment map matches R=2 F=3 M=4"));
        assertThat(restored.applyAll(population)).isEqualTo(expected);
        assertThat(fitted.applyAll(population)).contains(Label.of("vip"), Label.of("ঘুমন্ত"));
        assertThat(fitted.applyAll(population).stream().filter(l -> !l.isClassified()).findFirst().orElseThrow()
                .reason()).hasValueSatisfying(reason -> assertThat(reason).startsWith("no rule of the custom "
                        + "segment map matches"));
    }

    @Test
    void should_name_the_bad_setting_and_value() {
        assertThatThrownBy(() -> ClassifierRegistry.create("rfm", Map.of("segmentMap", "putler")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("setting 'segmentMap': must be a preset (canonical, pandas-tutorial, "
                        + "rfm-package) or a map of rules, was unknown preset 'putler'");
        assertThatThrownBy(() -> ClassifierRegistry.create("rfm", Map.of("lable", "score")))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("setting 'lable': unknown setting");
        assertThatThrownBy(() -> ClassifierRegistry.create("rfm", Map.of("segmentMap", Map.of("rules", List.of(
                Map.of("segment", "x", "r", List.of(4, 7)))))))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("1 <= min <= max <= 5, was [4, 7]");
    }

    @Test
    void should_make_the_segment_a_derived_attribute_usable_in_criteria() {
        record Shopper(long id, long recency, long orders, double spend) {
        }
        CustomerSchema<Shopper> schema = CustomerSchema.<Shopper>builder(Shopper::id)
                .numeric(Attribute.ofLong("recency"), Shopper::recency)
                .numeric(Attribute.ofLong("frequency"), Shopper::orders)
                .numeric(Attribute.ofDouble("monetary"), Shopper::spend)
                .build();
        List<Shopper> shoppers = GoldenFiles.expected("/golden/rfm-15-expected.csv").stream()
                .map(row -> new Shopper(row.customerId(), row.recency(), row.frequency(),
                        row.monetary().doubleValue())).toList();
        FittedRfmClassifier fitted = new RfmClassifier(RfmClassifierConfig.defaults())
                .fit(shoppers.stream().map(schema::values).toList());

        Segmenter<Shopper> segmenter = Segmenter.builder(schema.withClassifier(fitted))
                .add(Segment.named("best").where(fitted.outputAttribute().in("champions", "loyal_customers")))
                .build();

        // golden: champions 101, 102; loyal_customers 106, 109
        assertThat(segmenter.segment(shoppers).memberIds("best")).containsExactlyInAnyOrder(101L, 102L, 106L,
                109L);
    }

    @Test
    void should_break_frequency_ties_by_numeric_id_including_negative_and_large_ids() {
        long[] ids = {Long.MAX_VALUE, 10, -5, 9, 100, 0};
        List<TestValues> population = new ArrayList<>();
        List<HandWrittenRfm.Metrics> byHand = new ArrayList<>();
        for (long id : ids) {
            population.add(customer(id, 5L, 1L, 10.0));
            byHand.add(new HandWrittenRfm.Metrics(id, 5, 1, BigDecimal.TEN));
        }
        FittedRfmClassifier fitted = new RfmClassifier(RfmClassifierConfig.defaults()).fit(population);

        // ranks by id: -5, 0, 9, 10, 100, MAX -> F = smallest k with 5(r-1) <= 5k: 1, 1, 2, 3, 4, 5
        for (HandWrittenRfm.Row row : HandWrittenRfm.score(byHand)) {
            assertThat(fitted.score(customer(row.customerId(), 5L, 1L, 10.0))).as("customer %s", row.customerId())
                    .contains(new RfmScore(row.r(), row.f(), row.m()));
        }
        assertThat(fitted.score(customer(-5, 5L, 1L, 10.0)).orElseThrow().frequency()).isEqualTo(1);
        assertThat(fitted.score(customer(Long.MAX_VALUE, 5L, 1L, 10.0)).orElseThrow().frequency()).isEqualTo(5);
    }
}
