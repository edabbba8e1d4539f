package io.github.segmentkit.examples.families;

import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.examples.CsvFormatException;
import io.github.segmentkit.io.csv.CsvDialect;
import io.github.segmentkit.io.csv.CsvRecords;
import io.github.segmentkit.io.csv.CsvRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the bundled GeoNames cities ({@value #RESOURCE}: geoname_id, name, country, admin1, population, latitude,
 * longitude). Every value that cannot be read is reported with its line and column.
 *
 * <pre>{@code
 * List<City> cities = GeoNamesCities.readBundled();   // 24,323 places
 * List<City> largestFirst = GeoNamesCities.largestFirst(cities);
 * }</pre>
 */
public final class GeoNamesCities {
    /** Where the file is bundled. */
    public static final String RESOURCE = "/data/cities15000.csv.gz";
    private static final List<String> HEADER = List.of("geoname_id", "name", "country", "admin1", "population",
            "latitude", "longitude");

    private GeoNamesCities() {
    }

    /** The bundled cities, in file order. */
    public static List<City> readBundled() {
        List<City> cities = new ArrayList<>();
        try (CsvRecords records = BundledData.records(RESOURCE, CsvDialect.CSV)) {
            if (!records.header().names().equals(HEADER)) {
                throw new CsvFormatException(RESOURCE, 1, 1, "header", "expected " + String.join(",", HEADER));
            }
            for (CsvRow row = records.next(); row != null; row = records.next()) {
                if (row.size() != HEADER.size()) {
                    throw new CsvFormatException(RESOURCE, row.line(), 1, "line", row.size() + " fields, expected "
                            + HEADER.size());
                }
                try {
                    cities.add(new City(Long.parseLong(row.get(0)), row.get(1), row.get(2),
                            Long.parseLong(row.get(4)), GeoPoint.of(Double.parseDouble(row.get(5)),
                                    Double.parseDouble(row.get(6)))));
                } catch (IllegalArgumentException e) {
                    throw new CsvFormatException(RESOURCE, row.line(), 1, "line", e.getMessage());
                }
            }
        }
        return cities;
    }

    /** The cities by population, largest first; equal populations by GeoNames id. */
    public static List<City> largestFirst(List<City> cities) {
        return cities.stream().sorted(Comparator.comparingLong(City::population).reversed()
                .thenComparingLong(City::id)).toList();
    }
}
