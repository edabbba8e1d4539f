package io.github.segmentkit.classifiers.geographic;

import io.github.segmentkit.classifiers.kit.AbstractClassifierProvider;

/**
 * Registers {@link CountryRegions} as {@value CountryRegions#TYPE}.
 *
 * <pre>{@code
 * ClassifierRegistry.create("country-region", Map.of("input", "country", "level", "sub-region"));
 * }</pre>
 */
public final class CountryRegionProvider extends AbstractClassifierProvider<CountryRegions> {
    /** The provider ServiceLoader instantiates. */
    public CountryRegionProvider() {
        super(CountryRegions.TYPE, CountryRegions::fromSettings);
    }
}
