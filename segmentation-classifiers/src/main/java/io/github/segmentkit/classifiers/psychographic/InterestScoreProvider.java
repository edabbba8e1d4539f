package io.github.segmentkit.classifiers.psychographic;

import io.github.segmentkit.classifiers.kit.StatelessClassifierProvider;

/**
 * Registers {@link InterestScoring} as {@value InterestScoring#TYPE}.
 *
 * <pre>{@code
 * ClassifierRegistry.create("interest-score", Map.of("input", "interests", "profiles", profiles));
 * }</pre>
 */
public final class InterestScoreProvider extends StatelessClassifierProvider {
    /** The provider ServiceLoader instantiates. */
    public InterestScoreProvider() {
        super(InterestScoring.TYPE, InterestScoring::fromSettings);
    }
}
