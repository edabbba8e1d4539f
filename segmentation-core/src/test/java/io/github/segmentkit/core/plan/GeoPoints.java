package io.github.segmentkit.core.plan;

import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.testing.generators.TestCustomers;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Points for the geo tests: the test customers' cities, anywhere, and the poles, the equator and the antimeridian. */
final class GeoPoints {
    private GeoPoints() {
    }

    static Arbitrary<GeoPoint> anywhere() {
        Arbitrary<Double> latitudes = Arbitraries.oneOf(Arbitraries.doubles().between(-90, 90),
                Arbitraries.of(-90.0, -89.999999, -45.0, -0.0, 0.0, 45.0, 89.999999, 90.0));
        Arbitrary<Double> longitudes = Arbitraries.oneOf(Arbitraries.doubles().between(-180, 180),
                Arbitraries.of(-180.0, -179.999999, -0.0, 0.0, 179.999999, 180.0));
        return Arbitraries.oneOf(Arbitraries.of(TestCustomers.POINTS),
                Combinators.combine(latitudes, longitudes).as(GeoPoint::of));
    }
}
