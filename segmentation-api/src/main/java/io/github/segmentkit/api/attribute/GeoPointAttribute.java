package io.github.segmentkit.api.attribute;

import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.criteria.WithinDistance;

/**
 * A latitude/longitude attribute, such as a home address geocoded.
 *
 * <pre>{@code
 * static final GeoPointAttribute HOME = Attribute.ofGeoPoint("home");
 * Criterion nearLondonStore = HOME.withinKm(GeoPoint.of(51.5074, -0.1278), 15);
 * }</pre>
 *
 * @param name the attribute's name
 */
public record GeoPointAttribute(String name) implements Attribute {
    public GeoPointAttribute {
        Attribute.checkName(name);
    }

    @Override
    public AttributeKind kind() {
        return AttributeKind.GEO_POINT;
    }

    /** At most {@code km} kilometres from {@code center}, by {@link GeoPoint#distanceKm haversine}; inclusive. */
    public Criterion withinKm(GeoPoint center, double km) {
        return new WithinDistance(this, center, km);
    }

    @Override
    public String toString() {
        return name;
    }
}
