package io.github.segmentkit.classifiers.psychographic;

import io.github.segmentkit.classifiers.kit.AbstractClassifierProvider;

/**
 * Registers {@link InterestScoring} as {@value InterestScoring#TYPE}.
 *
 * <pre>{@code
 * ClassifierRegistry.create("interest-score", Map.of("input", "interests", "profiles", profiles));
 * }</pre>
 */
public final class InterestScoreProvider extends AbstractClassifierProvider<InterestScoring> {
    /** The provider ServiceLoader instantiates. */
    public InterestScoreProvider() {
        super(InterestScoring.TYPE, InterestScoring::fromSettings);
    }
}
