package io.github.segmentkit.classifiers.geographic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.attribute.GeoPoint;
import java.awt.geom.Path2D;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Away from the boundary, containment equals the JDK's own even–odd rule ({@link Path2D#WIND_EVEN_ODD}, an
 * independent implementation) over all rings, for random and self-intersecting rings, holes included; and every
 * vertex counts as inside. The bounding-box pre-check never changes an answer.
 */
class PolygonPropertyTest {

    @Provide
    Arbitrary<List<List<GeoPoint>>> rings() {
        Arbitrary<GeoPoint> vertex = Combinators.combine(Arbitraries.integers().between(-40, 40),
                Arbitraries.integers().between(-80, 80)).as((lat, lon) -> GeoPoint.of(lat, lon));
        return vertex.list().ofMinSize(3).ofMaxSize(9).list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<List<GeoPoint>> queries() {
        // random doubles almost never lie on an edge; those that come within 1e-9 of one are skipped below
        return Combinators.combine(Arbitraries.doubles().between(-45, 45), Arbitraries.doubles().between(-85, 85))
                .as(GeoPoint::of).list().ofMaxSize(50);
    }

    @Property(tries = 300)
    void should_agree_with_the_jdk_even_odd_rule(@ForAll("rings") List<List<GeoPoint>> rings,
            @ForAll("queries") List<GeoPoint> queries) {
        if (rings.stream().anyMatch(ring -> ring.stream().distinct().count() < 3)) {
            return;
        }
        Polygon polygon = Polygon.of(rings);
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (List<GeoPoint> ring : polygon.rings()) {
            path.moveTo(ring.get(0).longitude(), ring.get(0).latitude());
            for (GeoPoint point : ring.subList(1, ring.size())) {
                path.lineTo(point.longitude(), point.latitude());
            }
            path.closePath();
        }
        BoundedPolygon bounded = new BoundedPolygon(polygon);
        for (GeoPoint query : queries) {
            assertThat(bounded.contains(query)).isEqualTo(polygon.contains(query));
            if (nearAnEdge(polygon, query)) {
                continue;
            }
            assertThat(polygon.contains(query)).as("%s in %s", query, rings)
                    .isEqualTo(path.contains(query.longitude(), query.latitude()));
        }
        for (List<GeoPoint> ring : polygon.rings()) {
            for (GeoPoint vertex : ring) {
                assertThat(polygon.contains(vertex)).as("vertex %s", vertex).isTrue();
                assertThat(bounded.contains(vertex)).isTrue();
            }
        }
    }

    /** Within 1e-9 degrees of an edge, where the two rules may legitimately differ (boundary counted inside). */
    private static boolean nearAnEdge(Polygon polygon, GeoPoint query) {
        double x = query.longitude();
        double y = query.latitude();
        for (List<GeoPoint> ring : polygon.rings()) {
            for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                double x1 = ring.get(j).longitude();
                double y1 = ring.get(j).latitude();
                double x2 = ring.get(i).longitude();
                double y2 = ring.get(i).latitude();
                double dx = x2 - x1;
                double dy = y2 - y1;
                if (dx == 0 && dy == 0) {
                    continue;   // a repeated vertex: a zero-length edge
                }
                double t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
                if (Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy)) < 1e-9) {
                    return true;
                }
            }
        }
        return false;
    }
}
