package io.github.segmentkit.classifiers.psychographic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.MapValues;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonaClassifierTest {
    private static final List<LikertItem> ITEMS = List.of(new LikertItem("q1", 1, 5, false),
            new LikertItem("q2", 1, 5, true), new LikertItem("q3", 1, 5, false), new LikertItem("q4", 1, 5, false));
    private static final Persona FIRST = new Persona("first", List.of(1.0, 0.25, 0.5, 0.25));
    private static final Persona SECOND = new Persona("second", List.of(0.0, 1.0, 1.0, 0.0));

    private static PersonaClassifier personas(Double maxDistance, Persona... personas) {
        return new PersonaClassifier("persona", ITEMS, List.of(personas), 0.5, maxDistance);
    }

    @Test
    void should_reverse_code_then_scale_as_domain_says() {
        assertThat(new LikertItem("x", 1, 5, true).scale(4)).isEqualTo(0.25);   // 4 -> 2 -> 0.25
    }

    @Test
    void should_use_nan_euclidean_distance_over_answered_items() {
        // q1 = 5, q2 = 4 (reversed), q3 unanswered, q4 = 2: scaled (1, 0.25, NaN, 0.25)
        // by hand (python): to SECOND sqrt(4/3 * (1 + 0.5625 + 0.0625)) = 1.4719601443879744; to FIRST 0
        MapValues answers = MapValues.of("q1", 5L, "q2", 4L, "q4", 2L);
        PersonaClassifier classifier = personas(null, SECOND, FIRST);
        double[] distances = classifier.distances(classifier.scaledAnswers(answers));
        assertThat(distances[0]).isCloseTo(1.4719601443879744, within(1e-15));
        assertThat(distances[1]).isZero();
        assertThat(classifier.fit(List.of()).apply(answers).value()).isEqualTo("first");
    }

    @Test
    void should_break_exact_ties_by_declaration_order() {
        Persona a = new Persona("a", List.of(0.0, 0.5, 0.5, 0.5));
        Persona b = new Persona("b", List.of(1.0, 0.5, 0.5, 0.5));
        MapValues middle = MapValues.of("q1", 3L, "q2", 3L, "q3", 3L, "q4", 3L);   // q1 scaled 0.5
        assertThat(personas(null, a, b).fit(List.of()).apply(middle).value()).isEqualTo("a");
        assertThat(personas(null, b, a).fit(List.of()).apply(middle).value()).isEqualTo("b");
    }

    @Test
    void should_need_half_of_the_items_answered() {
        FittedClassifier fitted = personas(null, FIRST, SECOND).fit(List.of());
        assertThat(fitted.apply(MapValues.of("q1", 5L, "q2", 1L)).isClassified()).isTrue();   // 2 of 4
        Label one = fitted.apply(MapValues.of("q1", 5L));
        assertThat(one.value()).isEqualTo(Label.UNCLASSIFIED);
        assertThat(one.reason()).hasValueSatisfying(r -> assertThat(r).contains("1 of 4"));
        assertThat(fitted.apply(MapValues.of()).isClassified()).isFalse();
    }

    @Test
    void should_leave_customers_beyond_the_maximum_distance_unclassified() {
        MapValues answers = MapValues.of("q1", 1L, "q2", 1L, "q3", 1L, "q4", 1L);   // scaled (0, 1, 0, 0)
        // to SECOND: sqrt(0 + 0 + 1 + 0) = 1
        assertThat(personas(1.0, SECOND).fit(List.of()).apply(answers).value()).isEqualTo("second");
        assertThat(personas(0.999, SECOND).fit(List.of()).apply(answers).reason())
                .hasValueSatisfying(r -> assertThat(r).contains("beyond the maximum"));
    }

    @Test
    void should_report_an_answer_off_the_scale() {
        assertThat(personas(null, FIRST).fit(List.of()).apply(MapValues.of("q1", 7L, "q2", 1L)).reason())
                .hasValueSatisfying(r -> assertThat(r).contains("item 'q1'").contains("7.0"));
    }
}
