package io.github.segmentkit.examples.families;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.waterfall.WaterfallStep;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The example's numbers equal those of the plain computation in {@link IndependentGeo}. */
class GeographicExampleTest {

    private static String distanceBand(double km) {
        return km < 25 ? "0-25km" : km < 100 ? "25-100km" : km < 500 ? "100-500km" : km < 2000 ? "500-2000km"
                : "2000km+";
    }

    private static void add(Map<String, Integer> tally, String key) {
        tally.merge(key, 1, Integer::sum);
    }

    @Test
    void should_match_an_independent_computation_on_geonames() throws IOException {
        List<String[]> cities = new ArrayList<>();   // id, country, population, lat, lon
        List<List<String>> records = IndependentGeo.records("/data/cities15000.csv.gz", ',', '"');
        for (List<String> r : records.subList(1, records.size())) {   // geoname_id,name,country,admin1,population,…
            cities.add(new String[] {r.get(0), r.get(2), r.get(4), r.get(5), r.get(6)});
        }
        cities.sort(Comparator.comparingLong((String[] c) -> -Long.parseLong(c[2]))
                .thenComparingLong(c -> Long.parseLong(c[0])));
        List<String[]> stores = cities.subList(0, 200);
        List<String[]> customers = cities.subList(200, cities.size());
        Map<String, String[]> m49 = IndependentGeo.m49();

        Map<String, Integer> distance = new HashMap<>();
        Map<String, Integer> region = new HashMap<>();
        Map<String, Integer> urban = new HashMap<>();
        Map<String, Integer> bucket = new LinkedHashMap<>();
        for (String[] c : customers) {
            double best = Double.POSITIVE_INFINITY;
            for (String[] s : stores) {
                best = Math.min(best, IndependentGeo.km(Double.parseDouble(c[3]), Double.parseDouble(c[4]),
                        Double.parseDouble(s[3]), Double.parseDouble(s[4])));
            }
            String band = distanceBand(best);
            add(distance, band);
            String regionName = m49.containsKey(c[1]) ? m49.get(c[1])[0] : "unclassified";
            add(region, regionName);
            long population = Long.parseLong(c[2]);
            String proxy = population >= 50_000 ? "cities_population_proxy" : population >= 5_000
                    ? "towns_population_proxy" : "rural_population_proxy";
            add(urban, proxy);
            boolean near = best < 100;
            add(bucket, near && proxy.startsWith("cities") ? "near_store_city" : near ? "near_store"
                    : regionName.equals("Europe") ? "europe" : "elsewhere");
        }

        GeographicExample.CityReport report = GeographicExample.cities(new PrintStream(new ByteArrayOutputStream(),
                true, StandardCharsets.UTF_8));

        assertThat(report.customers()).isEqualTo(customers.size()).isEqualTo(24_123);
        assertThat(report.distance().counts()).isEqualTo(distance);
        assertThat(report.region().counts()).isEqualTo(region);
        assertThat(report.urbanicity().counts()).isEqualTo(urban);
        assertThat(report.waterfall().stream().filter(s -> s.assigned() > 0)
                .collect(java.util.stream.Collectors.toMap(WaterfallStep::name, WaterfallStep::assigned)))
                .isEqualTo(bucket);
        assertThat(report.waterfall().stream().mapToInt(WaterfallStep::assigned).sum()).isEqualTo(24_123);
    }

    @Test
    void should_match_an_independent_computation_on_online_retail_countries() throws IOException {
        // the names of the sample, mapped by hand for this test
        Map<String, String> iso = Map.ofEntries(Map.entry("United Kingdom", "GB"), Map.entry("France", "FR"),
                Map.entry("Germany", "DE"), Map.entry("EIRE", "IE"), Map.entry("Spain", "ES"),
                Map.entry("Switzerland", "CH"), Map.entry("Norway", "NO"), Map.entry("Belgium", "BE"),
                Map.entry("Netherlands", "NL"), Map.entry("Austria", "AT"), Map.entry("Portugal", "PT"),
                Map.entry("Italy", "IT"), Map.entry("Australia", "AU"), Map.entry("Finland", "FI"),
                Map.entry("Denmark", "DK"), Map.entry("Israel", "IL"), Map.entry("USA", "US"),
                Map.entry("Cyprus", "CY"), Map.entry("Greece", "GR"), Map.entry("Hong Kong", "HK"),
                Map.entry("Japan", "JP"), Map.entry("Canada", "CA"), Map.entry("Bahrain", "BH"));
        Map<String, String> countryOf = new LinkedHashMap<>();
        List<List<String>> records = IndependentGeo.records("/data/online_retail_sample20.csv.gz", ',', '"');
        for (List<String> r : records.subList(1, records.size())) {   // …,CustomerID,Country
            if (!r.get(6).isEmpty()) {
                countryOf.putIfAbsent(r.get(6), r.get(7));
            }
        }
        Map<String, String[]> m49 = IndependentGeo.m49();
        Map<String, Integer> region = new HashMap<>();
        Map<String, Integer> subRegion = new HashMap<>();
        for (String name : countryOf.values()) {
            String[] names = iso.containsKey(name) ? m49.get(iso.get(name)) : null;
            add(region, names == null ? "unclassified" : names[0]);
            add(subRegion, names == null ? "unclassified" : names[1]);
        }

        GeographicExample.RetailReport report = GeographicExample.onlineRetailCountries(new PrintStream(
                new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(report.customers()).isEqualTo(countryOf.size());
        assertThat(report.region().counts()).isEqualTo(region);
        assertThat(report.subRegion().counts()).isEqualTo(subRegion);
        assertThat(report.country().count("GB")).isEqualTo(
                (int) countryOf.values().stream().filter("United Kingdom"::equals).count());
    }
}
