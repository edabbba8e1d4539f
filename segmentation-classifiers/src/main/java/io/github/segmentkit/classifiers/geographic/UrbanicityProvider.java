package io.github.segmentkit.classifiers.geographic;

import io.github.segmentkit.classifiers.kit.AbstractClassifierProvider;

/**
 * Registers {@link Urbanicity} as {@value Urbanicity#TYPE}.
 *
 * <pre>{@code
 * ClassifierRegistry.create("urbanicity", Map.of("input", "city_population"));
 * }</pre>
 */
public final class UrbanicityProvider extends AbstractClassifierProvider<Urbanicity> {
    /** The provider ServiceLoader instantiates. */
    public UrbanicityProvider() {
        super(Urbanicity.TYPE, Urbanicity::fromSettings);
    }
}
