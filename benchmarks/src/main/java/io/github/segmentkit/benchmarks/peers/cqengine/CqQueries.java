package io.github.segmentkit.benchmarks.peers.cqengine;

import static com.googlecode.cqengine.query.QueryFactory.and;
import static com.googlecode.cqengine.query.QueryFactory.between;
import static com.googlecode.cqengine.query.QueryFactory.equal;
import static com.googlecode.cqengine.query.QueryFactory.greaterThan;
import static com.googlecode.cqengine.query.QueryFactory.greaterThanOrEqualTo;
import static com.googlecode.cqengine.query.QueryFactory.has;
import static com.googlecode.cqengine.query.QueryFactory.in;
import static com.googlecode.cqengine.query.QueryFactory.lessThan;
import static com.googlecode.cqengine.query.QueryFactory.lessThanOrEqualTo;
import static com.googlecode.cqengine.query.QueryFactory.not;
import static com.googlecode.cqengine.query.QueryFactory.or;
import static io.github.segmentkit.benchmarks.peers.cqengine.CqAttributes.AGE;
import static io.github.segmentkit.benchmarks.peers.cqengine.CqAttributes.CHANNEL;
import static io.github.segmentkit.benchmarks.peers.cqengine.CqAttributes.CHURN_SCORE;
import static io.github.segmentkit.benchmarks.peers.cqengine.CqAttributes.COUNTRY;
import static io.github.segmentkit.benchmarks.peers.cqengine.CqAttributes.DEVICE;
import static io.github.segmentkit.benchmarks.peers.cqengine.CqAttributes.EMAIL_OPENS;
import static io.github.segmentkit.benchmarks.peers.cqengine.CqAttributes.HOME_LAT;
import static io.github.segmentkit.benchmarks.peers.cqengine.CqAttributes.HOME_LON;
import static io.github.segmentkit.benchmarks.peers.cqengine.CqAttributes.HOUSEHOLD;
import static io.github.segmentkit.benchmarks.peers.cqengine.CqAttributes.INCOME;
import static io.github.segmentkit.benchmarks.peers.cqengine.CqAttributes.INTERESTS;
import static io.github.segmentkit.benchmarks.peers.cqengine.CqAttributes.INTERESTS_KNOWN;
import static io.github.segmentkit.benchmarks.peers.cqengine.CqAttributes.KM_FROM_BERLIN;
import static io.github.segmentkit.benchmarks.peers.cqengine.CqAttributes.LANGUAGE;
import static io.github.segmentkit.benchmarks.peers.cqengine.CqAttributes.LAST_LOGIN;
import static io.github.segmentkit.benchmarks.peers.cqengine.CqAttributes.LAST_ORDER_DAY;
import static io.github.segmentkit.benchmarks.peers.cqengine.CqAttributes.LOYALTY_TIER;
import static io.github.segmentkit.benchmarks.peers.cqengine.CqAttributes.NEWSLETTER;
import static io.github.segmentkit.benchmarks.peers.cqengine.CqAttributes.ORDERS;
import static io.github.segmentkit.benchmarks.peers.cqengine.CqAttributes.PREMIUM;
import static io.github.segmentkit.benchmarks.peers.cqengine.CqAttributes.SIGNUP_DAY;
import static io.github.segmentkit.benchmarks.peers.cqengine.CqAttributes.TOTAL_SPEND;

import com.googlecode.cqengine.query.Query;
import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import io.github.segmentkit.benchmarks.workload.BenchSegments;
import io.github.segmentkit.benchmarks.workload.RadiusBox;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The 20 {@link BenchSegments} as CQEngine queries. CQEngine has no UNKNOWN: its {@code not(q)} is "every object
 * that q does not match", customers with a missing value included. So every negation is paired with
 * {@code has(attribute)} (or {@code equal(flag, false)}), which gives the library's three-valued answer. An
 * {@code or}, an {@code in} on the interests and the union inside an index can return a customer twice; the
 * benchmark asks for logical deduplication.
 *
 * <pre>{@code
 * List<Query<BenchCustomer>> segments = CqQueries.all();
 * }</pre>
 */
final class CqQueries {
    private static final LocalDate AS_OF = BenchSegments.AS_OF;
    private static final Instant AS_OF_INSTANT = AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final long AS_OF_DAY = AS_OF.toEpochDay();

    private CqQueries() {
    }

    static List<Query<BenchCustomer>> all() {
        // in(attribute, Collection): CQEngine's varargs in(...) only wraps its values in a list, and nested in another
        // generic call it makes javac warn of an unchecked generic array creation
        Query<BenchCustomer> loyalSpenders = and(in(LOYALTY_TIER, List.of("gold", "platinum")),
                greaterThan(TOTAL_SPEND, 2_000.0));
        Query<BenchCustomer> churnRisk = and(greaterThanOrEqualTo(CHURN_SCORE, 0.7), has(LOYALTY_TIER),
                not(equal(LOYALTY_TIER, "platinum")));
        return List.of(
                between(AGE, 18, 29),
                greaterThanOrEqualTo(INCOME, 90_000.0),
                in(COUNTRY, List.of("DE", "AT", "CH")),
                and(in(LANGUAGE, List.of("hi", "ur", "te")), between(INCOME, 20_000.0, 60_000.0)),
                in(INTERESTS, List.of("hiking", "camping", "climbing")),
                and(equal(INTERESTS, "tech"), equal(INTERESTS, "gaming")),
                between(LAST_ORDER_DAY, AS_OF_DAY - 30, AS_OF_DAY),
                lessThan(LAST_ORDER_DAY, AS_OF_DAY - 365),
                greaterThan(SIGNUP_DAY, AS_OF_DAY - 90),
                and(between(LAST_LOGIN, AS_OF_INSTANT.minusSeconds(7 * 86_400L), AS_OF_INSTANT),
                        in(DEVICE, List.of("ios", "android"))),
                nearBerlin(),
                loyalSpenders,
                and(equal(NEWSLETTER, true), equal(PREMIUM, false)),
                churnRisk,
                and(has(CHANNEL), not(or(equal(CHANNEL, "web"), equal(CHANNEL, "partner")))),
                and(greaterThanOrEqualTo(HOUSEHOLD, 3),
                        or(in(INTERESTS, List.of("kids", "parenting")), between(AGE, 30, 45))),
                or(greaterThanOrEqualTo(ORDERS, 20), greaterThanOrEqualTo(TOTAL_SPEND, 5_000.0)),
                and(equal(EMAIL_OPENS, 0), equal(NEWSLETTER, false)),
                and(equal(INTERESTS_KNOWN, true),
                        not(in(INTERESTS, List.of("football", "running", "cycling"))),
                        in(LANGUAGE, List.of("en", "de"))),
                and(loyalSpenders, churnRisk));
    }

    /** A bounding box on the indexed coordinates, then the exact distance of the candidates. */
    private static Query<BenchCustomer> nearBerlin() {
        RadiusBox box = RadiusBox.around(BenchSegments.BERLIN, BenchSegments.RADIUS_KM);
        return and(between(HOME_LAT, box.minLatitude(), box.maxLatitude()),
                between(HOME_LON, box.minLongitude(), box.maxLongitude()),
                lessThanOrEqualTo(KM_FROM_BERLIN, BenchSegments.RADIUS_KM));
    }
}
