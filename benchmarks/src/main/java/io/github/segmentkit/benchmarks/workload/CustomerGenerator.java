package io.github.segmentkit.benchmarks.workload;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates the benchmark customers from a fixed seed, so every peer and every run sees the same data: Zipf-skewed
 * countries and interests, log-normal incomes, dates relative to {@link BenchSegments#AS_OF}, homes clustered around
 * a few cities, and about 2.5 % missing values in every attribute that may be missing.
 *
 * <pre>{@code
 * List<BenchCustomer> customers = CustomerGenerator.generate(1_000_000);
 * }</pre>
 *
 * <p>The first {@code n} customers of a larger run equal those of a run of size {@code n}. Stateless.
 */
public final class CustomerGenerator {
    /** The seed of every run. */
    public static final long SEED = 20_251_123L;
    /** The share of missing values in every attribute that may be missing. */
    public static final double MISSING_RATE = 0.025;

    /** Countries by frequency rank (Zipf, s = 1.1). */
    static final String[] COUNTRIES = {"US", "DE", "GB", "FR", "IN", "BR", "IT", "ES", "CA", "NL", "PL", "PK",
        "MX", "AU", "SE", "AT", "CH", "BE", "JP", "TR", "DK", "NO", "FI", "IE", "PT", "CZ", "AR", "ZA", "KR", "NZ",
        "GR", "HU", "RO", "CL", "CO", "SG", "IL", "AE", "TH", "EG"};
    static final String[] CHANNELS = {"web", "app", "store", "phone", "partner"};
    static final String[] TIERS = {"none", "bronze", "silver", "gold", "platinum"};
    static final String[] DEVICES = {"android", "ios", "desktop", "tablet"};
    static final String[] LANGUAGES = {"en", "de", "fr", "es", "hi", "ur", "te", "it", "nl", "pl", "pt", "sv"};
    /** Interest tags by frequency rank (Zipf, s = 0.8); at most 64 so that a bit mask holds them. */
    public static final List<String> TAGS = List.of("tech", "travel", "cooking", "fitness", "music", "gaming",
            "fashion", "books", "movies", "running", "hiking", "football", "photography", "gardening", "kids",
            "parenting", "cycling", "camping", "yoga", "art", "cars", "pets", "finance", "wine", "coffee",
            "climbing", "skiing", "surfing", "chess", "theatre", "history", "science");
    /** City centres the homes cluster around: latitude, longitude. */
    private static final double[][] CITIES = {{52.52, 13.405}, {48.137, 11.575}, {51.507, -0.128},
        {48.857, 2.352}, {40.713, -74.006}, {19.076, 72.878}, {-23.551, -46.633}, {35.690, 139.692},
        {24.861, 67.010}, {17.385, 78.487}, {-33.869, 151.209}, {64.147, -21.942}};

    private static final Zipf COUNTRY_RANKS = new Zipf(COUNTRIES.length, 1.1);
    private static final Zipf TAG_RANKS = new Zipf(TAGS.size(), 0.8);
    private static final Zipf LANGUAGE_RANKS = new Zipf(LANGUAGES.length, 1.0);
    private static final long AS_OF_DAY = BenchSegments.AS_OF.toEpochDay();
    private static final long AS_OF_SECOND = BenchSegments.AS_OF.atStartOfDay(ZoneOffset.UTC).toEpochSecond();

    private CustomerGenerator() {
    }

    /** The first {@code count} customers of the seeded sequence. */
    public static List<BenchCustomer> generate(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, got " + count);
        }
        SplittableRandom random = new SplittableRandom(SEED);
        List<BenchCustomer> customers = new ArrayList<>(count);
        for (int row = 0; row < count; row++) {
            customers.add(next(random, row));
        }
        return customers;
    }

    private static BenchCustomer next(SplittableRandom random, int row) {
        long id = 1_000_000_000L + row;
        Integer age = missing(random) ? null : 18 + (int) Math.min(72, Math.abs(random.nextGaussian()) * 22);
        double income = missing(random) ? Double.NaN : Math.exp(10.6 + 0.65 * random.nextGaussian());
        String country = missing(random) ? null : COUNTRIES[COUNTRY_RANKS.next(random)];
        String channel = missing(random) ? null : CHANNELS[weighted(random, 0.45, 0.30, 0.15, 0.06)];
        String tier = missing(random) ? null : TIERS[weighted(random, 0.50, 0.25, 0.14, 0.08)];
        String device = missing(random) ? null : DEVICES[weighted(random, 0.42, 0.30, 0.22)];
        String language = missing(random) ? null : LANGUAGES[LANGUAGE_RANKS.next(random)];
        Boolean newsletter = missing(random) ? null : random.nextDouble() < 0.35;
        Boolean premium = missing(random) ? null : random.nextDouble() < 0.12;
        double churn = missing(random) ? Double.NaN : Math.pow(random.nextDouble(), 1.8);
        int orderCount = (int) Math.min(400, Math.floor(-Math.log(1 - random.nextDouble()) * 9));
        Integer orders = missing(random) ? null : orderCount;
        double spend = missing(random) ? Double.NaN
                : Math.round(orderCount * Math.exp(3.8 + 0.5 * random.nextGaussian()) * 100) / 100.0;
        Integer household = missing(random) ? null : 1 + weighted(random, 0.28, 0.34, 0.16, 0.14, 0.05, 0.02, 0.007);
        LocalDate lastOrder = missing(random) ? null
                : LocalDate.ofEpochDay(AS_OF_DAY - (long) Math.min(1500, -Math.log(1 - random.nextDouble()) * 200));
        LocalDate signup = missing(random) ? null : LocalDate.ofEpochDay(AS_OF_DAY - random.nextInt(3650));
        Instant lastLogin = missing(random) ? null
                : Instant.ofEpochSecond(AS_OF_SECOND - (long) (-Math.log(1 - random.nextDouble()) * 20 * 86_400));
        Set<String> interests = missing(random) ? null : interests(random);
        boolean homeKnown = !missing(random);
        double lat = Double.NaN;
        double lon = Double.NaN;
        if (homeKnown) {
            double[] city = CITIES[random.nextInt(CITIES.length)];
            lat = Math.max(-90, Math.min(90, city[0] + random.nextGaussian() * 0.6));
            lon = Math.max(-180, Math.min(180, city[1] + random.nextGaussian() * 0.9));
        }
        Integer opens = missing(random) ? null : weighted(random, 0.45, 0.2, 0.12, 0.08, 0.05, 0.04, 0.03, 0.02);
        return new BenchCustomer(id, age, income, country, channel, tier, device, language, newsletter, premium,
                churn, orders, spend, household, lastOrder, signup, lastLogin, interests, lat, lon, opens);
    }

    private static boolean missing(SplittableRandom random) {
        return random.nextDouble() < MISSING_RATE;
    }

    /** Index i with probability {@code weights[i]}; the last index takes the rest. */
    private static int weighted(SplittableRandom random, double... weights) {
        double draw = random.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length;
    }

    private static Set<String> interests(SplittableRandom random) {
        int count = weighted(random, 0.08, 0.2, 0.27, 0.2, 0.13, 0.07);
        Set<String> tags = new HashSet<>();
        for (int i = 0; i < count; i++) {
            tags.add(TAGS.get(TAG_RANKS.next(random)));
        }
        return tags;
    }
}
