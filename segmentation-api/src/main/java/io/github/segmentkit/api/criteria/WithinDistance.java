package io.github.segmentkit.api.criteria;

import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.attribute.GeoPointAttribute;
import java.util.Objects;

/**
 * A geo point at most {@code km} kilometres (haversine, inclusive) from a centre; UNKNOWN when the point is missing.
 *
 * <pre>{@code
 * Criterion nearStore = HOME.withinKm(GeoPoint.of(51.5074, -0.1278), 15);
 * }</pre>
 *
 * @param attribute the geo-point attribute
 * @param center    the centre
 * @param km        the radius in kilometres, finite and not negative (checked when the segment is built)
 */
public record WithinDistance(GeoPointAttribute attribute, GeoPoint center, double km) implements Criterion {
    public WithinDistance {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(center, "center");
    }

    @Override
    public <R> R accept(CriterionVisitor<R> visitor) {
        return visitor.visitWithinDistance(this);
    }

    @Override
    public String toString() {
        return attribute.name() + ".withinKm(" + center + ", " + km + ")";
    }
}
