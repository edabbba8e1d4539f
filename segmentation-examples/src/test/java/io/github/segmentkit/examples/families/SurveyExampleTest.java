package io.github.segmentkit.examples.families;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.classify.Label;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyExampleTest {
    private final SurveyExample.Report report = SurveyExample.run(new PrintStream(new ByteArrayOutputStream(), true,
            StandardCharsets.UTF_8));

    @Test
    void should_give_the_personas_an_independent_python_computation_gives() {
        // computed outside Java with the persona rule of docs/classifiers.md written out in Python (reverse-code
        // item 5, scale to [0, 1], distance as scikit-learn's nan_euclidean_distances, nearest, max distance 0.9);
        // respondent 12 is nearest to explorer at 1.1989578808281798
        assertThat(report.respondents().stream().map(c -> c.persona().value()).toList()).containsExactly(
                "explorer", "planner", "green", "bargain_hunter", "explorer", "planner", "unclassified", "green",
                "bargain_hunter", "green", "explorer", "unclassified");
        assertThat(report.respondents().get(11).persona().reason())
                .hasValueSatisfying(r -> assertThat(r).contains("1.1989578808281798"));
        assertThat(report.respondents().get(6).persona().reason())
                .hasValueSatisfying(r -> assertThat(r).contains("1 of 5"));
    }

    @Test
    void should_score_interests_with_ties_to_the_earlier_profile() {
        List<Label> interests = report.respondents().stream().map(SurveyExample.Classified::interest).toList();
        // by hand: #1 hiking 1.0 -> outdoors (travel 1.0 ties experiences; outdoors is declared first)
        assertThat(interests.get(0).value()).isEqualTo("outdoors");
        // #9 coupons 1.0 (value_seeker) and cooking 1.0 (home_maker): tie, home_maker is declared first
        assertThat(interests.get(8).value()).isEqualTo("home_maker");
        // #10 cycling 0.8 + hiking 1.0 + gardening 0.5 = 2.3 outdoors
        assertThat(interests.get(9).value()).isEqualTo("outdoors");
        // #11 the Urdu tag ہائیکنگ weighs 1.0 for outdoors, travel 1.0 for experiences: tie, outdoors first
        assertThat(interests.get(10).value()).isEqualTo("outdoors");
        // #8 no tags: nothing above the threshold 0.5
        assertThat(interests.get(7).isClassified()).isFalse();
        assertThat(report.interests().total()).isEqualTo(12);
        assertThat(report.personas().total()).isEqualTo(12);
    }
}
