package io.github.segmentkit.api.attribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class GeoPointTest {

    /**
     * Pairs and distances computed independently, with exact arithmetic in Python: the test resource
     * {@code golden/haversine.csv} of this module.
     */
    @Test
    void should_reproduce_golden_haversine_distances() throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (Reader in = new InputStreamReader(GeoPointTest.class.getResourceAsStream("/golden/haversine.csv"),
                StandardCharsets.UTF_8);
                CSVParser records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                        .setIgnoreEmptyLines(true).get().parse(in)) {
            for (CSVRecord f : records) {
                rows.add(new double[] {Double.parseDouble(f.get(0)), Double.parseDouble(f.get(1)),
                    Double.parseDouble(f.get(2)), Double.parseDouble(f.get(3)), Double.parseDouble(f.get(4))});
            }
        }
        assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
        for (double[] r : rows) {
            double actual = GeoPoint.of(r[0], r[1]).distanceKm(GeoPoint.of(r[2], r[3]));
            assertThat(actual).as("distance %s,%s -> %s,%s", r[0], r[1], r[2], r[3])
                    .isCloseTo(r[4], within(Math.max(1e-6, r[4] * 1e-6)));
        }
    }

    @Test
    void should_split_the_distance_into_the_haversine_and_its_kilometres() {
        double a = GeoPoint.haversine(51.5074, -0.1278, 48.8566, 2.3522);   // London, Paris

        assertThat(GeoPoint.kmOfHaversine(a)).isCloseTo(343.5565, within(1e-4))
                .isEqualTo(GeoPoint.haversineKm(51.5074, -0.1278, 48.8566, 2.3522));
        // the distance never decreases as a grows, and stops growing at a = 1 (antipodes)
        assertThat(GeoPoint.kmOfHaversine(Math.nextUp(a))).isGreaterThanOrEqualTo(GeoPoint.kmOfHaversine(a));
        assertThat(GeoPoint.kmOfHaversine(1.5)).isEqualTo(GeoPoint.kmOfHaversine(1.0))
                .isCloseTo(Math.PI * GeoPoint.EARTH_RADIUS_KM, within(1e-9));
    }

    @Test
    void should_reject_coordinates_outside_their_range_naming_the_value() {
        assertThatThrownBy(() -> GeoPoint.of(91, 0)).hasMessageContaining("latitude 91.0");
        assertThatThrownBy(() -> GeoPoint.of(0, -180.5)).hasMessageContaining("longitude -180.5");
        assertThatThrownBy(() -> GeoPoint.of(Double.NaN, 0)).hasMessageContaining("latitude NaN");
    }
}
