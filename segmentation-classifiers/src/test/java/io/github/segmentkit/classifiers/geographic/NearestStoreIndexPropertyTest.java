package io.github.segmentkit.classifiers.geographic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.attribute.GeoPoint;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The k-d tree gives exactly the brute-force minimum of haversineKm, including poles, antimeridian, duplicates. */
class NearestStoreIndexPropertyTest {

    @Provide
    Arbitrary<List<GeoPoint>> points() {
        return point().list().ofMaxSize(400);
    }

    private static Arbitrary<GeoPoint> point() {
        Arbitrary<GeoPoint> anywhere = Combinators.combine(Arbitraries.doubles().between(-90, 90),
                Arbitraries.doubles().between(-180, 180)).as(GeoPoint::of);
        Arbitrary<GeoPoint> awkward = Arbitraries.of(GeoPoint.of(90, 0), GeoPoint.of(90, 77), GeoPoint.of(-90, 180),
                GeoPoint.of(0, 180), GeoPoint.of(0, -180), GeoPoint.of(0, 179.999), GeoPoint.of(0, 0),
                GeoPoint.of(51.5074, -0.1278), GeoPoint.of(-51.5074, 179.8722));
        Arbitrary<GeoPoint> clustered = Combinators.combine(Arbitraries.doubles().between(51.0, 51.01),
                Arbitraries.doubles().between(-0.2, -0.19)).as(GeoPoint::of);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, anywhere), net.jqwik.api.Tuple.of(2, awkward),
                net.jqwik.api.Tuple.of(2, clustered));
    }

    @Property(tries = 300)
    void should_equal_the_brute_force_minimum(@ForAll("points") List<GeoPoint> locations,
            @ForAll("points") List<GeoPoint> queries) {
        if (locations.isEmpty()) {
            return;
        }
        List<Store> stores = new ArrayList<>();
        for (int i = 0; i < locations.size(); i++) {
            stores.add(new Store("s" + i, locations.get(i)));
        }
        NearestStoreIndex index = NearestStoreIndex.of(stores);
        for (GeoPoint query : queries) {
            double best = Double.POSITIVE_INFINITY;
            int bestStore = -1;
            for (int i = 0; i < stores.size(); i++) {
                double km = GeoPoint.haversineKm(query.latitude(), query.longitude(), locations.get(i).latitude(),
                        locations.get(i).longitude());
                if (km < best) {
                    best = km;
                    bestStore = i;
                }
            }
            NearestStore nearest = index.nearest(query);
            assertThat(nearest.km()).as("query %s", query).isEqualTo(best);
            assertThat(nearest.store()).isEqualTo(stores.get(bestStore));
        }
    }
}
