package io.github.segmentkit.classifiers.geographic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.io.LoadLimits;
import io.github.segmentkit.io.csv.CsvDialect;
import io.github.segmentkit.io.csv.CsvRecords;
import io.github.segmentkit.io.csv.CsvRow;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** golden/haversine.csv (an independent computation; see golden/README.md) through the distance the store classifier uses. */
class HaversineGoldenTest {

    private static List<double[]> golden() throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (CsvRecords records = CsvRecords.of(new InputStreamReader(Objects.requireNonNull(
                HaversineGoldenTest.class.getResourceAsStream("/golden/haversine.csv")), StandardCharsets.UTF_8),
                "haversine.csv", CsvDialect.CSV, LoadLimits.DEFAULTS)) {
            records.header();
            for (CsvRow cells = records.next(); cells != null; cells = records.next()) {
                double[] row = new double[5];
                for (int i = 0; i < 5; i++) {
                    row[i] = Double.parseDouble(cells.get(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void should_reproduce_every_golden_distance_through_the_nearest_store_index() throws IOException {
        List<double[]> rows = golden();
        assertThat(rows).hasSize(10);
        for (double[] row : rows) {
            NearestStoreIndex index = NearestStoreIndex.of(List.of(new Store("s", GeoPoint.of(row[2], row[3]))));
            double km = index.nearest(GeoPoint.of(row[0], row[1])).km();
            double expected = row[4];
            // 1e-6 relative, and the fixture's own 6-decimal rounding for the zero distances
            assertThat(Math.abs(km - expected)).as("%s", java.util.Arrays.toString(row))
                    .isLessThanOrEqualTo(Math.max(1e-6 * expected, 1e-6));
        }
    }
}
