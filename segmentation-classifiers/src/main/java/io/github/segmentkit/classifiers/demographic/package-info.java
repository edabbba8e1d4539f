/**
 * Demographic classifiers ({@code docs/classifiers.md}, "Demographic"): age bands, generations, income bands
 * (absolute or population quantiles), life stage, family size and value mapping. Each is a configuration record that
 * is also its {@link io.github.segmentkit.api.classify.Classifier}, registered with {@link java.util.ServiceLoader}
 * by a provider in this package.
 *
 * <pre>{@code
 * Classifier bands = ClassifierRegistry.create("age-band", Map.of("age", "age"));
 * }</pre>
 */
package io.github.segmentkit.classifiers.demographic;
