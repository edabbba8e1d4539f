package io.github.segmentkit.examples.families;

import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.examples.CsvFormatException;
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
    private static final String[] HEADER = {"geoname_id", "name", "country", "admin1", "population", "latitude",
        "longitude"};

    private GeoNamesCities() {
    }

    /** The bundled cities, in file order. */
    public static List<City> readBundled() {
        List<String> lines = BundledData.lines(RESOURCE);
        if (lines.isEmpty() || !lines.get(0).equals(String.join(",", HEADER))) {
            throw new CsvFormatException(RESOURCE, 1, 1, "header", "expected " + String.join(",", HEADER));
        }
        List<City> cities = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = CsvFields.split(lines.get(i));
            if (cells.size() != HEADER.length) {
                throw new CsvFormatException(RESOURCE, i + 1, 1, "line", cells.size() + " fields, expected "
                        + HEADER.length);
            }
            try {
                cities.add(new City(Long.parseLong(cells.get(0)), cells.get(1), cells.get(2),
                        Long.parseLong(cells.get(4)), GeoPoint.of(Double.parseDouble(cells.get(5)),
                                Double.parseDouble(cells.get(6)))));
            } catch (IllegalArgumentException e) {
                throw new CsvFormatException(RESOURCE, i + 1, 1, "line", e.getMessage());
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
