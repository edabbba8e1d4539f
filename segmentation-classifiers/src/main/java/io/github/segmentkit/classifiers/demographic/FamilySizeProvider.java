package io.github.segmentkit.classifiers.demographic;

import io.github.segmentkit.classifiers.kit.StatelessClassifierProvider;

/**
 * Registers {@link FamilySizeBands} as {@value FamilySizeBands#TYPE}.
 *
 * <pre>{@code
 * ClassifierRegistry.create("family-size", Map.of("inputs", List.of("adults", "kids")));
 * }</pre>
 */
public final class FamilySizeProvider extends StatelessClassifierProvider {
    /** The provider ServiceLoader instantiates. */
    public FamilySizeProvider() {
        super(FamilySizeBands.TYPE, FamilySizeBands::fromSettings);
    }
}
