package io.github.segmentkit.benchmarks.peers.cqengine;

import static com.googlecode.cqengine.query.QueryFactory.nullableAttribute;

import com.googlecode.cqengine.attribute.Attribute;
import com.googlecode.cqengine.attribute.MultiValueNullableAttribute;
import com.googlecode.cqengine.attribute.support.SimpleFunction;
import com.googlecode.cqengine.query.option.QueryOptions;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import io.github.segmentkit.benchmarks.workload.BenchSegments;
import java.time.Instant;
import java.util.function.ToDoubleFunction;

/**
 * The benchmark customer's attributes for CQEngine, typed constants as its documentation recommends. Every attribute
 * may be missing and is declared nullable, so a missing value (null, NaN) is in no index and matches no query on
 * that attribute. Dates are epoch days ({@code LocalDate} is not {@code Comparable<LocalDate>}).
 *
 * <pre>{@code
 * Query<BenchCustomer> young = between(CqAttributes.AGE, 18, 29);
 * }</pre>
 */
final class CqAttributes {
    static final Attribute<BenchCustomer, Integer> AGE = integer("age", BenchCustomer::age);
    static final Attribute<BenchCustomer, Double> INCOME = real("income", BenchCustomer::income);
    static final Attribute<BenchCustomer, String> COUNTRY = text("country", BenchCustomer::country);
    static final Attribute<BenchCustomer, String> CHANNEL = text("channel", BenchCustomer::channel);
    static final Attribute<BenchCustomer, String> LOYALTY_TIER = text("loyalty_tier", BenchCustomer::loyaltyTier);
    static final Attribute<BenchCustomer, String> DEVICE = text("device", BenchCustomer::device);
    static final Attribute<BenchCustomer, String> LANGUAGE = text("language", BenchCustomer::language);
    static final Attribute<BenchCustomer, Boolean> NEWSLETTER = flag("newsletter", BenchCustomer::newsletter);
    static final Attribute<BenchCustomer, Boolean> PREMIUM = flag("premium", BenchCustomer::premium);
    static final Attribute<BenchCustomer, Double> CHURN_SCORE = real("churn_score", BenchCustomer::churnScore);
    static final Attribute<BenchCustomer, Integer> ORDERS = integer("orders", BenchCustomer::orders);
    static final Attribute<BenchCustomer, Double> TOTAL_SPEND = real("total_spend", BenchCustomer::totalSpend);
    static final Attribute<BenchCustomer, Integer> HOUSEHOLD = integer("household", BenchCustomer::household);
    static final Attribute<BenchCustomer, Long> LAST_ORDER_DAY = nullable(Long.class,
            "last_order", c -> c.lastOrder() == null ? null : c.lastOrder().toEpochDay());
    static final Attribute<BenchCustomer, Long> SIGNUP_DAY = nullable(Long.class,
            "signup", c -> c.signup() == null ? null : c.signup().toEpochDay());
    static final Attribute<BenchCustomer, Instant> LAST_LOGIN = nullable(Instant.class, "last_login",
            BenchCustomer::lastLogin);
    static final Attribute<BenchCustomer, String> INTERESTS = new MultiValueNullableAttribute<>(
            BenchCustomer.class, String.class, "interests", true) {
        @Override
        public Iterable<String> getNullableValues(BenchCustomer customer, QueryOptions options) {
            return customer.interests();
        }
    };
    /** Whether the interests are known: an empty set has no values, so {@code has(INTERESTS)} cannot tell. */
    static final Attribute<BenchCustomer, Boolean> INTERESTS_KNOWN = flag("interests_known",
            c -> c.interests() != null);
    static final Attribute<BenchCustomer, Double> HOME_LAT = real("home_lat", BenchCustomer::homeLat);
    static final Attribute<BenchCustomer, Double> HOME_LON = real("home_lon", BenchCustomer::homeLon);
    /** Not indexed: computed for the candidates the bounding box leaves. */
    static final Attribute<BenchCustomer, Double> KM_FROM_BERLIN = real("km_from_berlin", c -> c.hasHome()
            ? GeoPoint.haversineKm(c.homeLat(), c.homeLon(), BenchSegments.BERLIN.latitude(),
                    BenchSegments.BERLIN.longitude())
            : Double.NaN);
    static final Attribute<BenchCustomer, Integer> EMAIL_OPENS = integer("email_opens", BenchCustomer::emailOpens);

    private CqAttributes() {
    }

    private static <A> Attribute<BenchCustomer, A> nullable(Class<A> type, String name,
            SimpleFunction<BenchCustomer, A> get) {
        return nullableAttribute(BenchCustomer.class, type, name, get);
    }

    private static Attribute<BenchCustomer, Integer> integer(String name, SimpleFunction<BenchCustomer, Integer> get) {
        return nullable(Integer.class, name, get);
    }

    private static Attribute<BenchCustomer, String> text(String name, SimpleFunction<BenchCustomer, String> get) {
        return nullable(String.class, name, get);
    }

    private static Attribute<BenchCustomer, Boolean> flag(String name, SimpleFunction<BenchCustomer, Boolean> get) {
        return nullable(Boolean.class, name, get);
    }

    /** NaN is missing. */
    private static Attribute<BenchCustomer, Double> real(String name, ToDoubleFunction<BenchCustomer> get) {
        return nullable(Double.class, name, c -> {
            double value = get.applyAsDouble(c);
            return Double.isNaN(value) ? null : value;
        });
    }
}
