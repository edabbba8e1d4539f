package io.github.segmentkit.examples.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The Java blocks of docs/classifiers.md's "Demographic" section, run against customers whose labels follow by hand
 * from the rules the page states.
 */
class DemographicDocSnippetsTest {

    @Test
    void should_band_ages_from_birth_dates_at_the_reference_date() {
        // javadoc: docs/classifiers.md
        Classifier ages = ClassifierRegistry.create("age-band", Map.of("birthDate", "birth_date",
                "referenceDate", "2024-03-31"));

        FittedClassifier fitted = ages.fit(List.of());
        // completed years on 2024-03-31: 14, 23, 24, 25, 64, 65
        assertThat(List.of("2010-01-01", "2000-04-01", "2000-03-31", "1999-03-31", "1959-04-01", "1959-03-31"))
                .extracting(birth -> fitted.apply(CustomerValues.of("birth_date", LocalDate.parse(birth))).value())
                .containsExactly("under_18", "18-24", "18-24", "25-34", "55-64", "65+");
        assertThat(fitted.apply(CustomerValues.of("birth_date", LocalDate.of(2024, 4, 1))).isClassified()).isFalse();
        assertThat(fitted.apply(CustomerValues.of()).reason()).hasValue("'birth_date' is missing");
    }

    @Test
    void should_name_generations_by_pew_ranges() {
        // javadoc: docs/classifiers.md
        Classifier generations = ClassifierRegistry.create("generation", Map.of("input", "birth_year"));

        FittedClassifier fitted = generations.fit(List.of());
        assertThat(List.of(1927L, 1928L, 1945L, 1946L, 1964L, 1965L, 1980L, 1981L, 1996L, 1997L, 2012L, 2013L))
                .extracting(year -> fitted.apply(CustomerValues.of("birth_year", year)).value())
                .containsExactly("other", "silent", "silent", "boomers", "boomers", "gen_x", "gen_x", "millennials",
                        "millennials", "gen_z", "gen_z", "other");
        assertThat(fitted.apply(CustomerValues.of("birth_year", LocalDate.of(1990, 6, 1))))
                .isEqualTo(Label.of("millennials"));
        assertThat(fitted.apply(CustomerValues.of("birth_year", 1990.5)).isClassified()).isFalse();
    }

    @Test
    void should_band_incomes_by_population_quartiles() {
        // javadoc: docs/classifiers.md
        Classifier quartiles = ClassifierRegistry.create("income-band", Map.of("input", "income", "quantiles", 4));

        // incomes 10, 20, ..., 80: type 7 edges at positions 7k/4, so 10, 27.5, 45, 62.5, 80 (numpy.quantile)
        List<AttributeValues> population = IntStream.rangeClosed(1, 8)
                .mapToObj(i -> (AttributeValues) CustomerValues.of("income", 10.0 * i).withId(i)).toList();
        FittedClassifier fitted = quartiles.fit(population);
        assertThat(fitted.parameters()).containsEntry("edges", List.of("10", "27.5", "45", "62.5", "80"));
        // right-closed: 45 is in q2 and 62.5 in q3; below the first edge is q1, above the last q4
        assertThat(List.of(5.0, 10.0, 27.5, 30.0, 45.0, 50.0, 62.5, 70.0, 1000.0))
                .extracting(income -> fitted.apply(CustomerValues.of("income", income)).value())
                .containsExactly("q1", "q1", "q1", "q2", "q2", "q3", "q3", "q4", "q4");
        assertThat(fitted.apply(CustomerValues.of("income", Double.NaN)).isClassified()).isFalse();
        // absolute mode: the default labels are made from the edges, left-closed
        Classifier absolute = ClassifierRegistry.create("income-band", Map.of("input", "income", "edges",
                List.of(30_000, 60_000)));
        assertThat(absolute.fit(List.of()).labels())
                .containsExactly("< 30000", "[30000, 60000)", ">= 60000", Label.UNCLASSIFIED);
    }

    @Test
    void should_give_life_stages_by_the_standard_table() {
        // javadoc: docs/classifiers.md
        Classifier stages = ClassifierRegistry.create("life-stage", Map.of("age", "age", "maritalStatus", "marital",
                "youngChildren", "kids", "teenagers", "teens"));

        FittedClassifier fitted = stages.fit(List.of());
        assertThat(List.of(
                person(30, "Single", 0, 0), person(30, " Married ", 0, 0), person(40, "married", 1, 0),
                person(40, "YOLO", 1, 0), person(60, "widow", 0, 2), person(54, "together", 0, 0),
                person(55, "together", 0, 0), person(55, "divorced", 0, 0)))
                .extracting(c -> fitted.apply(c).value())
                .containsExactly("young_single", "young_couple", "family_young_children", "family_young_children",
                        "family_teens", "midlife_couple", "older_couple", "older_single");
        assertThat(fitted.apply(person(30, "YOLO", 0, 0)).reason()).hasValue(
                "life-stage rule 'young_single' cannot be decided: 'marital' value 'YOLO' is neither partnered nor"
                        + " single");
        assertThat(fitted.apply(CustomerValues.of("marital", "single", "kids", 0L, "teens", 0L)).reason())
                .hasValue("'age' is missing");
        assertThat(fitted.apply(CustomerValues.of("age", 30L, "marital", "single", "teens", 0L)).isClassified())
                .isFalse();
    }

    private static CustomerValues person(long age, String marital, long kids, long teens) {
        return CustomerValues.of("age", age, "marital", marital, "kids", kids, "teens", teens);
    }

    @Test
    void should_band_family_sizes_of_the_inputs_plus_one() {
        // javadoc: docs/classifiers.md
        Classifier sizes = ClassifierRegistry.create("family-size", Map.of("inputs", List.of("kids", "teens"), "plus", 1));

        FittedClassifier fitted = sizes.fit(List.of());
        assertThat(List.of(new long[] {0, 0}, new long[] {1, 0}, new long[] {1, 1}, new long[] {2, 1},
                new long[] {3, 1})).extracting(kt -> fitted.apply(CustomerValues.of("kids", kt[0], "teens", kt[1]))
                .value()).containsExactly("1", "2", "3-4", "3-4", "5+");   // sizes 1, 2, 3, 4, 5
        assertThat(fitted.apply(CustomerValues.of("kids", -1L, "teens", 0L)).isClassified()).isFalse();   // size 0
        assertThat(fitted.apply(CustomerValues.of("kids", 1L)).reason()).hasValue("'teens' is missing");
    }

    @Test
    void should_map_raw_values_to_groups_exactly() {
        // javadoc: docs/classifiers.md
        Classifier jobs = ClassifierRegistry.create("mapping", Map.of("input", "job", "mapping",
                Map.of("Nurse", "health", "Welder", "trades"), "default", "other"));

        FittedClassifier fitted = jobs.fit(List.of());
        assertThat(jobs.output()).isEqualTo("job_group");
        assertThat(List.of("Nurse", "Welder", "nurse", "Astronaut"))
                .extracting(job -> fitted.apply(CustomerValues.of("job", job)).value())
                .containsExactly("health", "trades", "other", "other");
        assertThat(fitted.apply(CustomerValues.of()).reason()).hasValue("'job' is missing");
    }
}
