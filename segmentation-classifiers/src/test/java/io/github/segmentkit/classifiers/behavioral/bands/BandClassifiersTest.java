package io.github.segmentkit.classifiers.behavioral.bands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.behavioral.support.TestValues;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BandClassifiersTest {
    private static FittedClassifier purchaseFrequency(Map<String, Object> settings) {
        return ClassifierRegistry.create("purchase-frequency", settings).fit(List.of());
    }

    private static TestValues activity(long id, Object visits, Object opens, Object clicks) {
        return TestValues.of(id, "visits_30d", visits, "opens_30d", opens, "clicks_30d", clicks);
    }

    @Test
    void should_put_order_counts_in_left_closed_bands() {
        FittedClassifier bands = purchaseFrequency(Map.of());

        assertThat(List.of(0L, 1L, 2L, 3L, 4L, 11L, 12L, 500L).stream()
                .map(n -> bands.apply(TestValues.of(n, "orders_12m", n)).value()))
                .containsExactly("none", "one_time", "occasional", "occasional", "regular", "regular", "frequent",
                        "frequent");
        assertThat(bands.apply(TestValues.of(1, "orders_12m", 3.999)).value()).isEqualTo("occasional");
        assertThat(bands.labels()).containsExactly("none", "one_time", "occasional", "regular", "frequent",
                Label.UNCLASSIFIED);
    }

    @Test
    void should_leave_missing_and_negative_counts_unclassified_with_the_reason() {
        FittedClassifier bands = purchaseFrequency(Map.of());

        assertThat(bands.apply(TestValues.of(1, "orders_12m", null)))
                .isEqualTo(Label.unclassified("'orders_12m' is missing"));
        assertThat(bands.apply(TestValues.of(1, "orders_12m", Double.NaN)))
                .isEqualTo(Label.unclassified("'orders_12m' is missing (NaN)"));
        assertThat(bands.apply(TestValues.of(1, "orders_12m", -1L)))
                .isEqualTo(Label.unclassified("orders_12m must not be negative, was -1"));
    }

    @Test
    void should_use_custom_edges_and_non_latin_labels() {
        FittedClassifier bands = purchaseFrequency(Map.of("input", "orders", "output", "تعداد",
                "edges", List.of(0.5, "10"), "labels", List.of("کم", "మధ్యస్థ", "زیادہ")));

        assertThat(bands.classifier().output()).isEqualTo("تعداد");
        assertThat(bands.apply(TestValues.of(1, "orders", 0.49)).value()).isEqualTo("کم");
        assertThat(bands.apply(TestValues.of(1, "orders", 0.5)).value()).isEqualTo("మధ్యస్థ");
        assertThat(bands.apply(TestValues.of(1, "orders", new BigDecimal("10.0"))).value()).isEqualTo("زیادہ");
    }

    @Test
    void should_weight_and_sum_activity_counts() {
        FittedClassifier engagement = ClassifierRegistry.create("engagement", Map.of()).fit(List.of());

        // weights 1, 1, 2: 0 -> inactive; 1 -> low; 2 + 1 + 2*1 = 5 -> medium; 3 + 4 + 2*4 = 15 -> high
        assertThat(engagement.apply(activity(1, 0L, 0L, 0L)).value()).isEqualTo("inactive");
        assertThat(engagement.apply(activity(2, 0L, 1L, 0L)).value()).isEqualTo("low");
        assertThat(engagement.apply(activity(3, 2L, 1L, 1L)).value()).isEqualTo("medium");
        assertThat(engagement.apply(activity(4, 3L, 4L, 4L)).value()).isEqualTo("high");
    }

    @Test
    void should_leave_missing_activity_unclassified_unless_counted_as_zero() {
        FittedClassifier strict = ClassifierRegistry.create("engagement", Map.of()).fit(List.of());
        FittedClassifier lenient = ClassifierRegistry.create("engagement", Map.of("missingAsZero", true))
                .fit(List.of());

        assertThat(strict.apply(activity(1, 3L, null, 1L))).isEqualTo(Label.unclassified("'opens_30d' is missing"));
        assertThat(lenient.apply(activity(1, 3L, null, 1L)).value()).isEqualTo("medium");
        assertThat(lenient.apply(activity(1, 3L, -2L, 1L)))
                .isEqualTo(Label.unclassified("opens_30d must not be negative, was -2"));
    }

    @Test
    void should_round_trip_settings_and_restore_without_parameters() {
        for (Classifier classifier : List.of(
                new PurchaseFrequencyClassifier(PurchaseFrequencyConfig.defaults().withInput("orders_6m")),
                new EngagementClassifier(EngagementConfig.defaults().withInputs(List.of("visits", "calls"))
                        .withWeights(List.of(new BigDecimal("0.5"), BigDecimal.TEN)).withMissingAsZero(true)))) {
            Classifier again = ClassifierRegistry.create(classifier.type(), classifier.settings());
            FittedClassifier restored = ClassifierRegistry.restore(classifier.type(), classifier.settings(),
                    classifier.fit(List.of()).parameters());

            assertThat(again).isEqualTo(classifier);
            assertThat(restored.classifier()).isEqualTo(classifier);
            assertThat(restored.parameters()).isEqualTo(Map.of("formatVersion", 1L));
        }
    }

    @Test
    void should_reject_bad_settings_naming_the_key_and_value() {
        assertThatThrownBy(() -> purchaseFrequency(Map.of("edges", List.of(4, 2), "labels", List.of("a", "b", "c"))))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("edge 0 = 4 >= edge 1 = 2");
        assertThatThrownBy(() -> purchaseFrequency(Map.of("edges", List.of(1), "labels", List.of("a"))))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("1 edges make 2 bands");
        assertThatThrownBy(() -> ClassifierRegistry.create("engagement", Map.of("inputs", List.of("a", "b"),
                "weights", List.of(1)))).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("2 inputs need 2 weights");
        assertThatThrownBy(() -> ClassifierRegistry.restore("engagement", Map.of(), Map.of("edges", List.of())))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("'edges': unknown parameter");
    }
}
