/**
 * RFM (recency, frequency, monetary) scoring: the quintile model fitted exactly as the pandas recipe
 * ({@link io.github.segmentkit.classifiers.behavioral.rfm.RfmModel}), segment maps
 * ({@link io.github.segmentkit.classifiers.behavioral.rfm.RfmSegmentMap}: the canonical snake_case names, the pandas
 * tutorial's spellings, the R package {@code rfm}'s table, or your own), and the {@code rfm} classifier over
 * per-customer metric attributes ({@link io.github.segmentkit.classifiers.behavioral.rfm.RfmClassifier}). RFM
 * straight from transaction lines lives in the {@code transactions} sub-package.
 *
 * <pre>{@code
 * FittedRfmClassifier rfm = new RfmClassifier(RfmClassifierConfig.defaults()).fit(population);
 * Criterion best = rfm.outputAttribute().in("champions", "loyal_customers");
 * }</pre>
 */
package io.github.segmentkit.classifiers.behavioral.rfm;
