/**
 * Geographic classifiers ({@code docs/classifiers.md}, "Geographic"): country to UN M49 region, distance bands to
 * the nearest store, territories drawn as GeoJSON polygons, geohash cells and urban/rural by a city-population
 * proxy.
 *
 * <pre>{@code
 * Classifier regions = ClassifierRegistry.create("country-region", Map.of("input", "country"));
 * }</pre>
 */
package io.github.segmentkit.classifiers.geographic;
