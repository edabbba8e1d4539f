package io.github.segmentkit.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.attribute.GeoPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Every point an {@link InscribedBox} accepts must be within the radius as {@code GeoPoint.haversineKm(point, center)
 * <= km} computes it (the expected values here): random points of the box, its corners and edges, and the doubles
 * either side of them, around random centres (the poles, the equator and the antimeridian among them) and radii.
 */
class InscribedBoxTest {

    @Provide
    Arbitrary<GeoPoint> centers() {
        return GeoPoints.anywhere();
    }

    @Provide
    Arbitrary<Double> radii() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0, 25_000),
                Arbitraries.doubles().between(0, 50).ofScale(9), Arbitraries.doubles().between(0.005, 0.05).ofScale(9),
                Arbitraries.of(0.0, 0.01, 0.010000001, 1.0, 50.0, 6371.0, 6371.0088, 1e9, Double.NaN, -1.0));
    }

    @Property(tries = 3000)
    void should_hold_only_points_within_the_radius(@ForAll("centers") GeoPoint center, @ForAll("radii") double km,
            @ForAll long seed) {
        InscribedBox box = InscribedBox.within(center, km);

        for (double[] point : pointsOnAndAround(box, new SplittableRandom(seed))) {
            if (box.contains(point[0], point[1])) {
                assertThat(GeoPoint.haversineKm(point[0], point[1], center.latitude(), center.longitude()))
                        .as("(%s, %s) in the box of %s km around %s", point[0], point[1], km, center)
                        .isLessThanOrEqualTo(km);
            }
        }
    }

    @Property(tries = 2000)
    void should_keep_its_corners_a_margin_inside_the_radius(@ForAll("centers") GeoPoint center,
            @ForAll("radii") double km) {
        InscribedBox box = InscribedBox.within(center, km);

        if (!box.equals(InscribedBox.NONE)) {
            // the margin that covers every rounding of the comparisons and of the formula (see the class comment)
            double limit = km * (1 - 1e-6) - 1e-6;
            for (int s = -1; s <= 1; s += 2) {
                for (int w = -1; w <= 1; w += 2) {
                    assertThat(GeoPoint.haversineKm(center.latitude() + s * box.maxLatitudeDelta(),
                            center.longitude() + w * box.maxLongitudeDelta(), center.latitude(), center.longitude()))
                            .as("corner (%d, %d) of the box of %s km around %s", s, w, km, center)
                            .isLessThanOrEqualTo(limit);
                }
            }
        }
    }

    /** Random points of the box, its corners and edge midpoints, and each of those moved by one or two ulps. */
    private static List<double[]> pointsOnAndAround(InscribedBox box, SplittableRandom random) {
        double dLat = Math.max(0, box.maxLatitudeDelta());
        double dLon = Math.max(0, box.maxLongitudeDelta());
        List<double[]> exact = new ArrayList<>();
        for (int s = -1; s <= 1; s++) {
            for (int w = -1; w <= 1; w++) {
                exact.add(new double[] {box.latitude() + s * dLat, box.longitude() + w * dLon});
            }
        }
        for (int i = 0; i < 20; i++) {
            exact.add(new double[] {box.latitude() + (2 * random.nextDouble() - 1) * dLat,
                box.longitude() + (2 * random.nextDouble() - 1) * dLon});
        }
        List<double[]> points = new ArrayList<>();
        for (double[] point : exact) {
            for (int ulpsLat = -2; ulpsLat <= 2; ulpsLat++) {
                for (int ulpsLon = -2; ulpsLon <= 2; ulpsLon++) {
                    double lat = point[0] + ulpsLat * Math.ulp(point[0]);
                    double lon = point[1] + ulpsLon * Math.ulp(point[1]);
                    if (lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180) {
                        points.add(new double[] {lat, lon});
                    }
                }
            }
        }
        return points;
    }

    @Test
    void should_cover_most_of_the_inscribed_square_at_city_scale() {
        // the square inscribed in a 50 km circle is 70.7 km wide; the box is drawn from it and shrunk only as far as
        // the corners require, so that the radius test skips the formula for most points well inside
        for (GeoPoint center : List.of(GeoPoint.of(52.52, 13.405), GeoPoint.of(-33.869, 151.209),
                GeoPoint.of(0.0, 0.0), GeoPoint.of(64.147, -21.942))) {
            InscribedBox box = InscribedBox.within(center, 50);
            double heightKm = 2 * Math.toRadians(box.maxLatitudeDelta()) * GeoPoint.EARTH_RADIUS_KM;

            assertThat(heightKm).as("around %s", center).isBetween(0.9 * 50 * Math.sqrt(2), 50 * Math.sqrt(2));
            assertThat(GeoPoint.haversineKm(center.latitude() + box.maxLatitudeDelta(),
                    center.longitude() + box.maxLongitudeDelta(), center.latitude(), center.longitude()))
                    .as("corner around %s", center).isBetween(0.9 * 50, 50.0);
        }
    }

    @Test
    void should_hold_nothing_where_the_argument_does_not_apply() {
        assertThat(InscribedBox.within(GeoPoint.of(10, 20), 0.009)).isEqualTo(InscribedBox.NONE);
        assertThat(InscribedBox.within(GeoPoint.of(10, 20), Double.NaN)).isEqualTo(InscribedBox.NONE);
        assertThat(InscribedBox.within(GeoPoint.of(10, 20), -5)).isEqualTo(InscribedBox.NONE);
        assertThat(InscribedBox.NONE.contains(0, 0)).isFalse();
        assertThat(InscribedBox.within(GeoPoint.of(90, 20), 50)).isEqualTo(InscribedBox.NONE);
        assertThat(InscribedBox.within(GeoPoint.of(10, 180), 50)).isEqualTo(InscribedBox.NONE);
    }

    @Test
    void should_shrink_clear_of_a_pole_and_of_the_antimeridian() {
        // a box that reached either would need the longitudes to wrap; a smaller one that does not is still safe
        InscribedBox nearPole = InscribedBox.within(GeoPoint.of(88.5, 20), 500);
        InscribedBox nearAntimeridian = InscribedBox.within(GeoPoint.of(10, 179.9), 500);

        assertThat(nearPole).isNotEqualTo(InscribedBox.NONE);
        assertThat(88.5 + nearPole.maxLatitudeDelta()).isLessThan(89);
        assertThat(nearPole.contains(88.5, 20)).isTrue();
        assertThat(nearAntimeridian).isNotEqualTo(InscribedBox.NONE);
        assertThat(179.9 + nearAntimeridian.maxLongitudeDelta()).isLessThan(180);
        assertThat(nearAntimeridian.contains(10, 179.9)).isTrue();
        // past 89° no box keeps clear of the pole
        assertThat(InscribedBox.within(GeoPoint.of(89.5, 20), 500)).isEqualTo(InscribedBox.NONE);
    }

    @Test
    void should_take_points_near_berlin_without_the_formula() {
        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/plan/InscribedBox.java
        InscribedBox box = InscribedBox.within(GeoPoint.of(52.52, 13.405), 50);
        box.contains(52.60, 13.50);   // true: 11 km from the centre, no trigonometry
        box.contains(52.90, 13.405);  // false: 42 km away, outside the box (the radius test decides it)

        assertThat(box.contains(52.60, 13.50)).isTrue();
        assertThat(GeoPoint.haversineKm(52.60, 13.50, 52.52, 13.405)).isBetween(10.0, 12.0);
        assertThat(box.contains(52.90, 13.405)).isFalse();
        assertThat(GeoPoint.haversineKm(52.90, 13.405, 52.52, 13.405)).isBetween(42.0, 43.0);
    }
}
