/**
 * k-means clustering as a behavioral classifier (type {@code "kmeans"}):
 * {@link io.github.segmentkit.classifiers.behavioral.kmeans.KMeansClassifier} standardises numeric attributes
 * (optionally {@code log1p}-transformed), seeds with k-means++, runs Lloyd iterations with seeded restarts, and, when
 * k is not given, picks the k with the best mean silhouette;
 * {@link io.github.segmentkit.classifiers.behavioral.kmeans.FittedKMeansClassifier} holds the centroids, which are
 * saved and restored as parameters so a nightly fit labels live customers the same way. Customers with a missing
 * input are {@code unclassified} with the reason. Settings and labels: {@code docs/classifiers.md}.
 */
package io.github.segmentkit.classifiers.behavioral.kmeans;
