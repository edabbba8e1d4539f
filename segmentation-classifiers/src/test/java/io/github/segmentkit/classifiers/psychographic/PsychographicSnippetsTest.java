package io.github.segmentkit.classifiers.psychographic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.MapValues;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of {@code classifiers.psychographic}, compiled and run in the package of their classes, with
 * expected scores and labels worked out by hand. Checked by {@code JavadocExamplesTest}.
 */
class PsychographicSnippetsTest {
    /** Two survey items, the second reverse-coded, as settings data. */
    private final List<Map<String, Object>> items = List.of(Map.of("id", "q1", "min", 1, "max", 5),
            Map.of("id", "q2", "min", 1, "max", 5, "reversed", true));
    /** Two personas over the scaled answers of {@link #items}. */
    private final List<Map<String, Object>> personas = List.of(Map.of("name", "explorer", "centroid", List.of(1, 0)),
            Map.of("name", "homebody", "centroid", List.of(0, 1)));

    @Test
    void should_score_tag_strengths_by_weight() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/psychographic/InterestProfile.java
        InterestProfile outdoors = new InterestProfile("outdoors", Map.of("hiking", 1.0, "camping", 0.8, "golf", 0.2));

        // 1.0 * 1 + 0.8 * 0.5, golf absent
        assertThat(outdoors.score(Map.of("hiking", 1.0, "camping", 0.5))).isCloseTo(1.4, within(1e-12));
    }

    @Test
    void should_create_interest_scoring_by_type_name() {
        List<Map<String, Object>> profiles = List.of(Map.of("name", "outdoors", "weights", Map.of("hiking", 1)));

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/psychographic/InterestScoreProvider.java
        ClassifierRegistry.create("interest-score", Map.of("input", "interests", "profiles", profiles));

        Classifier created = ClassifierRegistry.create("interest-score",
                Map.of("input", "interests", "profiles", profiles));
        assertThat(created.fit(List.of()).apply(MapValues.of("interests", List.of("hiking"))))
                .isEqualTo(Label.of("outdoors"));
    }

    @Test
    void should_give_the_best_scoring_interest_profile() {
        AttributeValues values = MapValues.of("interests", List.of("hiking"));

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/psychographic/InterestScoring.java
        InterestScoring interests = new InterestScoring("interests", Map.of(), "interest_persona",
                List.of(new InterestProfile("outdoors", Map.of("hiking", 1.0)),
                        new InterestProfile("culture", Map.of("museums", 1.0))), 0.0);
        interests.fit(List.of()).apply(values);   // interests = {hiking} -> "outdoors"

        assertThat(interests.fit(List.of()).apply(values)).isEqualTo(Label.of("outdoors"));
    }

    @Test
    void should_scale_a_reversed_answer() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/psychographic/LikertItem.java
        LikertItem item = new LikertItem("enjoys_risk", 1, 5, true);
        item.scale(4);   // 0.25

        // reversed: 1 + 5 - 4 = 2, then (2 - 1) / (5 - 1)
        assertThat(item.scale(4)).isEqualTo(0.25);
    }

    @Test
    void should_hold_a_centroid_per_item() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/psychographic/Persona.java
        Persona adventurer = new Persona("adventurer", List.of(0.9, 0.8, 0.2));

        assertThat(adventurer.centroid()).containsExactly(0.9, 0.8, 0.2);
    }

    @Test
    void should_give_the_nearest_persona() {
        AttributeValues values = MapValues.of("q1", 5L, "q2", 5L);

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/psychographic/PersonaClassifier.java
        PersonaClassifier personas = new PersonaClassifier("persona",
                List.of(new LikertItem("q1", 1, 5, false), new LikertItem("q2", 1, 5, true)),
                List.of(new Persona("explorer", List.of(1.0, 0.0)), new Persona("homebody", List.of(0.0, 1.0))),
                0.5, null);
        personas.fit(List.of()).apply(values);   // q1 = 5, q2 = 5 (reversed: 0) -> "explorer" (distance 0)

        assertThat(personas.fit(List.of()).apply(values)).isEqualTo(Label.of("explorer"));
        assertThat(personas.distances(personas.scaledAnswers(values))[0]).isZero();
    }

    @Test
    void should_create_personas_by_type_name() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/psychographic/PersonaProvider.java
        ClassifierRegistry.create("persona", Map.of("items", items, "personas", personas));

        Classifier created = ClassifierRegistry.create("persona", Map.of("items", items, "personas", personas));
        // q1 = 1 scales to 0, q2 = 1 reversed scales to 1: the homebody's centroid
        assertThat(created.fit(List.of()).apply(MapValues.of("q1", 1L, "q2", 1L))).isEqualTo(Label.of("homebody"));
    }

    @Test
    void should_create_a_psychographic_classifier_by_type_name() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/psychographic/package-info.java
        Classifier nearestPersona = ClassifierRegistry.create("persona", Map.of("items", items, "personas", personas));

        assertThat(nearestPersona.inputs()).containsExactly("q1", "q2");
    }
}
