package io.github.segmentkit.classifiers.geographic;

import io.github.segmentkit.classifiers.kit.AbstractClassifierProvider;

/**
 * Registers {@link StoreDistanceBands} as {@value StoreDistanceBands#TYPE}.
 *
 * <pre>{@code
 * ClassifierRegistry.create("store-distance", Map.of("input", "home", "stores", stores));
 * }</pre>
 */
public final class StoreDistanceProvider extends AbstractClassifierProvider<StoreDistanceBands> {
    /** The provider ServiceLoader instantiates. */
    public StoreDistanceProvider() {
        super(StoreDistanceBands.TYPE, StoreDistanceBands::fromSettings);
    }
}
