package io.github.segmentkit.classifiers.demographic;

import io.github.segmentkit.classifiers.kit.AbstractClassifierProvider;

/**
 * Registers {@link AgeBands} as {@value AgeBands#TYPE}.
 *
 * <pre>{@code
 * ClassifierRegistry.create("age-band", Map.of("age", "age"));
 * }</pre>
 */
public final class AgeBandProvider extends AbstractClassifierProvider<AgeBands> {
    /** The provider ServiceLoader instantiates. */
    public AgeBandProvider() {
        super(AgeBands.TYPE, AgeBands::fromSettings);
    }
}
