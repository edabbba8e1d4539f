package io.github.segmentkit.classifiers.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of {@code classifiers.kit}, compiled and run in the package of their classes, with expected
 * values worked out by hand. Checked by {@code JavadocExamplesTest}. (The example of
 * {@link AbstractClassifierProvider} shows the demographic providers and is twinned in their package.)
 */
class KitSnippetsTest {
    @Test
    void should_put_an_edge_in_the_band_above_it() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/kit/Bands.java
        Bands bands = Bands.of(List.of(5, 15), List.of("0-5km", "5-15km", "15km+"));
        bands.label(5.0);   // "5-15km": the edge belongs to the band above it

        assertThat(bands.label(5.0)).isEqualTo("5-15km");
        assertThat(bands.label(4.999)).isEqualTo("0-5km");
    }

    @Test
    void should_refuse_settings_lists_above_the_limit() {
        List<String> stores = List.of("soho", "mayfair");

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/kit/ClassifierLimits.java
        boolean tooMany = stores.size() > ClassifierLimits.MAX_ELEMENTS;   // Settings checks this for every list and map

        assertThat(tooMany).isFalse();
        List<String> huge = Collections.nCopies(ClassifierLimits.MAX_ELEMENTS + 1, "x");
        assertThatThrownBy(() -> Settings.of("geohash", Map.of("prefixes", huge)).strings("prefixes"))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("prefixes");
    }

    /** A fitted classifier with learned edges, whose parameters follow the FittedParameters example. */
    private record FittedEdges(QuantileEdges edges) {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/kit/FittedParameters.java
        public Map<String, Object> parameters() {
            return FittedParameters.of(Map.of("edges", edges.toStrings()));   // {formatVersion=1, edges=[0, 2.5, 10]}
        }
    }

    @Test
    void should_carry_the_format_version_in_fitted_parameters() {
        FittedEdges fitted = new FittedEdges(QuantileEdges.parse(List.of("0", "2.5", "10")));

        assertThat(fitted.parameters()).hasToString("{formatVersion=1, edges=[0, 2.5, 10]}");
    }

    @Test
    void should_give_unclassified_with_a_reason_and_list_it_last() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/kit/Labels.java
        Labels.missing("age");                        // unclassified, reason "'age' is missing"
        Labels.withUnclassified(List.of("a", "b"));   // [a, b, unclassified]

        assertThat(Labels.missing("age")).isEqualTo(Label.unclassified("'age' is missing"));
        assertThat(Labels.withUnclassified(List.of("a", "b"))).containsExactly("a", "b", "unclassified");
    }

    /** The NumericReading example, in the method of a rule. */
    private static Label visitsLabel(AttributeValues customer) {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/kit/NumericReading.java
        NumericReading visits = NumericReading.of(customer, "visits_30d");
        if (!visits.isPresent()) {
            return visits.unclassified();   // unclassified, reason "'visits_30d' is missing"
        }
        return Label.of("visited " + visits.value());
    }

    @Test
    void should_read_a_number_or_say_why_there_is_none() {
        assertThat(visitsLabel(MapValues.of("visits_30d", null))).isEqualTo(Label.unclassified("'visits_30d' is missing"));
        assertThat(visitsLabel(MapValues.of("visits_30d", 3L))).isEqualTo(Label.of("visited 3"));
    }

    @Test
    void should_compare_edges_by_value_and_keep_ratios_exact() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/kit/QuantileEdge.java
        QuantileEdge e = QuantileEdge.parse("13.8");
        e.compareTo(new BigDecimal("13.80"));   // 0
        QuantileEdge third = QuantileEdge.parse("10/3");
        third.toString();                        // "10/3"

        assertThat(e.compareTo(new BigDecimal("13.80"))).isZero();
        assertThat(third).hasToString("10/3");
    }

    @Test
    void should_bin_by_type_7_quantile_edges() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/kit/QuantileEdges.java
        List<BigDecimal> values = Stream.of("1", "2", "3", "4", "5").map(BigDecimal::new).toList();
        QuantileEdges edges = QuantileEdges.fit(values, 5);   // 1, 1.8, 2.6, 3.4, 4.2, 5
        int score = edges.bin(new BigDecimal("3.5"));         // 4: above 3.4, up to 4.2

        // type 7: the edge at p = k/5 sits at rank 1 + 4k/5 of the sorted values, so 1 + 0.8k here
        assertThat(edges.toStrings()).containsExactly("1", "1.8", "2.6", "3.4", "4.2", "5");
        assertThat(score).isEqualTo(4);
    }

    /** A classifier whose fit runs the RuleFitted example. */
    private record YoungOrOld(List<String> cells) implements Classifier {
        public String type() {
            return "young-or-old";
        }

        public List<String> inputs() {
            return List.of();
        }

        public String output() {
            return "age_group";
        }

        public Map<String, Object> settings() {
            return Map.of();
        }

        public FittedClassifier fit(Iterable<? extends AttributeValues> population) {
            // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/kit/RuleFitted.java
            // in a classifier's fit(population)
            FittedClassifier fixed = new RuleFitted(this, List.of("young", "old"), values -> Label.of("young"));
            FittedClassifier learned = new RuleFitted(this, cells, Map.of("cells", cells), values -> Label.of(cells.get(0)));
            learned.parameters();   // {formatVersion=1, cells=[u09tv]} when cells is [u09tv]

            assertThat(fixed.parameters()).isEqualTo(Map.of("formatVersion", 1L));
            assertThat(learned.parameters()).hasToString("{formatVersion=1, cells=[u09tv]}");
            return learned;
        }
    }

    @Test
    void should_apply_a_rule_and_save_what_it_learned() {
        FittedClassifier learned = new YoungOrOld(List.of("u09tv")).fit(List.of());

        assertThat(learned.labels()).containsExactly("u09tv", "unclassified");
        assertThat(learned.apply(MapValues.of())).isEqualTo(Label.of("u09tv"));
    }

    @Test
    void should_read_required_optional_and_list_settings() {
        Map<String, Object> values = Map.of("input", "home", "prefixes", List.of("gcp"));

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/kit/Settings.java
        Settings settings = Settings.of("geohash", values).allowOnly("input", "output", "precision", "prefixes");
        String input = settings.string("input");                          // required
        long precision = settings.integer("precision", 1, 12, 5);          // optional, default 5
        List<String> prefixes = settings.strings("prefixes", List.of());   // optional list

        assertThat(input).isEqualTo("home");
        assertThat(precision).isEqualTo(5);
        assertThat(prefixes).containsExactly("gcp");
        assertThatThrownBy(() -> Settings.of("geohash", Map.of("inptu", "home")).allowOnly("input"))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("inptu");
    }

    // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/kit/SingleInputClassifier.java
    public record Adulthood(String input, String output) implements SingleInputClassifier {
        public String type() { return "adulthood"; }
        public Map<String, Object> settings() { return inputOutputSettings(); }   // {input=age, output=adulthood}
        public FittedClassifier fit(Iterable<? extends AttributeValues> population) {
            return new RuleFitted(this, List.of("minor", "adult"), customer -> {
                NumericReading age = NumericReading.of(customer, input);
                return age.isPresent() ? Label.of(age.value().intValue() < 18 ? "minor" : "adult") : age.unclassified();
            });
        }
    }

    @Test
    void should_derive_inputs_and_settings_from_the_single_input() {
        Adulthood adulthood = new Adulthood("age", "adulthood");
        FittedClassifier fitted = adulthood.fit(List.of());

        assertThat(adulthood.inputs()).containsExactly("age");
        assertThat(adulthood.settings()).hasToString("{input=age, output=adulthood}");
        assertThat(fitted.apply(MapValues.of("age", 17L))).isEqualTo(Label.of("minor"));
        assertThat(fitted.apply(MapValues.of("age", 18L))).isEqualTo(Label.of("adult"));
        assertThat(fitted.apply(MapValues.of("age", null))).isEqualTo(Label.unclassified("'age' is missing"));
    }

    // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/kit/package-info.java
    public record LoyaltyTiers(String spend, long silverSpend, long goldSpend) implements Classifier {
        public static LoyaltyTiers fromSettings(Map<String, Object> values) {
            Settings settings = Settings.of("loyalty-tier", values).allowOnly("spend", "silverSpend", "goldSpend");
            return settings.build("goldSpend", () -> new LoyaltyTiers(settings.string("spend"),
                    settings.integer("silverSpend", 0, Long.MAX_VALUE, 500),
                    settings.integer("goldSpend", 0, Long.MAX_VALUE, 1500)));
        }

        public FittedClassifier fit(Iterable<? extends AttributeValues> population) {
            Bands tiers = Bands.of(List.of(silverSpend, goldSpend), List.of("bronze", "silver", "gold"));
            return new RuleFitted(this, tiers.labels(), customer -> {
                NumericReading spent = NumericReading.of(customer, spend);
                return spent.isPresent() ? Label.of(tiers.label(spent.value())) : spent.unclassified();
            });
        }
        public String type() { return "loyalty-tier"; }
        public List<String> inputs() { return List.of(spend); }
        public String output() { return "loyalty_tier"; }
        public Map<String, Object> settings() {
            return Map.of("spend", spend, "silverSpend", silverSpend, "goldSpend", goldSpend);
        }
    }

    public final class LoyaltyTierProvider extends AbstractClassifierProvider<LoyaltyTiers> {
        public LoyaltyTierProvider() { super("loyalty-tier", LoyaltyTiers::fromSettings); }
    }

    @Test
    void should_write_a_classifier_and_its_provider_with_the_kit() {
        LoyaltyTiers tiers = new LoyaltyTierProvider().create(Map.of("spend", "total_spend"));
        FittedClassifier fitted = tiers.fit(List.of());

        assertThat(tiers).isEqualTo(new LoyaltyTiers("total_spend", 500, 1500));
        assertThat(fitted.apply(MapValues.of("total_spend", 499L))).isEqualTo(Label.of("bronze"));
        assertThat(fitted.apply(MapValues.of("total_spend", 500L))).isEqualTo(Label.of("silver"));
        assertThat(fitted.apply(MapValues.of("total_spend", 1500L))).isEqualTo(Label.of("gold"));
        assertThat(new LoyaltyTierProvider().restore(tiers.settings(), fitted.parameters()).apply(
                MapValues.of("total_spend", 700L))).isEqualTo(Label.of("silver"));
        assertThatThrownBy(() -> new LoyaltyTierProvider().create(Map.of("spend", "s", "goldSpend", -1)))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("goldSpend");
    }
}
