package io.github.segmentkit.classifiers.demographic;

import io.github.segmentkit.classifiers.kit.AbstractClassifierProvider;

/**
 * Registers {@link FamilySizeBands} as {@value FamilySizeBands#TYPE}.
 *
 * <pre>{@code
 * ClassifierRegistry.create("family-size", Map.of("inputs", List.of("adults", "kids")));
 * }</pre>
 */
public final class FamilySizeProvider extends AbstractClassifierProvider<FamilySizeBands> {
    /** The provider ServiceLoader instantiates. */
    public FamilySizeProvider() {
        super(FamilySizeBands.TYPE, FamilySizeBands::fromSettings);
    }
}
