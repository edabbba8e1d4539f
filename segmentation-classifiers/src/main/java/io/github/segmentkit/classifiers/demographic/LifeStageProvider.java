package io.github.segmentkit.classifiers.demographic;

import io.github.segmentkit.classifiers.kit.AbstractClassifierProvider;

/**
 * Registers {@link LifeStages} as {@value LifeStages#TYPE}.
 *
 * <pre>{@code
 * ClassifierRegistry.create("life-stage", Map.of("age", "age", "maritalStatus", "marital_status"));
 * }</pre>
 */
public final class LifeStageProvider extends AbstractClassifierProvider<LifeStages> {
    /** The provider ServiceLoader instantiates. */
    public LifeStageProvider() {
        super(LifeStages.TYPE, LifeStages::fromSettings);
    }
}
