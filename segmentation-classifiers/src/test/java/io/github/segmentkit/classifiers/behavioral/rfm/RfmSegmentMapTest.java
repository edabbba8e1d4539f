package io.github.segmentkit.classifiers.behavioral.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RfmSegmentMapTest {
    @Test
    void should_apply_the_rfm_package_rules_in_declared_order_with_others_for_the_rest() {
        RfmSegmentMap map = RfmSegmentMap.rfmPackage();

        // worked by hand from the rule table in docs/classifiers.md (rfm, segment maps)
        assertThat(map.segmentOf(new RfmScore(5, 5, 5))).contains("Champions");
        assertThat(map.segmentOf(new RfmScore(3, 3, 3))).contains("Potential Loyalist");
        assertThat(map.segmentOf(new RfmScore(2, 2, 2))).contains("Loyal Customers");
        assertThat(map.segmentOf(new RfmScore(4, 1, 3))).contains("Promising");
        assertThat(map.segmentOf(new RfmScore(5, 1, 1))).contains("New Customers");
        assertThat(map.segmentOf(new RfmScore(1, 3, 4))).contains("Can't Lose Them");
        assertThat(map.segmentOf(new RfmScore(1, 2, 5))).contains("At Risk");
        assertThat(map.segmentOf(new RfmScore(1, 5, 3))).contains("Need Attention");
        assertThat(map.segmentOf(new RfmScore(2, 1, 1))).contains("About To Sleep");
        assertThat(map.segmentOf(new RfmScore(1, 1, 1))).contains("Lost");
        assertThat(map.segmentOf(new RfmScore(2, 1, 5))).contains("Others");
        assertThat(map.segments()).hasSize(11).endsWith("Others");
    }

    @Test
    void should_cover_every_score_with_the_presets_but_not_with_a_partial_custom_map() {
        RfmSegmentMap partial = RfmSegmentMap.of(List.of(new RfmSegmentRule("vip", ScoreRange.exactly(5),
                ScoreRange.exactly(5), ScoreRange.ANY)), null);

        assertThat(RfmSegmentMap.canonical().coversAllScores()).isTrue();
        assertThat(RfmSegmentMap.rfmPackage().coversAllScores()).isTrue();
        assertThat(partial.coversAllScores()).isFalse();
        assertThat(partial.segmentOf(new RfmScore(4, 5, 5))).isEmpty();
    }

    @Test
    void should_reject_bad_rules() {
        assertThatThrownBy(() -> RfmSegmentMap.of(List.of(), "x")).hasMessageContaining("1..1000 rules, got 0");
        assertThatThrownBy(() -> new RfmSegmentRule(" ", ScoreRange.ANY, ScoreRange.ANY, ScoreRange.ANY))
                .hasMessageContaining("not blank");
        assertThatThrownBy(() -> ScoreRange.of(3, 2)).hasMessageContaining("was [3, 2]");
        assertThatThrownBy(() -> new RfmScore(0, 1, 1)).hasMessageContaining("recency score must be in 1..5");
    }
}
