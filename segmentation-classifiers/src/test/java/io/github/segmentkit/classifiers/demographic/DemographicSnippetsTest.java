package io.github.segmentkit.classifiers.demographic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.classifiers.kit.AbstractClassifierProvider;
import io.github.segmentkit.classifiers.kit.MapValues;
import io.github.segmentkit.classifiers.kit.Settings;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of {@code classifiers.demographic}, compiled and run in the package of their classes, with
 * expected labels worked out by hand from docs/classifiers.md. Checked by {@code JavadocExamplesTest}.
 */
class DemographicSnippetsTest {
    record Customer(long id, LocalDate birthDate) {}

    /** Incomes whose type-7 quartile edges are the incomes themselves: 5 values put p = 0, .25, ... on ranks. */
    private static final List<MapValues> POPULATION = List.of(MapValues.of("income", 12_000L),
            MapValues.of("income", 30_500L), MapValues.of("income", 51_000L), MapValues.of("income", 78_250L),
            MapValues.of("income", 250_000L));

    /** The customer of the mapping example. */
    private final AttributeValues values = MapValues.of("job_title", "Welder");

    @Test
    void should_create_age_bands_by_type_name() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/demographic/AgeBandProvider.java
        ClassifierRegistry.create("age-band", Map.of("age", "age"));

