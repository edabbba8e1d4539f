/**
 * Behavioral band classifiers: fixed, left-closed bands over one usage count, learning nothing from the population.
 * {@link io.github.segmentkit.classifiers.behavioral.bands.PurchaseFrequencyClassifier} (type
 * {@code "purchase-frequency"}) bands how often a customer orders; {@link
 * io.github.segmentkit.classifiers.behavioral.bands.EngagementClassifier} (type {@code "engagement"}) bands a score
 * of brand interactions. A missing or negative count is {@code unclassified} with the reason. Settings, defaults
 * and labels are listed in {@code docs/classifiers.md}; usually they are created by type name through
 * {@code ClassifierRegistry}.
 */
package io.github.segmentkit.classifiers.behavioral.bands;
