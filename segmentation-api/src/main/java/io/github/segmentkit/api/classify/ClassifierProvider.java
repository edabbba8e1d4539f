package io.github.segmentkit.api.classify;

import java.util.Map;

/**
 * Makes classifiers of one type from configuration data; discovered with {@link java.util.ServiceLoader} through
 * {@code META-INF/services/io.github.segmentkit.api.classify.ClassifierProvider}. The built-in types live in
 * {@code segmentation-classifiers}; users add their own the same way.
 *
 * <p>A classifier written with the kit of {@code segmentation-classifiers} gets its provider by extending
 * {@code io.github.segmentkit.classifiers.kit.AbstractClassifierProvider}, which checks the format version of saved
 * parameters and refuses parameters a classifier that learns nothing cannot have. A provider written by hand reads
 * the parameters of the earlier fit itself:
 *
 * <pre>{@code
 * public final class LoyaltyTierProvider implements ClassifierProvider {
 *     public String type() { return "loyalty-tier"; }
 *     public Classifier create(Map<String, Object> settings) { return LoyaltyTiers.fromSettings(settings); }
 *     public FittedClassifier restore(Map<String, Object> settings, Map<String, Object> parameters) {
 *         // fixed thresholds learn nothing: the parameters hold only the format version, 1
 *         Object version = parameters.get("formatVersion");
 *         if (parameters.size() != 1 || !(version instanceof Number number) || number.longValue() != 1) {
 *             throw new DefinitionException(Problem.of(null, null, "cannot restore loyalty-tier from " + parameters));
 *         }
 *         return create(settings).fit(List.of());
 *     }
 * }
 * }</pre>
 */
public interface ClassifierProvider {
    /** The stable type name, e.g. {@code "age-band"}; lower case, words separated by '-'. */
    String type();

    /**
     * A classifier configured by {@code settings}.
     *
     * @throws io.github.segmentkit.api.DefinitionException naming the bad setting and value
     */
    Classifier create(Map<String, Object> settings);

    /**
     * A fitted classifier rebuilt from its settings and the {@link FittedClassifier#parameters()} of an earlier fit.
     *
     * @throws io.github.segmentkit.api.DefinitionException naming the bad parameter and value
     */
    FittedClassifier restore(Map<String, Object> settings, Map<String, Object> parameters);
}
