/**
 * Classifiers: turn customer data into a label (an age band, an RFM segment, a persona, a region) that criteria
 * use like any other categorical attribute. The built-in ones live in {@code segmentation-classifiers}; this
 * package holds the contract they and the user's own share.
 *
 * <p>How the parts fit: {@link io.github.segmentkit.api.classify.ClassifierRegistry} finds
 * {@link io.github.segmentkit.api.classify.ClassifierProvider}s with {@link java.util.ServiceLoader} and creates a
 * {@link io.github.segmentkit.api.classify.Classifier} by type name from settings given as data. A classifier is
 * fitted once to a population (learning quantile edges, centroids and the like) into an immutable
 * {@link io.github.segmentkit.api.classify.FittedClassifier}, whose parameters can be saved and restored so that a
 * live system labels customers exactly as the batch did. It reads customers through
 * {@link io.github.segmentkit.api.classify.AttributeValues}, independent of the customer class, and answers with a
 * {@link io.github.segmentkit.api.classify.Label}: a value, or {@code unclassified} with the reason.
 * {@code CustomerSchema.withClassifier} adds the fitted classifier's output as a derived attribute.
 *
 * <pre>{@code
 * Classifier regions = ClassifierRegistry.create("country-region", Map.of("input", "country"));
 * CustomerSchema<Customer> labelled = schema.withClassifier(regions.fit(population));
 * Criterion europe = regions.outputAttribute().eq("Europe");
 * }</pre>
 */
package io.github.segmentkit.api.classify;
