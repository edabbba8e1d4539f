package io.github.segmentkit.core.plan;

import static io.github.segmentkit.testing.generators.TestCustomers.HOME;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.core.column.ColumnTable;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The radius leaf of the columnar plan against {@code GeoPoint.haversineKm(point, center) <= km}, computed here for
 * every row: on points at the edges of the latitude band the packed latitudes are tested against (the box's edges
 * and an ulp either side, both zeros), over chunks of several words with rows past the last full word.
 */
class GeoStepTest {

    @Provide
    Arbitrary<Double> radii() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0, 3_000), Arbitraries.of(0.0, 1.0, 50.0, 343.5565));
    }

    @Provide
    Arbitrary<GeoPoint> centers() {
        // latitudes whose band may end exactly at zero, the poles, the antimeridian
        return Arbitraries.oneOf(Arbitraries.of(TestCustomers.POINTS), Arbitraries.of(GeoPoint.of(0.0, 0.0),
                GeoPoint.of(-0.0, 179.9), GeoPoint.of(0.449660802, 13.4), GeoPoint.of(89.9, -179.0),
                GeoPoint.of(-89.99, 10.0)), Arbitraries.doubles().between(-90, 90)
                        .flatMap(lat -> Arbitraries.doubles().between(-180, 180).map(lon -> GeoPoint.of(lat, lon))));
    }

    @Property(tries = 300)
    void should_select_the_points_within_the_radius_as_the_haversine_distance_does(
            @ForAll("centers") GeoPoint center, @ForAll("radii") double km) {
        GeoBox box = GeoBox.around(center, km);
        List<Double> latitudes = new ArrayList<>(List.of(0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE,
                center.latitude(), 90.0, -90.0));
        for (double edge : new double[] {box.minLatitude(), box.maxLatitude()}) {
            if (edge >= -90 && edge <= 90) {
                latitudes.addAll(List.of(edge, Math.nextDown(edge), Math.nextUp(edge)));
            }
        }
        latitudes.removeIf(latitude -> latitude < -90 || latitude > 90);
        double[] longitudes = {center.longitude(), center.longitude() + 1e-7, -180, 180, 0,
            Math.max(-180, center.longitude() - 0.3)};
        List<TestCustomer> customers = new ArrayList<>();
        for (double latitude : latitudes) {
            for (double longitude : longitudes) {
                if (longitude >= -180 && longitude <= 180) {
                    customers.add(new TestCustomer(customers.size(), null, 0, null, null, null, null, null,
                            GeoPoint.of(latitude, longitude)));
                }
            }
        }
        ColumnTable<TestCustomer> table = ColumnTable.of(TestCustomers.SCHEMA, customers);
        EvaluationPlan plan = EvaluationPlan.compile(table, List.of(Segment.named("near").where(HOME.withinKm(center,
                km))), TestCustomers.AS_OF);
        Scratch scratch = plan.newScratch();
        plan.evaluate(0, scratch);
        long[] members = plan.members(scratch, 0);

        for (int row = 0; row < customers.size(); row++) {
            GeoPoint home = customers.get(row).home();
            boolean expected = GeoPoint.haversineKm(home.latitude(), home.longitude(), center.latitude(),
                    center.longitude()) <= km;
            assertThat((members[row >>> 6] >>> row & 1) == 1).as("%s within %s km of %s", home, km, center)
                    .isEqualTo(expected);
        }
    }
}
