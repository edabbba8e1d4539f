package io.github.segmentkit.examples.snippets;

import static io.github.segmentkit.examples.snippets.Fixtures.CUSTOMERS;
import static io.github.segmentkit.examples.snippets.Fixtures.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.classifiers.kit.AbstractClassifierProvider;
import io.github.segmentkit.examples.custom.LoyaltyTiers;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The Java blocks of docs/classifiers.md's introduction, "Behavioral" and "Writing your own classifier" sections,
 * run against customers whose labels follow by hand from the rules the page states.
 */
class BehavioralDocSnippetsTest {
    private final CustomerSchema<Customer> schema = SCHEMA;
    private final List<AttributeValues> population = CUSTOMERS.stream().map(SCHEMA::values).toList();

    @Test
    void should_label_customers_and_select_by_label() {
        // javadoc: docs/classifiers.md
        Classifier bands = ClassifierRegistry.create("age-band", Map.of("age", "age"));
        FittedClassifier fitted = bands.fit(population);              // learns what depends on the population, if anything
        CustomerSchema<Customer> labelled = schema.withClassifier(fitted);
        Criterion young = bands.outputAttribute().in("18-24", "25-34");

        // ages 29, 41 and 67: only customer 1 is young; age bands learn nothing but the format version
        assertThat(fitted.parameters()).isEqualTo(Map.of("formatVersion", 1L));
        assertThat(Segmenter.builder(labelled).add(Segment.named("young").where(young)).build().segment(CUSTOMERS)
                .memberIds("young")).containsExactly(1L);
    }

    @Test
    void should_score_rfm_with_the_documented_defaults() {
        // javadoc: docs/classifiers.md
        Classifier rfm = ClassifierRegistry.create("rfm", Map.of("recency", "days_since_order"));

        assertThat(rfm.inputs()).containsExactly("days_since_order", "frequency", "monetary");
        assertThat(rfm.output()).isEqualTo("rfm_segment");
        assertThat(rfm.settings()).containsEntry("label", "segment").containsEntry("segmentMap", "canonical")
                .containsEntry("strictEdges", false);
        // five customers with distinct metrics fall one per quintile: customer i has recency i days and frequency
        // 6 - i, so R = F = 6 - i; the canonical map names RF 55 champions, 44 loyal_customers ([3-4][4-5]),
        // 33 need_attention, 22 and 11 hibernating ([1-2][1-2])
        List<AttributeValues> customers = IntStream.rangeClosed(1, 5).mapToObj(i -> (AttributeValues) CustomerValues
                .of("days_since_order", (long) i, "frequency", (long) (6 - i), "monetary", 100.0 * (6 - i))
                .withId(i)).toList();
        assertThat(rfm.fit(customers).applyAll(customers)).extracting(Label::value).containsExactly("champions",
                "loyal_customers", "need_attention", "hibernating", "hibernating");
    }

    @Test
    void should_band_order_counts_left_closed() {
        // javadoc: docs/classifiers.md
        Classifier frequency = ClassifierRegistry.create("purchase-frequency", Map.of("input", "orders_per_year"));

        FittedClassifier fitted = frequency.fit(List.of());
        assertThat(fitted.labels()).containsExactly("none", "one_time", "occasional", "regular", "frequent",
                Label.UNCLASSIFIED);
        assertThat(List.of(0L, 1L, 2L, 3L, 4L, 11L, 12L, 40L)).extracting(n -> fitted.apply(
                CustomerValues.of("orders_per_year", n)).value()).containsExactly("none", "one_time", "occasional",
                "occasional", "regular", "regular", "frequent", "frequent");
        assertThat(fitted.apply(CustomerValues.of()).reason()).hasValue("'orders_per_year' is missing");
        assertThat(fitted.apply(CustomerValues.of("orders_per_year", -1L)).reason())
                .hasValue("orders_per_year must not be negative, was -1");
    }

    @Test
    void should_weigh_activity_counts_and_count_missing_ones_as_zero() {
        // javadoc: docs/classifiers.md
        Classifier engagement = ClassifierRegistry.create("engagement", Map.of("missingAsZero", true));

        FittedClassifier fitted = engagement.fit(List.of());
        // default weights: visits_30d 1, opens_30d 1, clicks_30d 2
        assertThat(List.of(CustomerValues.of(),
                CustomerValues.of("visits_30d", 1L),
                CustomerValues.of("visits_30d", 4L),
                CustomerValues.of("visits_30d", 3L, "clicks_30d", 1L),
                CustomerValues.of("opens_30d", 6L, "clicks_30d", 4L),
                CustomerValues.of("visits_30d", 1L, "clicks_30d", 7L)))
                .extracting(c -> fitted.apply(c).value())
                .containsExactly("inactive", "low", "low", "medium", "medium", "high");   // 0, 1, 4, 5, 14, 15
        assertThat(fitted.apply(CustomerValues.of("visits_30d", -1L)).isClassified()).isFalse();
    }

    @Test
    void should_cluster_separate_groups_and_number_them_by_the_last_input() {
        // javadoc: docs/classifiers.md
        Classifier clusters = ClassifierRegistry.create("kmeans", Map.of("inputs", List.of("frequency", "monetary"),
                "k", 4));

        // four tight, far apart groups (a factor of 10 in monetary apart, so also after log1p and z-scores)
        double[][] groups = {{1, 10}, {1, 11}, {5, 100}, {5, 110}, {20, 1000}, {20, 1100}, {50, 10_000},
                {50, 11_000}};
        List<AttributeValues> customers = IntStream.range(0, groups.length).mapToObj(i -> (AttributeValues)
                CustomerValues.of("frequency", groups[i][0], "monetary", groups[i][1]).withId(i + 1)).toList();
        FittedClassifier fitted = clusters.fit(customers);
        assertThat(fitted.labels()).containsExactly("cluster_1", "cluster_2", "cluster_3", "cluster_4",
                Label.UNCLASSIFIED);
        // cluster_1 has the largest monetary centroid
        assertThat(fitted.applyAll(customers)).extracting(Label::value).containsExactly("cluster_4", "cluster_4",
                "cluster_3", "cluster_3", "cluster_2", "cluster_2", "cluster_1", "cluster_1");
        assertThat(fitted.apply(CustomerValues.of("frequency", 5.0)).reason()).hasValue("'monetary' is missing");
    }

    @Test
    void should_write_a_provider_as_the_examples_module_does() {
        LoyaltyTierProvider provider = new LoyaltyTierProvider();
        Map<String, Object> settings = Map.of("spend", "income");

        assertThat(provider.type()).isEqualTo("loyalty-tier");
        assertThat(provider.create(settings)).isEqualTo(ClassifierRegistry.create("loyalty-tier", settings));
        // the tiers learn nothing: the format version alone restores them, anything more is refused
        assertThat(provider.restore(settings, Map.of("formatVersion", 1)).apply(CustomerValues.of("income", 1500L)))
                .isEqualTo(Label.of("gold"));
        assertThatThrownBy(() -> provider.restore(settings, Map.of("formatVersion", 1, "edges", List.of())))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("'edges'");
    }

    // javadoc: docs/classifiers.md
    public final class LoyaltyTierProvider extends AbstractClassifierProvider<LoyaltyTiers> {
        public LoyaltyTierProvider() {
            super(LoyaltyTiers.TYPE, LoyaltyTiers::fromSettings);
        }
    }
}
