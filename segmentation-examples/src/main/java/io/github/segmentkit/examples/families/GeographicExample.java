package io.github.segmentkit.examples.families;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.GeoPointAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.api.waterfall.Waterfall;
import io.github.segmentkit.api.waterfall.WaterfallResult;
import io.github.segmentkit.api.waterfall.WaterfallStep;
import io.github.segmentkit.classifiers.demographic.ValueMapping;
import io.github.segmentkit.classifiers.geographic.CountryRegions;
import io.github.segmentkit.classifiers.geographic.Store;
import io.github.segmentkit.classifiers.geographic.StoreDistanceBands;
import io.github.segmentkit.classifiers.geographic.Urbanicity;
import io.github.segmentkit.io.csv.CsvDialect;
import io.github.segmentkit.io.csv.CsvRecords;
import io.github.segmentkit.io.csv.CsvRow;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Geographic classification on real data.
 * <ul>
 *   <li>{@link #cities}: the 200 largest GeoNames cities are the stores and the other 24,123 cities the customers;
 *       each customer gets its distance band to the nearest store, its UN M49 region and an urban/rural label by
 *       city population (a proxy, and labelled so), then a waterfall puts each into one bucket.</li>
 *   <li>{@link #onlineRetailCountries}: the Online Retail customers' country names ({@code EIRE}, {@code RSA}, …)
 *       go through a mapping classifier to ISO codes, then to M49 regions and sub-regions.</li>
 * </ul>
 * Contains data from GeoNames (www.geonames.org), CC BY 4.0; Online Retail: Chen, D. (2015), UCI Machine Learning
 * Repository, CC BY 4.0.
 *
 * <pre>{@code
 * GeographicExample.CityReport report = GeographicExample.cities(System.out);
 * report.distance().count("0-25km");
 * }</pre>
 */
public final class GeographicExample {
    /** How many of the largest cities are stores. */
    public static final int STORE_COUNT = 200;
    /** Distance bands: [0, 25), [25, 100), [100, 500), [500, 2000) and from 2000 km. */
    public static final List<Double> DISTANCE_EDGES_KM = List.of(25.0, 100.0, 500.0, 2000.0);
    /** The bundled country-name table of the Online Retail data. */
    public static final String COUNTRY_NAMES = "/data/online_retail_country_iso.csv";
    /** The bundled Online Retail sample. */
    public static final String ONLINE_RETAIL = "/data/online_retail_sample20.csv.gz";

    static final CategoricalAttribute COUNTRY = Attribute.ofCategorical("country");
    static final GeoPointAttribute HOME = Attribute.ofGeoPoint("home");
    static final LongAttribute POPULATION = Attribute.ofLong("population");
    static final CategoricalAttribute STORE_DISTANCE = Attribute.ofCategorical("store_distance");
    static final CategoricalAttribute REGION = Attribute.ofCategorical("region");
    static final CategoricalAttribute URBANICITY = Attribute.ofCategorical("urbanicity");

    /** Cities as customers. */
    static final CustomerSchema<City> CITY_SCHEMA = CustomerSchema.builder(City::id)
            .categorical(COUNTRY, City::country)
            .geoPoint(HOME, City::location)
            .numeric(POPULATION, City::population)
            .build();

    private GeographicExample() {
    }

    /**
     * What {@link #cities} found.
     *
     * @param stores     how many stores
     * @param customers  how many customer cities
     * @param distance   customers per distance band
     * @param region     customers per M49 region
     * @param urbanicity customers per urban/rural proxy label
     * @param waterfall  the waterfall report, one step per bucket
     */
    public record CityReport(int stores, int customers, LabelCounts distance, LabelCounts region,
            LabelCounts urbanicity, List<WaterfallStep> waterfall) {
    }

    /** Classifies the GeoNames cities and prints the tables to {@code out}. */
    public static CityReport cities(PrintStream out) {
        List<City> ranked = GeoNamesCities.largestFirst(GeoNamesCities.readBundled());
        List<Store> stores = ranked.subList(0, STORE_COUNT).stream()
                .map(city -> new Store(city.id() + " " + city.name(), city.location())).toList();
        List<City> customers = ranked.subList(STORE_COUNT, ranked.size());
        List<AttributeValues> values = customers.stream().map(CITY_SCHEMA::values).toList();

        FittedClassifier distance = new StoreDistanceBands(HOME.name(), STORE_DISTANCE.name(), stores,
                DISTANCE_EDGES_KM, null).fit(values);
        FittedClassifier region = new CountryRegions(COUNTRY.name(), REGION.name(), CountryRegions.Level.REGION,
                false).fit(values);
        FittedClassifier urbanicity = new Urbanicity(POPULATION.name(), URBANICITY.name(), 50_000, 5_000)
                .fit(values);

        // the labels become attributes that criteria use like any other
        CustomerSchema<City> labelled = CITY_SCHEMA.withClassifier(distance).withClassifier(region)
                .withClassifier(urbanicity);
        Segmenter<City> segmenter = Segmenter.builder(labelled)
                .add(Segment.named("near_store_city").describedAs("a city under 100 km from a store")
                        .where(STORE_DISTANCE.in("0-25km", "25-100km")
                                .and(URBANICITY.eq("cities_population_proxy"))))
                .add(Segment.named("near_store").describedAs("any place under 100 km from a store")
                        .where(STORE_DISTANCE.in("0-25km", "25-100km")))
                .add(Segment.named("europe").describedAs("in Europe").where(REGION.eq("Europe")))
                .build();
        WaterfallResult buckets = Waterfall.of(List.of("near_store_city", "near_store", "europe"), "elsewhere")
                .segment(segmenter, customers);

        CityReport report = new CityReport(stores.size(), customers.size(), LabelCounts.of(distance, values),
                LabelCounts.of(region, values), LabelCounts.of(urbanicity, values), buckets.steps());
        out.println("GeoNames cities: " + report.stores() + " largest as stores, " + report.customers()
                + " others as customers");
        out.println();
        report.distance().print(out, "Distance to the nearest store");
        report.region().print(out, "UN M49 region");
        report.urbanicity().print(out, "Urban/rural by city population (a proxy, not the Degree of Urbanisation)");
        out.println("Waterfall (first match wins)");
        for (WaterfallStep step : report.waterfall()) {
            out.println(String.format(Locale.ROOT, "  %-18s matched %6d, already taken %6d, assigned %6d",
                    step.name(), step.matched(), step.alreadyTaken(), step.assigned()));
        }
        out.println();
        return report;
    }

    /**
     * What {@link #onlineRetailCountries} found.
     *
     * @param customers how many customers (with a customer id)
     * @param country   customers per ISO code (unclassified: names that are no country)
     * @param region    customers per M49 region
     * @param subRegion customers per M49 sub-region
     */
    public record RetailReport(int customers, LabelCounts country, LabelCounts region, LabelCounts subRegion) {
    }

    /**
     * Classifies each Online Retail customer (the country of its first line in the file) by region and prints the
     * tables to {@code out}.
     */
    public static RetailReport onlineRetailCountries(PrintStream out) {
        List<RetailCustomer> customers = RetailCustomer.readBundled(ONLINE_RETAIL);
        CategoricalAttribute countryName = Attribute.ofCategorical("country_name");
        CustomerSchema<RetailCustomer> schema = CustomerSchema.builder(RetailCustomer::id)
                .categorical(countryName, RetailCustomer::country).build();
        List<AttributeValues> values = customers.stream().map(schema::values).toList();

        // a classifier's output is an attribute the next classifier can read
        FittedClassifier iso = new ValueMapping(countryName.name(), "country", countryCodes(), null).fit(values);
        CustomerSchema<RetailCustomer> withIso = schema.withClassifier(iso);
        List<AttributeValues> isoValues = customers.stream().map(withIso::values).toList();
        FittedClassifier region = new CountryRegions("country", "region", CountryRegions.Level.REGION, false)
                .fit(isoValues);
        FittedClassifier subRegion = new CountryRegions("country", "sub_region", CountryRegions.Level.SUB_REGION,
                false).fit(isoValues);

        RetailReport report = new RetailReport(customers.size(), LabelCounts.of(iso, values),
                LabelCounts.of(region, isoValues), LabelCounts.of(subRegion, isoValues));
        out.println("Online Retail sample: " + report.customers() + " customers by country of their first line");
        out.println();
        report.country().print(out, "ISO 3166-1 country");
        report.region().print(out, "UN M49 region");
        report.subRegion().print(out, "UN M49 sub-region");
        return report;
    }

    /** The bundled name → ISO code table; names without a code are left out (so they stay unclassified). */
    public static Map<String, String> countryCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        try (CsvRecords records = BundledData.records(COUNTRY_NAMES, CsvDialect.CSV)) {
            records.header();
            for (CsvRow row = records.next(); row != null; row = records.next()) {
                if (row.size() == 2 && !row.get(1).isEmpty()) {
                    codes.put(row.get(0), row.get(1));
                }
            }
        }
        return codes;
    }
}
