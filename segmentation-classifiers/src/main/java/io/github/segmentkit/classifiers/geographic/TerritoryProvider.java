package io.github.segmentkit.classifiers.geographic;

import io.github.segmentkit.classifiers.kit.AbstractClassifierProvider;

/**
 * Registers {@link Territories} as {@value Territories#TYPE}.
 *
 * <pre>{@code
 * ClassifierRegistry.create("territory", Map.of("input", "home", "territories", territories));
 * }</pre>
 */
public final class TerritoryProvider extends AbstractClassifierProvider<Territories> {
    /** The provider ServiceLoader instantiates. */
    public TerritoryProvider() {
        super(Territories.TYPE, Territories::fromSettings);
    }
}
