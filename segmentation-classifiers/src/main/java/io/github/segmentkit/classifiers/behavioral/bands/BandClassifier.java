package io.github.segmentkit.classifiers.behavioral.bands;

import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierInput;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.RuleFitted;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fixed-band classifier described entirely by its configuration (purchase frequency, engagement): it learns
 * nothing from the population, and labels a customer by the band of one number computed from its inputs.
 */
interface BandClassifier extends Classifier {
    /** The configuration. */
    BandConfig config();

    /** The label of one customer: its band, or unclassified with the reason. */
    Label label(AttributeValues customer);

    @Override
    default String type() {
        return config().type();
    }

    @Override
    default List<String> inputs() {
        return config().inputs();
    }

    /** Counts: numbers. */
    @Override
    default List<ClassifierInput> expectedInputs() {
        return config().inputs().stream().map(input -> ClassifierInput.numeric(input, config().inputsSetting()))
                .toList();
    }

    @Override
    default String output() {
        return config().output();
    }

    @Override
    default Map<String, Object> settings() {
        return config().toSettings();
    }

    /** Fixed by the settings: the bands. */
    @Override
    default Optional<List<String>> possibleLabels() {
        return Optional.of(fit(List.of()).labels());
    }

    /** Needs no population: the bands are fixed. */
    @Override
    default FittedClassifier fit(Iterable<? extends AttributeValues> population) {
        return new RuleFitted(this, config().bands().labels(), this::label);
    }
}
