package io.github.segmentkit.classifiers.demographic;

import io.github.segmentkit.classifiers.kit.AbstractClassifierProvider;

/**
 * Registers {@link ValueMapping} as {@value ValueMapping#TYPE}.
 *
 * <pre>{@code
 * ClassifierRegistry.create("mapping", Map.of("input", "job", "mapping", Map.of("Nurse", "health")));
 * }</pre>
 */
public final class MappingProvider extends AbstractClassifierProvider<ValueMapping> {
    /** The provider ServiceLoader instantiates. */
    public MappingProvider() {
        super(ValueMapping.TYPE, ValueMapping::fromSettings);
    }
}
