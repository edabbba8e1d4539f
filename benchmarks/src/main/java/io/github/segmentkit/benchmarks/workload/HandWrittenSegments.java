package io.github.segmentkit.benchmarks.workload;

import io.github.segmentkit.api.attribute.GeoPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The 20 {@link BenchSegments} written by hand as plain Java predicates over {@link BenchCustomer}: what a developer
 * writes today. Each returns {@code true} exactly when the library's criterion is TRUE under SQL three-valued logic:
 * a missing value ({@code null}, NaN) makes a comparison UNKNOWN, so it is never a member, and {@code not(x)} holds
 * only when {@code x} is known to be false (the value is present and the test fails).
 *
 * <pre>{@code
 * long young = customers.stream().filter(HandWrittenSegments::youngAdults).count();
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class HandWrittenSegments {
    private static final LocalDate AS_OF = BenchSegments.AS_OF;
    private static final Instant AS_OF_INSTANT = AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final LocalDate LAST_30_DAYS = AS_OF.minusDays(30);
    private static final LocalDate YEAR_AGO = AS_OF.minusDays(365);
    private static final LocalDate NINETY_DAYS_AGO = AS_OF.minusDays(90);
    private static final Instant WEEK_AGO = AS_OF_INSTANT.minusSeconds(7 * 86_400L);
    private static final GeoPoint BERLIN = BenchSegments.BERLIN;

    /** The predicates in declaration order of {@link BenchSegments#ALL}. */
    public static final List<Predicate<BenchCustomer>> ALL = List.of(
            HandWrittenSegments::youngAdults, HandWrittenSegments::highIncome, HandWrittenSegments::dach,
            HandWrittenSegments::southAsiaMidIncome, HandWrittenSegments::outdoor, HandWrittenSegments::techGamers,
            HandWrittenSegments::recentBuyers, HandWrittenSegments::lapsed, HandWrittenSegments::newSignups,
            HandWrittenSegments::activeMobile, HandWrittenSegments::nearBerlin, HandWrittenSegments::loyalSpenders,
            HandWrittenSegments::newsletterFree, HandWrittenSegments::churnRisk, HandWrittenSegments::offline,
            HandWrittenSegments::families, HandWrittenSegments::frequentBuyers, HandWrittenSegments::unengaged,
            HandWrittenSegments::noSportsEnDe, HandWrittenSegments::vipAtRisk);

    private HandWrittenSegments() {
    }

    public static boolean youngAdults(BenchCustomer c) {
        return c.age() != null && c.age() >= 18 && c.age() <= 29;
    }

    /** NaN compares false, so a missing income is never a member. */
    public static boolean highIncome(BenchCustomer c) {
        return c.income() >= 90_000.0;
    }

    public static boolean dach(BenchCustomer c) {
        String country = c.country();
        return "DE".equals(country) || "AT".equals(country) || "CH".equals(country);
    }

    public static boolean southAsiaMidIncome(BenchCustomer c) {
        String language = c.language();
        return ("hi".equals(language) || "ur".equals(language) || "te".equals(language))
                && c.income() >= 20_000.0 && c.income() <= 60_000.0;
    }

    public static boolean outdoor(BenchCustomer c) {
        Set<String> tags = c.interests();
        return tags != null && (tags.contains("hiking") || tags.contains("camping") || tags.contains("climbing"));
    }

    public static boolean techGamers(BenchCustomer c) {
        Set<String> tags = c.interests();
        return tags != null && tags.contains("tech") && tags.contains("gaming");
    }

    public static boolean recentBuyers(BenchCustomer c) {
        LocalDate last = c.lastOrder();
        return last != null && !last.isBefore(LAST_30_DAYS) && !last.isAfter(AS_OF);
    }

    public static boolean lapsed(BenchCustomer c) {
        return c.lastOrder() != null && c.lastOrder().isBefore(YEAR_AGO);
    }

    public static boolean newSignups(BenchCustomer c) {
        return c.signup() != null && c.signup().isAfter(NINETY_DAYS_AGO);
    }

    public static boolean activeMobile(BenchCustomer c) {
        Instant login = c.lastLogin();
        return login != null && !login.isBefore(WEEK_AGO) && !login.isAfter(AS_OF_INSTANT)
                && ("ios".equals(c.device()) || "android".equals(c.device()));
    }

    public static boolean nearBerlin(BenchCustomer c) {
        return c.hasHome() && GeoPoint.haversineKm(c.homeLat(), c.homeLon(), BERLIN.latitude(), BERLIN.longitude())
                <= BenchSegments.RADIUS_KM;
    }

    public static boolean loyalSpenders(BenchCustomer c) {
        String tier = c.loyaltyTier();
        return ("gold".equals(tier) || "platinum".equals(tier)) && c.totalSpend() > 2_000.0;
    }

    public static boolean newsletterFree(BenchCustomer c) {
        return Boolean.TRUE.equals(c.newsletter()) && Boolean.FALSE.equals(c.premium());
    }

    /** {@code not(tier = platinum)} is TRUE only for a known tier other than platinum. */
    public static boolean churnRisk(BenchCustomer c) {
        return c.churnScore() >= 0.7 && c.loyaltyTier() != null && !"platinum".equals(c.loyaltyTier());
    }

    /** {@code not(channel = web or channel = partner)}: a known channel that is neither. */
    public static boolean offline(BenchCustomer c) {
        String channel = c.channel();
        return channel != null && !"web".equals(channel) && !"partner".equals(channel);
    }

    /** An {@code or} is TRUE when one operand is TRUE, whatever the other (even UNKNOWN). */
    public static boolean families(BenchCustomer c) {
        Set<String> tags = c.interests();
        boolean kids = tags != null && (tags.contains("kids") || tags.contains("parenting"));
        boolean age = c.age() != null && c.age() >= 30 && c.age() <= 45;
        return c.household() != null && c.household() >= 3 && (kids || age);
    }

    public static boolean frequentBuyers(BenchCustomer c) {
        return (c.orders() != null && c.orders() >= 20) || c.totalSpend() >= 5_000.0;
    }

    /** {@code not(newsletter is true)}: a known {@code false}. */
    public static boolean unengaged(BenchCustomer c) {
        return c.emailOpens() != null && c.emailOpens() == 0 && Boolean.FALSE.equals(c.newsletter());
    }

    public static boolean noSportsEnDe(BenchCustomer c) {
        Set<String> tags = c.interests();
        return tags != null && !tags.contains("football") && !tags.contains("running") && !tags.contains("cycling")
                && ("en".equals(c.language()) || "de".equals(c.language()));
    }

    public static boolean vipAtRisk(BenchCustomer c) {
        return loyalSpenders(c) && churnRisk(c);
    }
}