        assertThat(ClassifierRegistry.create("age-band", Map.of("age", "age")))
                .isEqualTo(AgeBands.google(AgeSource.fromAge("age"), "age_band"));
    }

    @Test
    void should_band_ages_from_birth_dates_as_code_and_as_data() {
        CustomerSchema<Customer> schema = CustomerSchema.builder(Customer::id)
                .date(Attribute.ofDate("birth_date"), Customer::birthDate).build();
        Customer customer = new Customer(7, LocalDate.of(1995, 6, 1));   // 28 on 2024-03-31

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/demographic/AgeBands.java
        AgeBands bands = AgeBands.google(AgeSource.fromBirthDate("birth_date", LocalDate.of(2024, 3, 31)), "age_band");
        FittedClassifier fitted = bands.fit(List.of());           // nothing to learn
        fitted.apply(schema.values(customer));                     // e.g. "25-34"
        // as data: {"output": "age_band", "birthDate": "birth_date", "referenceDate": "2024-03-31",
        //           "edges": [18, 25, 35, 45, 55, 65]}

        assertThat(fitted.apply(schema.values(customer))).isEqualTo(Label.of("25-34"));
        assertThat(AgeBands.fromSettings(Map.of("output", "age_band", "birthDate", "birth_date",
                "referenceDate", "2024-03-31", "edges", List.of(18, 25, 35, 45, 55, 65)))).isEqualTo(bands);
    }

    @Test
    void should_read_an_age_or_derive_it_from_a_birth_date() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/demographic/AgeSource.java
        AgeSource fromDates = AgeSource.fromBirthDate("birth_date", LocalDate.of(2024, 3, 31));
        AgeSource fromAge = AgeSource.fromAge("age");

        // born 1984-04-01: 39 until the next day
        assertThat(fromDates.read(MapValues.of("birth_date", LocalDate.of(1984, 4, 1))).years()).isEqualTo(39);
        assertThat(fromAge.read(MapValues.of("age", 39L)).years()).isEqualTo(39);
    }

    @Test
    void should_band_the_family_size_from_its_member_counts() {
        AttributeValues values = MapValues.of("adults", 2L, "kids", 1L, "teens", 0L);

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/demographic/FamilySizeBands.java
        FamilySizeBands sizes = new FamilySizeBands(List.of("adults", "kids", "teens"), 0, "family_size",
                FamilySizeBands.DEFAULT_EDGES);
        sizes.fit(List.of()).apply(values);   // 2 adults + 1 kid -> "3-4"

        assertThat(sizes.fit(List.of()).apply(values)).isEqualTo(Label.of("3-4"));
    }

    @Test
    void should_create_family_size_bands_by_type_name() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/demographic/FamilySizeProvider.java
        ClassifierRegistry.create("family-size", Map.of("inputs", List.of("adults", "kids")));

        Classifier created = ClassifierRegistry.create("family-size", Map.of("inputs", List.of("adults", "kids")));
        assertThat(created.inputs()).containsExactly("adults", "kids");
        assertThat(created.fit(List.of()).apply(MapValues.of("adults", 1L, "kids", 0L))).isEqualTo(Label.of("1"));
    }

    @Test
    void should_create_generations_by_type_name() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/demographic/GenerationProvider.java
        ClassifierRegistry.create("generation", Map.of("input", "birth_year"));

        assertThat(ClassifierRegistry.create("generation", Map.of("input", "birth_year")))
                .isEqualTo(new Generations("birth_year", "generation"));
    }

    @Test
    void should_name_the_generation_of_a_birth_year() {
        AttributeValues values = MapValues.of("birth_year", 1990L);

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/demographic/Generations.java
        Generations generations = new Generations("birth_year", "generation");
        generations.fit(List.of()).apply(values);   // 1990 -> "millennials"

        assertThat(generations.fit(List.of()).apply(values)).isEqualTo(Label.of("millennials"));
    }

    @Test
    void should_restore_fitted_income_bands_by_type_name() {
        IncomeBands bands = IncomeBands.quantiles("income", "income_q", 4);
        FittedClassifier fitted = bands.fit(POPULATION);

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/demographic/IncomeBandProvider.java
        FittedClassifier again = ClassifierRegistry.restore("income-band", bands.settings(), fitted.parameters());

        assertThat(again.parameters()).isEqualTo(fitted.parameters());
        assertThat(again.apply(MapValues.of("income", 40_000L))).isEqualTo(fitted.apply(MapValues.of("income", 40_000L)));
    }

    @Test
    void should_band_incomes_by_fixed_edges_or_by_quantiles() {
        List<MapValues> population = POPULATION;

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/demographic/IncomeBands.java
        IncomeBands absolute = IncomeBands.absolute("income", "income_band", List.of(30_000.0, 60_000.0));
        IncomeBands quartiles = IncomeBands.quantiles("income", "income_quartile", 4);
        FittedClassifier fitted = quartiles.fit(population);   // parameters(): formatVersion 1 and 5 edges, as text

        assertThat(absolute.fit(List.of()).labels()).hasSize(4);   // three bands and unclassified
        assertThat(fitted.parameters()).isEqualTo(
                Map.of("formatVersion", 1L, "edges", List.of("12000", "30500", "51000", "78250", "250000")));
    }

    @Test
    void should_create_life_stages_by_type_name() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/demographic/LifeStageProvider.java
        ClassifierRegistry.create("life-stage", Map.of("age", "age", "maritalStatus", "marital_status"));

        Classifier created = ClassifierRegistry.create("life-stage",
                Map.of("age", "age", "maritalStatus", "marital_status"));
        assertThat(created.fit(List.of()).apply(MapValues.of("age", 30L, "marital_status", "married")))
                .isEqualTo(Label.of("young_couple"));
    }

    @Test
    void should_match_a_rule_on_age_and_partnership() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/demographic/LifeStageRule.java
        LifeStageRule youngCouple = new LifeStageRule("young_couple", null, null, null, null, 35, true);

        assertThat(youngCouple.matches(34L, false, false, true)).isTrue();
        assertThat(youngCouple.matches(35L, false, false, true)).isFalse();   // 35 is not below 35
        assertThat(youngCouple.matches(30L, false, false, false)).isFalse();
    }

    @Test
    void should_give_the_first_matching_life_stage() {
        AttributeValues values = MapValues.of("age", 40L, "marital_status", "Married", "kids", 0L, "teens", 0L);

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/demographic/LifeStages.java
        LifeStages stages = LifeStages.standard(AgeSource.fromAge("age"), "marital_status", "kids", "teens", "life_stage");
        stages.fit(List.of()).apply(values);   // e.g. "midlife_couple"
        // as data, with a rule table of its own:
        // {"age": "age", "maritalStatus": "marital_status", "youngChildren": "kids",
        //  "rules": [{"label": "unclassified", "ageKnown": false}, {"label": "parent", "youngChildren": true},
        //            {"label": "adult"}]}

        assertThat(stages.fit(List.of()).apply(values)).isEqualTo(Label.of("midlife_couple"));
        FittedClassifier own = LifeStages.fromSettings(Map.of("age", "age", "maritalStatus", "marital_status",
                "youngChildren", "kids", "rules", List.of(Map.of("label", "unclassified", "ageKnown", false),
                        Map.of("label", "parent", "youngChildren", true), Map.of("label", "adult")))).fit(List.of());
        assertThat(own.apply(values)).isEqualTo(Label.of("adult"));
        assertThat(own.apply(MapValues.of("age", 40L, "marital_status", "single", "kids", 2L)))
                .isEqualTo(Label.of("parent"));
        assertThat(own.apply(MapValues.of("marital_status", "single", "kids", 2L)).isClassified()).isFalse();
    }

    @Test
    void should_create_a_value_mapping_by_type_name() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/demographic/MappingProvider.java
        ClassifierRegistry.create("mapping", Map.of("input", "job", "mapping", Map.of("Nurse", "health")));

        Classifier created = ClassifierRegistry.create("mapping",
                Map.of("input", "job", "mapping", Map.of("Nurse", "health")));
        assertThat(created.fit(List.of()).apply(MapValues.of("job", "Nurse"))).isEqualTo(Label.of("health"));
    }

    @Test
    void should_learn_quartile_edges_as_exact_text() {
        List<MapValues> population = POPULATION;

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/demographic/QuantileIncomeBands.java
        FittedClassifier fitted = IncomeBands.quantiles("income", "income_q", 4).fit(population);
        fitted.parameters();   // {formatVersion=1, edges=[12000, 30500, 51000, 78250, 250000]}

        assertThat(fitted.parameters()).hasToString("{formatVersion=1, edges=[12000, 30500, 51000, 78250, 250000]}");
    }

    @Test
    void should_map_values_to_groups_with_a_default() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/demographic/ValueMapping.java
        ValueMapping occupations = new ValueMapping("job_title", "occupation_group",
                Map.of("Nurse", "health", "Surgeon", "health", "Welder", "trades"), "other");
        occupations.fit(List.of()).apply(values);   // "Welder" -> "trades", "Astronaut" -> "other"

        assertThat(occupations.fit(List.of()).apply(MapValues.of("job_title", "Welder"))).isEqualTo(Label.of("trades"));
        assertThat(occupations.fit(List.of()).apply(MapValues.of("job_title", "Astronaut")))
                .isEqualTo(Label.of("other"));
    }

    @Test
    void should_create_a_demographic_classifier_by_type_name() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/demographic/package-info.java
        Classifier bands = ClassifierRegistry.create("age-band", Map.of("age", "age"));

        assertThat(bands.fit(List.of()).apply(MapValues.of("age", 18L))).isEqualTo(Label.of("18-24"));
    }

    // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/kit/AbstractClassifierProvider.java
    public final class AgeBandProvider extends AbstractClassifierProvider<AgeBands> {
        public AgeBandProvider() { super("age-band", AgeBands::fromSettings); }
    }

    public final class IncomeBandProvider extends AbstractClassifierProvider<IncomeBands> {
        public IncomeBandProvider() { super("income-band", IncomeBands::fromSettings); }
        protected FittedClassifier restore(IncomeBands bands, Settings parameters) {
            if (bands.edges() != null) {
                return super.restore(bands, parameters);   // absolute bands learn nothing
            }
            parameters.allowOnly("edges");   // Settings names any bad key or value as a DefinitionException
            return parameters.build("edges", () -> QuantileIncomeBands.restore(bands, parameters.list("edges")));
        }
    }

    @Test
    void should_restore_what_the_provider_of_the_kit_example_saved() {
        IncomeBands quartiles = IncomeBands.quantiles("income", "income_q", 4);
        FittedClassifier fitted = quartiles.fit(POPULATION);
        Map<String, Object> saved = fitted.parameters();

        FittedClassifier again = new IncomeBandProvider().restore(quartiles.settings(), saved);
        // 40,000 lies between the edges 30,500 and 51,000: the second quartile
        assertThat(again.apply(MapValues.of("income", 40_000L))).isEqualTo(Label.of(quartiles.bandLabels().get(1)));
        assertThatThrownBy(() -> new IncomeBandProvider().restore(quartiles.settings(),
                Map.of("formatVersion", 1, "edges", List.of("1", "x", "3", "4", "5"))))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("edges");
        assertThatThrownBy(() -> new IncomeBandProvider().restore(quartiles.settings(),
                Map.of("formatVersion", 1, "cells", List.of())))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("cells");
        Map<String, Object> absolute = IncomeBands.absolute("income", "b", List.of(1.0)).settings();
        assertThat(new IncomeBandProvider().restore(absolute, Map.of("formatVersion", 1))
                .apply(MapValues.of("income", 2L)).isClassified()).isTrue();
        assertThat(new AgeBandProvider().create(Map.of("age", "age")))
                .isEqualTo(AgeBands.google(AgeSource.fromAge("age"), "age_band"));
    }
}
