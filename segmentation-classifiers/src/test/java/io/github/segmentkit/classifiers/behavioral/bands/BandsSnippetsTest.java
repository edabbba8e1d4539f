package io.github.segmentkit.classifiers.behavioral.bands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.MapValues;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of {@code classifiers.behavioral.bands}, compiled and run in the package of their classes,
 * with expected bands worked out by hand from docs/classifiers.md. Checked by {@code JavadocExamplesTest}.
 */
class BandsSnippetsTest {
    @Test
    void should_create_purchase_frequency_bands_by_type_name() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/bands/BandClassifierProviders.java
        Classifier bands = ClassifierRegistry.create("purchase-frequency", Map.of("input", "orders_per_year"));

        assertThat(bands.inputs()).containsExactly("orders_per_year");
        // edges 1, 2, 4, 12: 12 orders is the first "frequent" count
        assertThat(bands.fit(List.of()).apply(MapValues.of("orders_per_year", 12L))).isEqualTo(Label.of("frequent"));
    }

    @Test
    void should_weigh_visits_opens_and_clicks() {
        AttributeValues customer = MapValues.of("visits_30d", 2L, "opens_30d", 1L, "clicks_30d", 1L);

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/bands/EngagementClassifier.java
        FittedClassifier engagement = new EngagementClassifier(EngagementConfig.defaults()).fit(List.of());
        engagement.apply(customer);   // 2 visits + 1 open + 1 click = 5 -> "medium"

        // weights 1, 1, 2 and edges 1, 5, 15: a score of 5 opens "medium"
        assertThat(engagement.apply(customer)).isEqualTo(Label.of("medium"));
    }

    @Test
    void should_count_missing_engagement_as_zero_when_asked() {
        AttributeValues onlyVisits = MapValues.of("visits_30d", 5L);

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/bands/EngagementConfig.java
        EngagementConfig config = EngagementConfig.defaults().withMissingAsZero(true);

        assertThat(new EngagementClassifier(config).fit(List.of()).apply(onlyVisits)).isEqualTo(Label.of("medium"));
        assertThat(new EngagementClassifier(EngagementConfig.defaults()).fit(List.of()).apply(onlyVisits)
                .isClassified()).isFalse();
    }

    @Test
    void should_band_orders_per_year() {
        AttributeValues customer = MapValues.of("orders_12m", 6L);

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/bands/PurchaseFrequencyClassifier.java
        FittedClassifier bands = new PurchaseFrequencyClassifier(PurchaseFrequencyConfig.defaults()).fit(List.of());
        bands.apply(customer);   // e.g. "regular"

        // edges 1, 2, 4, 12: 6 orders lies in [4, 12)
        assertThat(bands.apply(customer)).isEqualTo(Label.of("regular"));
    }

    @Test
    void should_read_another_attribute() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/bands/PurchaseFrequencyConfig.java
        PurchaseFrequencyConfig config = PurchaseFrequencyConfig.defaults().withInput("orders_per_year");

        assertThat(config.inputs()).containsExactly("orders_per_year");
        assertThat(new PurchaseFrequencyClassifier(config).fit(List.of())
                .apply(MapValues.of("orders_per_year", 1L))).isEqualTo(Label.of("one_time"));
    }
}
