package io.github.segmentkit.benchmarks.workload;

import static io.github.segmentkit.api.criteria.Criteria.and;
import static io.github.segmentkit.api.criteria.Criteria.inSegment;
import static io.github.segmentkit.api.criteria.Criteria.not;
import static io.github.segmentkit.api.criteria.Criteria.or;
import static io.github.segmentkit.benchmarks.workload.BenchSchema.AGE;
import static io.github.segmentkit.benchmarks.workload.BenchSchema.CHANNEL;
import static io.github.segmentkit.benchmarks.workload.BenchSchema.CHURN_SCORE;
import static io.github.segmentkit.benchmarks.workload.BenchSchema.COUNTRY;
import static io.github.segmentkit.benchmarks.workload.BenchSchema.DEVICE;
import static io.github.segmentkit.benchmarks.workload.BenchSchema.EMAIL_OPENS;
import static io.github.segmentkit.benchmarks.workload.BenchSchema.HOME;
import static io.github.segmentkit.benchmarks.workload.BenchSchema.HOUSEHOLD;
import static io.github.segmentkit.benchmarks.workload.BenchSchema.INCOME;
import static io.github.segmentkit.benchmarks.workload.BenchSchema.INTERESTS;
import static io.github.segmentkit.benchmarks.workload.BenchSchema.LANGUAGE;
import static io.github.segmentkit.benchmarks.workload.BenchSchema.LAST_LOGIN;
import static io.github.segmentkit.benchmarks.workload.BenchSchema.LAST_ORDER;
import static io.github.segmentkit.benchmarks.workload.BenchSchema.LOYALTY_TIER;
import static io.github.segmentkit.benchmarks.workload.BenchSchema.NEWSLETTER;
import static io.github.segmentkit.benchmarks.workload.BenchSchema.ORDERS;
import static io.github.segmentkit.benchmarks.workload.BenchSchema.PREMIUM;
import static io.github.segmentkit.benchmarks.workload.BenchSchema.SIGNUP;
import static io.github.segmentkit.benchmarks.workload.BenchSchema.TOTAL_SPEND;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.attribute.GeoPoint;
import java.time.LocalDate;
import java.util.List;

/**
 * The 20 segment definitions of the benchmark: numeric ranges, {@code in} lists, tags (any, all, none), dates
 * relative to {@link #AS_OF}, one 50 km radius, {@code not}/{@code or}, and one segment built from two others. The
 * peers implement the same definitions by hand ({@code HandWrittenSegments}, the CQEngine queries and the SQL).
 *
 * <pre>{@code
 * Segmenter<BenchCustomer> segmenter = BenchSegments.segmenter(2);
 * }</pre>
 */
public final class BenchSegments {
    /** The date relative criteria are evaluated against. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    /** The centre of the radius segment: Berlin. */
    public static final GeoPoint BERLIN = GeoPoint.of(52.52, 13.405);
    /** The radius of the geo segment, in kilometres. */
    public static final double RADIUS_KM = 50;

    /** The segments, in declaration order; the peers report their counts in this order. */
    public static final List<Segment> ALL = List.of(
            Segment.named("young_adults").where(AGE.between(18, 29)),
            Segment.named("high_income").where(INCOME.ge(90_000.0)),
            Segment.named("dach").where(COUNTRY.in("DE", "AT", "CH")),
            Segment.named("south_asia_mid_income")
                    .where(and(LANGUAGE.in("hi", "ur", "te"), INCOME.between(20_000.0, 60_000.0))),
            Segment.named("outdoor").where(INTERESTS.containsAny("hiking", "camping", "climbing")),
            Segment.named("tech_gamers").where(INTERESTS.containsAll("tech", "gaming")),
            Segment.named("recent_buyers").where(LAST_ORDER.withinDays(30)),
            Segment.named("lapsed").where(LAST_ORDER.beforeDaysAgo(365)),
            Segment.named("new_signups").where(SIGNUP.afterDaysAgo(90)),
            Segment.named("active_mobile").where(and(LAST_LOGIN.withinDays(7), DEVICE.in("ios", "android"))),
            Segment.named("near_berlin").where(HOME.withinKm(BERLIN, RADIUS_KM)),
            Segment.named("loyal_spenders").where(and(LOYALTY_TIER.in("gold", "platinum"), TOTAL_SPEND.gt(2_000.0))),
            Segment.named("newsletter_free").where(and(NEWSLETTER.isTrue(), PREMIUM.isFalse())),
            Segment.named("churn_risk").where(and(CHURN_SCORE.ge(0.7), not(LOYALTY_TIER.eq("platinum")))),
            Segment.named("offline").where(not(or(CHANNEL.eq("web"), CHANNEL.eq("partner")))),
            Segment.named("families").where(and(HOUSEHOLD.ge(3),
                    or(INTERESTS.containsAny("kids", "parenting"), AGE.between(30, 45)))),
            Segment.named("frequent_buyers").where(or(ORDERS.ge(20), TOTAL_SPEND.ge(5_000.0))),
            Segment.named("unengaged").where(and(EMAIL_OPENS.eq(0), not(NEWSLETTER.isTrue()))),
            Segment.named("no_sports_en_de").where(and(INTERESTS.containsNone("football", "running", "cycling"),
                    LANGUAGE.in("en", "de"))),
            Segment.named("vip_at_risk").where(and(inSegment("loyal_spenders"), inSegment("churn_risk"))));

    private BenchSegments() {
    }

    /** The segment names, in declaration order. */
    public static List<String> names() {
        return ALL.stream().map(Segment::name).toList();
    }

    /** The as-of time of the segments. */
    public static AsOf asOf() {
        return AsOf.date(AS_OF);
    }

    /** A segmenter of all segments through the public API, using at most {@code threads} threads. */
    public static Segmenter<BenchCustomer> segmenter(int threads) {
        return Segmenter.builder(BenchSchema.SCHEMA).addAll(ALL).asOf(AS_OF).parallelism(threads).build();
    }
}
