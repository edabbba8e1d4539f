package io.github.segmentkit.benchmarks.engine;

import static io.github.segmentkit.api.criteria.Criteria.inSegment;
import static io.github.segmentkit.api.criteria.Criteria.not;
import static io.github.segmentkit.api.criteria.Criteria.or;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.BooleanAttribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.DateAttribute;
import io.github.segmentkit.api.attribute.DoubleAttribute;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.attribute.GeoPointAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.attribute.TagsAttribute;
import io.github.segmentkit.api.attribute.TimestampAttribute;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The engine's own tuning workload (not the peer comparison, which lives elsewhere in this module): seeded
 * customers with 20 attributes of every kind, Zipf-like countries, log-normal incomes, about 2.5 % missing values,
 * and 20 segments mixing ranges, {@code in} lists, tags, relative dates, one radius, {@code not}/{@code or} and one
 * segment built from two others.
 *
 * <pre>{@code
 * List<EngineWorkload.Customer> customers = EngineWorkload.customers(1_000_000, 42);
 * }</pre>
 */
public final class EngineWorkload {
    static final LongAttribute AGE = Attribute.ofLong("age");
    static final DoubleAttribute INCOME = Attribute.ofDouble("income");
    static final CategoricalAttribute COUNTRY = Attribute.ofCategorical("country");
    static final CategoricalAttribute GENDER = Attribute.ofCategorical("gender");
    static final CategoricalAttribute CHANNEL = Attribute.ofCategorical("channel");
    static final BooleanAttribute OPTED_IN = Attribute.ofBoolean("opted_in");
    static final BooleanAttribute APP_USER = Attribute.ofBoolean("app_user");
    static final DateAttribute LAST_ORDER = Attribute.ofDate("last_order");
    static final DateAttribute SIGNUP = Attribute.ofDate("signup");
    static final TimestampAttribute LAST_LOGIN = Attribute.ofTimestamp("last_login");
    static final TagsAttribute INTERESTS = Attribute.ofTags("interests");
    static final GeoPointAttribute HOME = Attribute.ofGeoPoint("home");
    static final LongAttribute ORDERS = Attribute.ofLong("orders");
    static final LongAttribute VISITS = Attribute.ofLong("visits");
    static final DoubleAttribute SPEND = Attribute.ofDouble("spend");
    static final LongAttribute CHILDREN = Attribute.ofLong("children");
    static final DoubleAttribute SCORE = Attribute.ofDouble("score");
    static final LongAttribute TENURE = Attribute.ofLong("tenure_months");
    static final CategoricalAttribute TIER = Attribute.ofCategorical("tier");
    static final LongAttribute RETURNS = Attribute.ofLong("returns");

