package io.github.segmentkit.classifiers.kit;

import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierProvider;
import io.github.segmentkit.api.classify.FittedClassifier;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The base of every classifier provider, built-in or a user's: it names the type, builds classifiers from settings,
 * and restores fitted classifiers after checking the parameters' format version ({@link FittedParameters}). A
 * classifier that learns nothing from the population needs only the constructor; one that learns overrides
 * {@link #restore(Classifier, Settings)} to rebuild its fit from the saved parameters.
 *
 * <pre>{@code
 * public final class AgeBandProvider extends AbstractClassifierProvider<AgeBands> {
 *     public AgeBandProvider() { super("age-band", AgeBands::fromSettings); }
 * }
 *
 * public final class IncomeBandProvider extends AbstractClassifierProvider<IncomeBands> {
 *     public IncomeBandProvider() { super("income-band", IncomeBands::fromSettings); }
 *     protected FittedClassifier restore(IncomeBands bands, Settings parameters) {
 *         if (bands.edges() != null) {
 *             return super.restore(bands, parameters);   // absolute bands learn nothing
 *         }
 *         parameters.allowOnly("edges");   // Settings names any bad key or value as a DefinitionException
 *         return parameters.build("edges", () -> QuantileIncomeBands.restore(bands, parameters.list("edges")));
 *     }
 * }
 * }</pre>
 *
 * <p>Register the provider in {@code META-INF/services/io.github.segmentkit.api.classify.ClassifierProvider}.
 * Immutable and thread-safe.
 *
 * @param <C> the classifier type built
 */
public abstract class AbstractClassifierProvider<C extends Classifier> implements ClassifierProvider {
    private final String type;
    private final Function<Map<String, Object>, ? extends C> factory;

    /**
     * @param type    the stable type name, lower case, words separated by '-'
     * @param factory builds a classifier from its settings, throwing a DefinitionException for bad ones (through
     *                {@link Settings})
     */
    protected AbstractClassifierProvider(String type, Function<Map<String, Object>, ? extends C> factory) {
        this.type = Objects.requireNonNull(type, "type");
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public final String type() {
        return type;
    }

    @Override
    public final C create(Map<String, Object> settings) {
        Settings.of(type, settings);   // a null map is a definition problem, not a NullPointerException
        return factory.apply(settings);
    }

    @Override
    public final FittedClassifier restore(Map<String, Object> settings, Map<String, Object> parameters) {
        C classifier = create(settings);
        return restore(classifier, FittedParameters.read(type, parameters));
    }

    /**
     * Rebuilds the fit of {@code classifier} from its saved parameters (the format version already checked and
     * removed). By default the classifier learns nothing from the population: the parameters must be empty, and
     * the fit is a fit on no customers.
     *
     * @throws io.github.segmentkit.api.DefinitionException naming the bad parameter and value
     */
    protected FittedClassifier restore(C classifier, Settings parameters) {
        if (!parameters.keys().isEmpty()) {
            throw parameters.problem(parameters.keys().iterator().next(), "unknown parameter; a '" + type
                    + "' classifier learns nothing from the population, so its parameters must be empty apart from '"
                    + FittedParameters.KEY + "'");
        }
        return classifier.fit(List.of());
    }
}
