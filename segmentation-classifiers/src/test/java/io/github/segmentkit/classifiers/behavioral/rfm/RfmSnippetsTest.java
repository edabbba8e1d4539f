package io.github.segmentkit.classifiers.behavioral.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.classifiers.kit.MapValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of {@code classifiers.behavioral.rfm}, compiled and run in the package of their classes.
 * The population is five customers whose type-7 quintile edges and frequency keys are worked out by hand (see
 * {@link #POPULATION}); segment names follow the canonical map of docs/classifiers.md. Checked by
 * {@code JavadocExamplesTest}.
 */
class RfmSnippetsTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.ALLOW_COMMENTS);

    /**
     * Customer i (1..5) has recency 10 * (5 - i), frequency i, monetary 10 * i. With n = 5 the quintile edges sit at
     * ranks 1 + 0.8k: recency 0, 8, 16, 24, 32, 40 and monetary 10, 18, 26, 34, 42, 50; the frequency keys at ranks
     * floor(1 + 0.8k) = 1..4 are customers 1..4. So customer i scores R = i, F = i, M = i.
     */
    private static final List<CustomerMetrics> METRICS = List.of(metrics(1), metrics(2), metrics(3), metrics(4),
            metrics(5));
    /** {@link #METRICS} as attribute values, for the classifier. */
    private static final List<AttributeValues> POPULATION = METRICS.stream().map(RfmSnippetsTest::values).toList();

    record Customer(long id, long recency, long frequency, BigDecimal monetary) {}

    private static final CustomerSchema<Customer> SCHEMA = CustomerSchema.builder(Customer::id)
            .numeric(Attribute.ofLong("recency"), Customer::recency)
            .numeric(Attribute.ofLong("frequency"), Customer::frequency)
            .nullableNumeric(Attribute.ofDouble("monetary"), Customer::monetary).build();

    private static CustomerMetrics metrics(int i) {
        return new CustomerMetrics(i, 10L * (5 - i), i, BigDecimal.valueOf(10L * i));
    }

    private static AttributeValues values(CustomerMetrics m) {
        return new MapValues(m.customerId(), Map.of("recency", m.recency(), "frequency", m.frequency(),
                "monetary", m.monetary()));
    }

    @Test
    void should_hold_one_customers_metrics() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/rfm/CustomerMetrics.java
        new CustomerMetrics(12347, 3, 7, new BigDecimal("4310.00"));

        CustomerMetrics metrics = new CustomerMetrics(12347, 3, 7, new BigDecimal("4310.00"));
        assertThat(List.of(metrics.customerId(), metrics.recency(), metrics.frequency())).containsExactly(12347L, 3L, 7L);
    }

    @Test
    void should_refuse_duplicate_edges_in_strict_mode() {
        // monetary 10, 10, 10, 12, 20, 31: with n = 6 the quintile edges are the six values themselves
        List<CustomerMetrics> six = new ArrayList<>();
        long[] monetary = {10, 10, 10, 12, 20, 31};
        for (int i = 0; i < 6; i++) {
            six.add(new CustomerMetrics(i + 1, i, 1 + i, BigDecimal.valueOf(monetary[i])));
        }

        assertThatThrownBy(() -> RfmModel.fit(six, true)).isInstanceOf(DuplicateQuantileEdgesException.class)
                .hasMessage(
                        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/rfm/DuplicateQuantileEdgesException.java
                        // "RFM monetary quintile edges are not unique: [10, 10, 10, 12, 20, 31]; some scores stay empty
                        // (use the default, non-strict mode to score anyway)"
                        "RFM monetary quintile edges are not unique: [10, 10, 10, 12, 20, 31]; some scores stay empty"
                                + " (use the default, non-strict mode to score anyway)");
    }

    @Test
    void should_save_edges_and_frequency_keys_as_parameters() throws Exception {
        FittedRfmClassifier fitted = new RfmClassifier(RfmClassifierConfig.defaults()).fit(POPULATION);

        String expected = """
                // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/rfm/FittedRfmClassifier.java
                {"formatVersion": 1, "populationSize": 5,
                 "recencyEdges": ["0", "8", "16", "24", "32", "40"],   // e0..e5, exact, as text
                 "monetaryEdges": ["10", "18", "26", "34", "42", "50"],
                 "frequencyKeys": [{"frequency": 1, "customerId": 1}, {"frequency": 2, "customerId": 2},
                                   {"frequency": 3, "customerId": 3}, {"frequency": 4, "customerId": 4}]}   // 4 keys
                """;

        assertThat(JSON.readTree(JSON.writeValueAsString(fitted.parameters()))).isEqualTo(JSON.readTree(expected));
    }

    @Test
    void should_give_the_typed_output_attribute() {
        CustomerSchema<Customer> schema = SCHEMA;
        FittedRfmClassifier fitted = new RfmClassifier(RfmClassifierConfig.defaults()).fit(POPULATION);

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/rfm/FittedRfmClassifier.java
        CustomerSchema<Customer> labelled = schema.withClassifier(fitted);
        Criterion best = fitted.outputAttribute().in("champions", "loyal_customers");

        assertThat(best).isEqualTo(Attribute.ofCategorical("rfm_segment").in("champions", "loyal_customers"));
        // customer 4 scores R4 F4: "[3-4][4-5]" is loyal_customers; customer 5 scores R5 F5: "5[4-5]", champions
        Customer fourth = new Customer(4, 10, 4, BigDecimal.valueOf(40));
        assertThat(labelled.values(fourth).get("rfm_segment")).isEqualTo("loyal_customers");
    }

    @Test
    void should_order_frequency_keys_by_frequency_then_id() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/rfm/FrequencyKey.java
        new FrequencyKey(3, 115).compareTo(new FrequencyKey(3, 107));   // > 0

        assertThat(new FrequencyKey(3, 115).compareTo(new FrequencyKey(3, 107))).isPositive();
        assertThat(new FrequencyKey(2, 115).compareTo(new FrequencyKey(3, 107))).isNegative();
    }

    @Test
    void should_fit_and_join_the_segment_to_the_schema() {
        List<AttributeValues> population = POPULATION;
        CustomerSchema<Customer> base = SCHEMA;

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/rfm/RfmClassifier.java
        FittedRfmClassifier rfm = new RfmClassifier(RfmClassifierConfig.defaults()).fit(population);
        CustomerSchema<Customer> schema = base.withClassifier(rfm);
        Criterion best = rfm.outputAttribute().in("champions", "loyal_customers");

        assertThat(schema.values(new Customer(5, 0, 5, BigDecimal.valueOf(50))).get("rfm_segment"))
                .isEqualTo("champions");
        assertThat(best).isEqualTo(Attribute.ofCategorical("rfm_segment").in("champions", "loyal_customers"));
    }

    @Test
    void should_read_the_documented_settings() throws Exception {
        String settings = """
                // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/rfm/RfmClassifierConfig.java
                {"recency": "recency", "frequency": "frequency", "monetary": "monetary", "output": "rfm_segment",
                 "label": "segment", "strictEdges": false,
                 "segmentMap": "canonical"            // or "pandas-tutorial", "rfm-package", or
                 // {"rules": [{"segment": "vip", "r": [4, 5], "f": [4, 5], "m": [4, 5]}], "fallback": "others"}
                }
                """;
        Map<String, Object> data = JSON.readValue(settings, new TypeReference<Map<String, Object>>() {});

        assertThat(RfmClassifierConfig.fromSettings(data)).isEqualTo(RfmClassifierConfig.defaults());
        assertThat(RfmClassifierConfig.defaults().toSettings()).isEqualTo(data);
    }

    @Test
    void should_create_rfm_with_a_preset_map_by_type_name() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/rfm/RfmClassifierProvider.java
        Classifier rfm = ClassifierRegistry.create("rfm", Map.of("segmentMap", "rfm-package"));

        assertThat(rfm).isEqualTo(new RfmClassifier(RfmClassifierConfig.defaults()
                .withSegmentMap(RfmSegmentMap.rfmPackage())));
    }

    @Test
    void should_label_with_the_three_scores() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/rfm/RfmLabel.java
        RfmClassifierConfig scores = RfmClassifierConfig.defaults().withLabel(RfmLabel.SCORE).withOutput("rfm_score");
        // labels like "541": R5, F4, M1

        // recency 0 is in the first recency bin (R5); (frequency 4, id 1) is above the keys (1,1) (2,2) (3,3) but
        // not (4,4) (F4); monetary 10 is in the first monetary bin (M1)
        RfmClassifier classifier = new RfmClassifier(scores);
        assertThat(classifier.fit(POPULATION).apply(MapValues.of("recency", 0L, "frequency", 4L, "monetary", 10L)))
                .isEqualTo(Label.of("541"));
        assertThat(classifier.output()).isEqualTo("rfm_score");
    }

    @Test
    void should_score_a_customer_outside_the_population() {
        List<CustomerMetrics> metrics = METRICS;

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/rfm/RfmModel.java
        RfmModel model = RfmModel.fit(metrics, false);
        RfmScore score = model.score(new CustomerMetrics(12347, 3, 7, new BigDecimal("4310.00")));

        // recency 3 <= 8: R5; (7, 12347) above every key: F5; 4310 above the top monetary edge 50: M5
        assertThat(score).isEqualTo(new RfmScore(5, 5, 5));
        assertThat(model.score(METRICS.get(2))).isEqualTo(new RfmScore(3, 3, 3));
    }

    @Test
    void should_spell_the_score_code() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/rfm/RfmScore.java
        RfmScore score = new RfmScore(5, 5, 5);
        score.code();     // "555"
        score.rf();       // "55"

        assertThat(score.code()).isEqualTo("555");
        assertThat(new RfmScore(5, 4, 1).rf()).isEqualTo("54");
    }

    @Test
    void should_name_scores_by_the_canonical_map_or_your_own() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/rfm/RfmSegmentMap.java
        RfmSegmentMap map = RfmSegmentMap.canonical();
        map.segmentOf(new RfmScore(5, 5, 1));   // Optional["champions"]
        // a map of your own, as data
        Map<String, Object> vip = Map.of("segment", "vip", "r", List.of(4, 5), "f", List.of(4, 5), "m", List.of(4, 5));
        RfmClassifierConfig mine = RfmClassifierConfig.fromSettings(
                Map.of("segmentMap", Map.of("rules", List.of(vip), "fallback", "others")));

        assertThat(map.segmentOf(new RfmScore(5, 5, 1))).hasValue("champions");
        assertThat(mine.segmentMap().labelOf(new RfmScore(4, 5, 4))).isEqualTo(Label.of("vip"));
        assertThat(mine.segmentMap().labelOf(new RfmScore(4, 5, 3))).isEqualTo(Label.of("others"));
    }

    @Test
    void should_match_the_hibernating_pattern() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/rfm/RfmSegmentRule.java
        // the canonical "[1-2][1-2]" pattern on R and F, any M
        new RfmSegmentRule("hibernating", ScoreRange.of(1, 2), ScoreRange.of(1, 2), ScoreRange.ANY);

        RfmSegmentRule rule = new RfmSegmentRule("hibernating", ScoreRange.of(1, 2), ScoreRange.of(1, 2),
                ScoreRange.ANY);
        assertThat(rule.matches(new RfmScore(2, 1, 5))).isTrue();
        assertThat(rule.matches(new RfmScore(3, 1, 5))).isFalse();
        assertThat(RfmSegmentMap.canonical().segmentOf(new RfmScore(2, 1, 5))).hasValue("hibernating");
    }

    @Test
    void should_contain_the_scores_of_a_range() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/rfm/ScoreRange.java
        ScoreRange.of(1, 2).contains(2);   // true
        ScoreRange.ANY.contains(4);        // true

        assertThat(ScoreRange.of(1, 2).contains(2)).isTrue();
        assertThat(ScoreRange.of(1, 2).contains(3)).isFalse();
        assertThat(ScoreRange.ANY.contains(4)).isTrue();
    }

    @Test
    void should_fit_rfm_and_select_the_best_customers() {
        List<AttributeValues> population = POPULATION;

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/rfm/package-info.java
        FittedRfmClassifier rfm = new RfmClassifier(RfmClassifierConfig.defaults()).fit(population);
        Criterion best = rfm.outputAttribute().in("champions", "loyal_customers");

        assertThat(rfm.apply(POPULATION.get(4))).isEqualTo(Label.of("champions"));
        assertThat(rfm.apply(POPULATION.get(0))).isEqualTo(Label.of("hibernating"));
        assertThat(best).isEqualTo(Attribute.ofCategorical("rfm_segment").in("champions", "loyal_customers"));
    }
}