    static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);
    static final String[] COUNTRIES = {"US", "GB", "DE", "FR", "CA", "IN", "PK", "JP", "BR", "MX", "IT", "ES", "NL",
        "SE", "PL", "AU", "NZ", "ZA", "NG", "EG", "TR", "KR", "CN", "AR", "CL", "CO", "PE", "IE", "PT", "GR"};
    static final String[] TAGS = {"hiking", "camping", "wine", "golf", "cooking", "travel", "music", "books",
        "gaming", "fitness", "fashion", "tech", "garden", "pets", "cycling", "running", "yoga", "art", "film", "food"};

    /** One customer: the fields the schema reads. */
    public record Customer(long id, Long age, double income, String country, String gender, String channel,
            Boolean optedIn, Boolean appUser, LocalDate lastOrder, LocalDate signup, Instant lastLogin,
            List<String> interests, GeoPoint home, long orders, long visits, double spend, Long children,
            double score, long tenure, String tier, long returns) {
    }

    static final CustomerSchema<Customer> SCHEMA = CustomerSchema.builder(Customer::id)
            .nullableNumeric(AGE, Customer::age).numeric(INCOME, Customer::income)
            .categorical(COUNTRY, Customer::country).categorical(GENDER, Customer::gender)
            .categorical(CHANNEL, Customer::channel).bool(OPTED_IN, Customer::optedIn)
            .bool(APP_USER, Customer::appUser).date(LAST_ORDER, Customer::lastOrder).date(SIGNUP, Customer::signup)
            .timestamp(LAST_LOGIN, Customer::lastLogin).tags(INTERESTS, Customer::interests)
            .geoPoint(HOME, Customer::home).numeric(ORDERS, Customer::orders).numeric(VISITS, Customer::visits)
            .numeric(SPEND, Customer::spend).nullableNumeric(CHILDREN, Customer::children)
            .numeric(SCORE, Customer::score).numeric(TENURE, Customer::tenure).categorical(TIER, Customer::tier)
            .numeric(RETURNS, Customer::returns).build();

    private EngineWorkload() {
    }

    /** {@code count} customers drawn from {@code seed}. */
    static List<Customer> customers(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Customer> customers = new ArrayList<>(count);
        Instant asOf = AS_OF.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        for (int i = 0; i < count; i++) {
            int zipf = (int) Math.min(COUNTRIES.length - 1, Math.floor(Math.pow(random.nextDouble(), 3) * 30));
            List<String> interests = new ArrayList<>();
            int tagCount = random.nextInt(5);
            for (int t = 0; t < tagCount; t++) {
                interests.add(TAGS[(int) (Math.pow(random.nextDouble(), 2) * TAGS.length)]);
            }
            customers.add(new Customer(i, missing(random) ? null : 18L + random.nextInt(73),
                    missing(random) ? Double.NaN : Math.exp(10.5 + 0.6 * random.nextGaussian()),
                    missing(random) ? null : COUNTRIES[zipf], random.nextInt(10) < 5 ? "f" : "m",
                    new String[] {"web", "store", "app", "phone"}[random.nextInt(4)],
                    missing(random) ? null : random.nextBoolean(), random.nextInt(3) == 0,
                    missing(random) ? null : AS_OF.minusDays(random.nextInt(1000)),
                    AS_OF.minusDays(random.nextInt(4000)),
                    missing(random) ? null : asOf.minusSeconds(random.nextLong(90L * 86_400)),
                    missing(random) ? null : interests,
                    missing(random) ? null : GeoPoint.of(35 + random.nextDouble() * 25, -10 + random.nextDouble() * 40),
                    random.nextInt(60), random.nextInt(500), Math.exp(5 + random.nextGaussian()),
                    missing(random) ? null : (long) random.nextInt(5), random.nextDouble(),
                    random.nextInt(240), new String[] {"bronze", "silver", "gold", "platinum"}[random.nextInt(4)],
                    random.nextInt(8)));
        }
        return customers;
    }

    private static boolean missing(SplittableRandom random) {
        return random.nextInt(40) == 0;
    }

    /** The 20 segments. */
    static List<Segment> segments() {
        return List.of(
                Segment.named("young-adults").where(AGE.between(18, 29)),
                Segment.named("affluent").where(INCOME.ge(60_000.0)),
                Segment.named("north-america").where(COUNTRY.in("US", "CA", "MX")),
                Segment.named("outdoor").where(INTERESTS.containsAny("hiking", "camping", "cycling")),
                Segment.named("recent-buyers").where(LAST_ORDER.withinDays(30)),
                Segment.named("lapsed").where(LAST_ORDER.beforeDaysAgo(365)),
                Segment.named("near-london").where(HOME.withinKm(GeoPoint.of(51.5074, -0.1278), 50)),
                Segment.named("loyal").where(ORDERS.ge(20L).and(TENURE.ge(24L))),
                Segment.named("engaged-app").where(APP_USER.isTrue().and(LAST_LOGIN.withinDays(7))),
                Segment.named("families").where(CHILDREN.ge(2L).and(AGE.between(30, 50))),
                Segment.named("big-spenders").where(SPEND.gt(500.0).or(TIER.in("gold", "platinum"))),
                Segment.named("not-eu-core").where(not(COUNTRY.in("DE", "FR", "IT", "ES", "NL"))),
                Segment.named("reachable").where(OPTED_IN.isTrue().and(CHANNEL.ne("phone"))),
                Segment.named("serial-returners").where(RETURNS.ge(5L).and(ORDERS.le(10L))),
                Segment.named("high-score-women").where(SCORE.ge(0.8).and(GENDER.eq("f"))),
                Segment.named("new-signups").where(SIGNUP.withinDays(90)),
                Segment.named("foodies").where(INTERESTS.containsAll("cooking", "wine")),
                Segment.named("frequent-visitors").where(or(VISITS.ge(300L), LAST_LOGIN.withinDays(1))),
                Segment.named("young-outdoor-affluent").where(inSegment("young-adults").and(inSegment("outdoor"))
                        .and(INCOME.ge(40_000.0))),
                Segment.named("senior-non-digital").where(AGE.ge(65L).and(not(APP_USER.isTrue()))));
    }
}
