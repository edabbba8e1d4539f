package io.github.segmentkit.core.classify.geographic;

import io.github.segmentkit.core.classify.common.StatelessClassifierProvider;

/**
 * Registers {@link Urbanicity} as {@value Urbanicity#TYPE}.
 *
 * <pre>{@code
 * ClassifierRegistry.create("urbanicity", Map.of("input", "city_population"));
 * }</pre>
 */
public final class UrbanicityProvider extends StatelessClassifierProvider {
    /** The provider ServiceLoader instantiates. */
    public UrbanicityProvider() {
        super(Urbanicity.TYPE, Urbanicity::fromSettings);
    }
}
