package io.github.segmentkit.classifiers.psychographic;

import io.github.segmentkit.classifiers.kit.AbstractClassifierProvider;

/**
 * Registers {@link PersonaClassifier} as {@value PersonaClassifier#TYPE}.
 *
 * <pre>{@code
 * ClassifierRegistry.create("persona", Map.of("items", items, "personas", personas));
 * }</pre>
 */
public final class PersonaProvider extends AbstractClassifierProvider<PersonaClassifier> {
    /** The provider ServiceLoader instantiates. */
    public PersonaProvider() {
        super(PersonaClassifier.TYPE, PersonaClassifier::fromSettings);
    }
}
