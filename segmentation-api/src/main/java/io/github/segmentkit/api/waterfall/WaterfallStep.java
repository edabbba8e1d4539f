package io.github.segmentkit.api.waterfall;

/**
 * One step of a waterfall report: of the customers a segment matched, how many an earlier step had already taken
 * and how many this step assigned. For the default bucket, {@code matched} is everyone left and all are assigned.
 *
 * <pre>{@code
 * for (WaterfallStep step : buckets.steps()) {
 *     log.info("{}: matched {}, already taken {}, assigned {}", step.name(), step.matched(), step.alreadyTaken(),
 *             step.assigned());
 * }
 * }</pre>
 *
 * @param name         the segment or default bucket
 * @param matched      customers the segment matched
 * @param alreadyTaken of those, customers an earlier step had assigned
 * @param assigned     customers assigned to this step: {@code matched - alreadyTaken}
 */
public record WaterfallStep(String name, int matched, int alreadyTaken, int assigned) {
    public WaterfallStep {
        if (matched < 0 || alreadyTaken < 0 || assigned != matched - alreadyTaken) {
            throw new IllegalArgumentException("inconsistent step '" + name + "': matched " + matched
                    + ", already taken " + alreadyTaken + ", assigned " + assigned);
        }
    }
}
