package io.github.segmentkit.classifiers.psychographic;

import java.util.Objects;

/**
 * One survey item answered on a Likert scale from {@code min} to {@code max}. A reverse-coded item is flipped before
 * scaling: {@code x <- min + max - x}. The scaled answer is {@code (x - min) / (max - min)}, in [0, 1]; so on a
 * 5-point reversed item the answer 4 becomes 2 and then 0.25.
 *
 * <pre>{@code
 * LikertItem item = new LikertItem("enjoys_risk", 1, 5, true);
 * item.scale(4);   // 0.25
 * }</pre>
 *
 * @param id       the numeric attribute holding the answer
 * @param min      the lowest answer
 * @param max      the highest answer, greater than {@code min}
 * @param reversed whether the item is reverse-coded
 */
public record LikertItem(String id, double min, double max, boolean reversed) {
    public LikertItem {
        Objects.requireNonNull(id, "id");
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(max > min)) {
            throw new IllegalArgumentException("item '" + id + "': need finite min < max, got " + min + " and " + max);
        }
    }

    /**
     * The answer scaled to [0, 1], reverse-coding applied.
     *
     * @throws IllegalArgumentException when the answer lies outside [min, max]
     */
    public double scale(double answer) {
        if (!(answer >= min && answer <= max)) {
            throw new IllegalArgumentException("item '" + id + "': answer " + answer + " is outside [" + min + ", "
                    + max + "]");
        }
        double x = reversed ? min + max - answer : answer;
        return (x - min) / (max - min);
    }
}
