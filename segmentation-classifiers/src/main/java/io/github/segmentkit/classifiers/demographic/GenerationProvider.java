package io.github.segmentkit.classifiers.demographic;

import io.github.segmentkit.classifiers.kit.StatelessClassifierProvider;

/**
 * Registers {@link Generations} as {@value Generations#TYPE}.
 *
 * <pre>{@code
 * ClassifierRegistry.create("generation", Map.of("input", "birth_year"));
 * }</pre>
 */
public final class GenerationProvider extends StatelessClassifierProvider {
    /** The provider ServiceLoader instantiates. */
    public GenerationProvider() {
        super(Generations.TYPE, Generations::fromSettings);
    }
}
