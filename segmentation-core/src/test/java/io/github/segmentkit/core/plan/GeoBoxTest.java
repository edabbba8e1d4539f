package io.github.segmentkit.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.attribute.GeoPoint;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class GeoBoxTest {

    @Provide
    Arbitrary<GeoPoint> points() {
        return GeoPoints.anywhere();
    }

    @Provide
    Arbitrary<double[]> nudges() {
        // a point close to the first: same place, a few metres or kilometres off, across the antimeridian
        return Combinators.combine(Arbitraries.of(0.0, 1e-9, 1e-6, 1e-3, 0.1, 1.0, 10.0),
                Arbitraries.of(-1.0, 1.0), Arbitraries.of(-1.0, 0.0, 1.0)).as((d, s1, s2) -> new double[] {d * s1, d * s2});
    }

    @Property(tries = 3000)
    void should_never_exclude_a_point_exactly_on_the_circle(@ForAll("points") GeoPoint center,
            @ForAll("points") GeoPoint point) {
        double km = GeoPoint.haversineKm(point.latitude(), point.longitude(), center.latitude(), center.longitude());

        assertThat(GeoBox.around(center, km).mayContain(point.latitude(), point.longitude()))
                .as("%s at %s km from %s", point, km, center).isTrue();
    }

    @Property(tries = 3000)
    void should_never_exclude_a_nearby_point_within_the_radius(@ForAll("points") GeoPoint center,
            @ForAll("nudges") double[] nudge) {
        double latitude = Math.max(-90, Math.min(90, center.latitude() + nudge[0]));
        double longitude = center.longitude() + nudge[1];
        longitude = longitude > 180 ? longitude - 360 : (longitude < -180 ? longitude + 360 : longitude);
        double km = GeoPoint.haversineKm(latitude, longitude, center.latitude(), center.longitude());

        assertThat(GeoBox.around(center, km).mayContain(latitude, longitude)).isTrue();
    }

    @Test
    void should_exclude_far_points_and_wrap_across_the_antimeridian() {
        GeoBox london = GeoBox.around(GeoPoint.of(51.5074, -0.1278), 15);
        GeoBox fiji = GeoBox.around(GeoPoint.of(-17.7, 179.9), 50);

        assertThat(london.mayContain(48.8566, 2.3522)).isFalse();
        assertThat(london.mayContain(51.5, -0.1)).isTrue();
        assertThat(fiji.mayContain(-17.7, -179.9)).isTrue();
        assertThat(fiji.mayContain(-17.7, 178.0)).isFalse();
    }

    @Test
    void should_accept_every_longitude_when_the_circle_holds_a_pole() {
        GeoBox north = GeoBox.around(GeoPoint.of(89.9, 0), 50);

        assertThat(north.mayContain(89.9, 180)).isTrue();
        assertThat(north.mayContain(80, 0)).isFalse();
    }
}
