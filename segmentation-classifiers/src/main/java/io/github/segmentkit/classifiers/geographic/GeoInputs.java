package io.github.segmentkit.classifiers.geographic;

import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.Labels;
import io.github.segmentkit.classifiers.kit.Settings;
import java.util.function.Function;

/**
 * Reading points from customers and from settings, shared by the geographic classifiers.
 *
 * <pre>{@code
 * GeoInputs.withPoint(customer, "home", point -> Label.of("x"));   // unclassified when home is missing
 * }</pre>
 */
final class GeoInputs {
    private GeoInputs() {
    }

    /** Applies {@code rule} to the customer's point, or says why there is none. */
    static Label withPoint(AttributeValues customer, String input, Function<GeoPoint, Label> rule) {
        Object value = customer.get(input);
        if (value == null) {
            return Labels.missing(input);
        }
        if (!(value instanceof GeoPoint point)) {
            return Labels.wrongType(input, value, "a geo point");
        }
        return rule.apply(point);
    }

    /** A point from {@code latitude} and {@code longitude} settings, rejecting values off the globe. */
    static GeoPoint point(Settings settings) {
        double latitude = settings.number("latitude");
        double longitude = settings.number("longitude");
        try {
            return GeoPoint.of(latitude, longitude);
        } catch (IllegalArgumentException e) {
            throw settings.problem("latitude", e.getMessage());
        }
    }
}
