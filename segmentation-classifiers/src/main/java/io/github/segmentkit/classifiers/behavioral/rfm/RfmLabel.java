package io.github.segmentkit.classifiers.behavioral.rfm;

import io.github.segmentkit.api.classify.Label;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which part of the RFM result the {@code rfm} classifier outputs as its label, so that the segment and each score
 * can be derived attributes of their own (two classifiers with different outputs).
 *
 * <pre>{@code
 * RfmClassifierConfig scores = RfmClassifierConfig.defaults().withLabel(RfmLabel.SCORE).withOutput("rfm_score");
 * // labels like "541": R5, F4, M1
 * }</pre>
 */
public enum RfmLabel {
    /** The segment name from the segment map, e.g. {@code champions}. */
    SEGMENT("segment"),
    /** The three scores, e.g. {@code 541}. */
    SCORE("score"),
    /** The recency score, {@code 1}..{@code 5}. */
    RECENCY_SCORE("r"),
    /** The frequency score, {@code 1}..{@code 5}. */
    FREQUENCY_SCORE("f"),
    /** The monetary score, {@code 1}..{@code 5}. */
    MONETARY_SCORE("m");

    private final String key;

    RfmLabel(String key) {
        this.key = key;
    }

    /** The name used in settings. */
    public String key() {
        return key;
    }

    /** The label kind named {@code key} in settings. */
    public static Optional<RfmLabel> fromKey(String key) {
        for (RfmLabel label : values()) {
            if (label.key.equals(key)) {
                return Optional.of(label);
            }
        }
        return Optional.empty();
    }

    /** The label of {@code score}. */
    Label labelOf(RfmScore score, RfmSegmentMap map) {
        return switch (this) {
            case SEGMENT -> map.labelOf(score);
            case SCORE -> Label.of(score.code());
            case RECENCY_SCORE -> Label.of(Integer.toString(score.recency()));
            case FREQUENCY_SCORE -> Label.of(Integer.toString(score.frequency()));
            case MONETARY_SCORE -> Label.of(Integer.toString(score.monetary()));
        };
    }

    /** Every label this kind can give, {@value Label#UNCLASSIFIED} last. */
    List<String> labels(RfmSegmentMap map) {
        List<String> labels = new ArrayList<>();
        switch (this) {
            case SEGMENT -> labels.addAll(map.segments());
            case SCORE -> {
                for (int code = 111; code <= 555; code++) {
                    String text = Integer.toString(code);
                    if (text.chars().allMatch(c -> c >= '1' && c <= '5')) {
                        labels.add(text);
                    }
                }
            }
            default -> List.of("1", "2", "3", "4", "5").forEach(labels::add);
        }
        labels.add(Label.UNCLASSIFIED);
        return labels;
    }
}
