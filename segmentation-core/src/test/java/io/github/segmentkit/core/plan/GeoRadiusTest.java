package io.github.segmentkit.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.attribute.GeoPoint;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link GeoRadius} must answer exactly as {@code GeoPoint.haversineKm(point, center) <= km}, which every expected
 * value here is computed with, on random points, on points whose distance is the radius itself or a few ulps off
 * it, and at the edges of the radius (zero, negative, NaN, half the Earth's circumference and beyond).
 */
class GeoRadiusTest {

    @Provide
    Arbitrary<GeoPoint> points() {
        return GeoPoints.anywhere();
    }

    @Provide
    Arbitrary<Double> radii() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0, 25_000), Arbitraries.doubles().between(0, 50),
                Arbitraries.of(0.0, -0.0, -1.0, 1e-12, 15.0, 20_015.0, 20_015.1, 20_016.0, 1e9,
                        Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN));
    }

    @Property(tries = 5000)
    void should_answer_as_the_haversine_distance_does(@ForAll("points") GeoPoint center,
            @ForAll("points") GeoPoint point, @ForAll("radii") double km) {
        boolean expected = GeoPoint.haversineKm(point.latitude(), point.longitude(), center.latitude(),
                center.longitude()) <= km;

        assertThat(GeoRadius.of(center, km).contains(point.latitude(), point.longitude()))
                .as("%s within %s km of %s", point, km, center).isEqualTo(expected);
    }

    @Property(tries = 3000)
    void should_answer_as_the_haversine_distance_does_on_the_circle_and_next_to_it(@ForAll("points") GeoPoint center,
            @ForAll("points") GeoPoint point) {
        double distance = GeoPoint.haversineKm(point.latitude(), point.longitude(), center.latitude(),
                center.longitude());
        // the radius is the point's own distance, or one, two or a thousand ulps either side of it
        double[] radii = {distance, Math.nextDown(distance), Math.nextUp(distance),
                Math.nextDown(Math.nextDown(distance)), Math.nextUp(Math.nextUp(distance)),
                distance - 1000 * Math.ulp(distance), distance + 1000 * Math.ulp(distance)};

        for (double km : radii) {
            assertThat(GeoRadius.of(center, km).contains(point.latitude(), point.longitude()))
                    .as("%s within %s km of %s (distance %s)", point, km, center, distance)
                    .isEqualTo(distance <= km);
        }
    }

    @Property(tries = 300)
    void should_put_the_threshold_where_the_distance_passes_the_radius(@ForAll("radii") double km) {
        double threshold = GeoRadius.maxHaversineWithin(km);
        if (Double.isInfinite(threshold) || threshold < 0) {
            return;   // every a or none: checked below
        }
        // every a within 2,000 ulps of the threshold, on both sides
        double a = threshold;
        for (int i = 0; i < 1000 && a > 0; i++) {
            a = Math.nextDown(a);
        }
        for (int i = 0; i < 2001; i++, a = Math.nextUp(a)) {
            assertThat(a <= threshold).as("a = %s, km = %s", a, km).isEqualTo(GeoPoint.kmOfHaversine(a) <= km);
        }
    }

    @Test
    void should_take_every_distance_or_none_at_the_edges_of_the_radius() {
        double halfCircumference = GeoPoint.kmOfHaversine(1.0);

        assertThat(GeoRadius.maxHaversineWithin(halfCircumference)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(GeoRadius.maxHaversineWithin(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(GeoRadius.maxHaversineWithin(Math.nextDown(halfCircumference))).isLessThan(1.0);
        assertThat(GeoRadius.maxHaversineWithin(-1)).isNegative();
        assertThat(GeoRadius.maxHaversineWithin(Double.NaN)).isNegative();
        // a radius of zero holds the centre (distance 0) and nothing else
        assertThat(GeoRadius.maxHaversineWithin(0)).isZero();
        GeoRadius zero = GeoRadius.of(GeoPoint.of(10, 20), 0);
        assertThat(zero.contains(10, 20)).isTrue();
        assertThat(zero.contains(10, Math.nextUp(20.0))).isEqualTo(GeoPoint.haversineKm(10, Math.nextUp(20.0), 10, 20) <= 0);
    }

    @Test
    void should_take_paris_within_400_km_of_london() {
        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/plan/GeoRadius.java
        GeoRadius aroundLondon = GeoRadius.of(GeoPoint.of(51.5074, -0.1278), 400);
        aroundLondon.contains(48.8566, 2.3522);   // true: Paris is 343.56 km away

        assertThat(aroundLondon.contains(48.8566, 2.3522)).isTrue();
        assertThat(GeoRadius.of(GeoPoint.of(51.5074, -0.1278), 343).contains(48.8566, 2.3522)).isFalse();
    }
}
