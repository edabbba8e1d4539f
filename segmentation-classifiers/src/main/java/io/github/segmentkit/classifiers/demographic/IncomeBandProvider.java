package io.github.segmentkit.classifiers.demographic;

import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.classifiers.kit.AbstractClassifierProvider;
import io.github.segmentkit.classifiers.kit.Settings;

/**
 * Registers {@link IncomeBands} as {@value IncomeBands#TYPE}; restores quantile bands from their saved edges.
 *
 * <pre>{@code
 * FittedClassifier again = ClassifierRegistry.restore("income-band", bands.settings(), fitted.parameters());
 * }</pre>
 */
public final class IncomeBandProvider extends AbstractClassifierProvider<IncomeBands> {
    /** The provider ServiceLoader instantiates. */
    public IncomeBandProvider() {
        super(IncomeBands.TYPE, IncomeBands::fromSettings);
    }

    /** Absolute bands learn nothing; quantile bands need their {@code edges}. */
    @Override
    protected FittedClassifier restore(IncomeBands bands, Settings parameters) {
        if (bands.edges() != null) {
            return super.restore(bands, parameters);
        }
        parameters.allowOnly("edges");
        if (!parameters.has("edges")) {
            throw parameters.problem("edges", "is required to restore quantile bands");
        }
        return parameters.build("edges", () -> QuantileIncomeBands.restore(bands, parameters.list("edges")));
    }
}
