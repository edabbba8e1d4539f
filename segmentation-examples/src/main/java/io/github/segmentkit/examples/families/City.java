package io.github.segmentkit.examples.families;

import io.github.segmentkit.api.attribute.GeoPoint;

/**
 * A GeoNames populated place with at least 15,000 inhabitants. Contains data from GeoNames (www.geonames.org),
 * CC BY 4.0.
 *
 * <pre>{@code
 * List<City> cities = GeoNamesCities.readBundled();
 * }</pre>
 *
 * @param id         the GeoNames id
 * @param name       the place name
 * @param country    ISO 3166-1 alpha-2 code
 * @param population inhabitants
 * @param location   WGS84 coordinates
 */
public record City(long id, String name, String country, long population, GeoPoint location) {
}
