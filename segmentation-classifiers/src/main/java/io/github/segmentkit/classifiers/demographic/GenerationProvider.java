package io.github.segmentkit.classifiers.demographic;

import io.github.segmentkit.classifiers.kit.AbstractClassifierProvider;

/**
 * Registers {@link Generations} as {@value Generations#TYPE}.
 *
 * <pre>{@code
 * ClassifierRegistry.create("generation", Map.of("input", "birth_year"));
 * }</pre>
 */
public final class GenerationProvider extends AbstractClassifierProvider<Generations> {
    /** The provider ServiceLoader instantiates. */
    public GenerationProvider() {
        super(Generations.TYPE, Generations::fromSettings);
    }
}
