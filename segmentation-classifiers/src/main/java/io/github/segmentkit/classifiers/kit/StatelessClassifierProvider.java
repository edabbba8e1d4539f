package io.github.segmentkit.classifiers.kit;

import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierProvider;
import io.github.segmentkit.api.classify.FittedClassifier;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A provider for a classifier that learns nothing from the population, so restoring is fitting on nothing: the
 * saved parameters must be empty. Subclasses only name the type and the settings reader.
 *
 * <pre>{@code
 * public final class AgeBandProvider extends StatelessClassifierProvider {
 *     public AgeBandProvider() { super("age-band", AgeBands::fromSettings); }
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public abstract class StatelessClassifierProvider implements ClassifierProvider {
    private final String type;
    private final Function<Map<String, Object>, ? extends Classifier> factory;

    /**
     * @param type    the stable type name
     * @param factory builds a classifier from its settings, throwing a DefinitionException for bad ones
     */
    protected StatelessClassifierProvider(String type, Function<Map<String, Object>, ? extends Classifier> factory) {
        this.type = Objects.requireNonNull(type, "type");
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public final String type() {
        return type;
    }

    @Override
    public final Classifier create(Map<String, Object> settings) {
        return factory.apply(settings);
    }

    @Override
    public final FittedClassifier restore(Map<String, Object> settings, Map<String, Object> parameters) {
        if (parameters != null && !parameters.isEmpty()) {
            throw Settings.of(type, Map.of()).problem("parameters", "a '" + type
                    + "' classifier learns nothing from the population, so its parameters must be empty, got "
                    + parameters.keySet());
        }
        return create(settings).fit(List.of());
    }
}
