package io.github.segmentkit.benchmarks.segments;

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

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.benchmarks.peers.duckdb.SegmentSql;
import io.github.segmentkit.benchmarks.peers.duckdb.SqlCondition;
import io.github.segmentkit.benchmarks.peers.duckdb.TagEncoding;
import io.github.segmentkit.benchmarks.workload.BenchSegments;
import io.github.segmentkit.benchmarks.workload.CustomerGenerator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Segments drawn by a seeded generator from the twenty kinds of {@link BenchSegments} (ranges, category sets, tags
 * any/all/none, relative dates and timestamps, radius, Boolean pairs, negations, disjunctions, and {@code inSegment}
 * of two earlier drawn segments), each with random thresholds, values and tags, and each with the SQL condition an
 * analyst would write for DuckDB, in the formulation of {@link SegmentSql}. The kinds take turns, so that any 20
 * consecutive segments hold every kind once; the same count and seed always give the same segments.
 *
 * <pre>{@code
 * List<DrawnSegments.Drawn> drawn = DrawnSegments.draw(1_000, DrawnSegments.SEED);
 * }</pre>
 */
public final class DrawnSegments {
    /** The seed of the benchmark's segments. */
    public static final long SEED = 20_261_201L;

    private static final LocalDate AS_OF = BenchSegments.AS_OF;
    private static final LocalDateTime AS_OF_TIME = AS_OF.atStartOfDay();
    private static final String[] COUNTRIES = {"US", "DE", "GB", "FR", "IN", "BR", "IT", "ES", "CA", "NL", "PL", "PK",
        "MX", "AU", "SE", "AT", "CH", "JP"};
    private static final String[] LANGUAGES = {"en", "de", "fr", "es", "hi", "ur", "te", "it", "nl", "pl"};
    private static final String[] TIERS = {"none", "bronze", "silver", "gold", "platinum"};
    private static final String[] DEVICES = {"android", "ios", "desktop", "tablet"};
    private static final String[] CHANNELS = {"web", "app", "store", "phone", "partner"};
    /** Where the homes cluster, and a point far from every cluster. */
    private static final GeoPoint[] CENTRES = {GeoPoint.of(52.52, 13.405), GeoPoint.of(48.137, 11.575),
        GeoPoint.of(51.507, -0.128), GeoPoint.of(19.076, 72.878), GeoPoint.of(0, -150)};
    private static final int KINDS = 20;

    private DrawnSegments() {
    }

    /** One drawn segment and the same condition in SQL. */
    public record Drawn(Segment segment, SqlCondition sql) {
    }

    /** {@code count} segments named {@code kind-index}, drawn with {@code seed}. */
    public static List<Drawn> draw(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Drawn> drawn = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            drawn.add(drawOne(random, i, drawn));
        }
        return drawn;
    }

    private static Drawn drawOne(SplittableRandom random, int index, List<Drawn> earlier) {
        TagEncoding tags = TagEncoding.MASK;
        switch (index % KINDS) {
            case 0 -> {
                long low = 18 + random.nextInt(50);
                long high = low + random.nextInt(20);
                return drawn("age", index, AGE.between(low, high), sql("age BETWEEN ? AND ?", low, high));
            }
            case 1 -> {
                double income = 10_000 + random.nextInt(120) * 1_000;
                return drawn("income", index, INCOME.ge(income), sql("income >= ?", income));
            }
            case 2 -> {
                List<String> countries = pick(random, COUNTRIES, 1 + random.nextInt(3));
                return drawn("country", index, COUNTRY.in(countries), in("country", countries));
            }
            case 3 -> {
                List<String> languages = pick(random, LANGUAGES, 1 + random.nextInt(3));
                double low = 10_000 + random.nextInt(50) * 1_000;
                double high = low + 10_000 + random.nextInt(50) * 1_000;
                return drawn("language-income", index, and(LANGUAGE.in(languages), INCOME.between(low, high)),
                        in("language", languages).and(sql("income BETWEEN ? AND ?", low, high)));
            }
            case 4 -> {
                List<String> wanted = pick(random, CustomerGenerator.TAGS, 1 + random.nextInt(3));
                return drawn("tags-any", index, INTERESTS.containsAny(wanted), tags.any(wanted));
            }
            case 5 -> {
                List<String> wanted = pick(random, CustomerGenerator.TAGS, 2);
                return drawn("tags-all", index, INTERESTS.containsAll(wanted), tags.all(wanted));
            }
            case 6 -> {
                int days = 1 + random.nextInt(120);
                return drawn("ordered-within", index, LAST_ORDER.withinDays(days),
                        sql("last_order BETWEEN ? AND ?", AS_OF.minusDays(days), AS_OF));
            }
            case 7 -> {
                int days = 30 + random.nextInt(700);
                return drawn("ordered-before", index, LAST_ORDER.beforeDaysAgo(days),
                        sql("last_order < ?", AS_OF.minusDays(days)));
            }
            case 8 -> {
                int days = 10 + random.nextInt(700);
                return drawn("signed-up-after", index, SIGNUP.afterDaysAgo(days),
                        sql("signup > ?", AS_OF.minusDays(days)));
            }
            case 9 -> {
                int days = 1 + random.nextInt(30);
                List<String> devices = pick(random, DEVICES, 1 + random.nextInt(2));
                return drawn("login-device", index, and(LAST_LOGIN.withinDays(days), DEVICE.in(devices)),
                        sql("last_login BETWEEN ? AND ?", AS_OF_TIME.minusDays(days), AS_OF_TIME)
                                .and(in("device", devices)));
            }
            case 10 -> {
                GeoPoint centre = CENTRES[random.nextInt(CENTRES.length)];
                double km = 5 + random.nextInt(200);
                return drawn("radius", index, HOME.withinKm(centre, km), SegmentSql.radius(centre, km));
            }
            case 11 -> {
                List<String> tiers = pick(random, TIERS, 1 + random.nextInt(2));
                double spend = random.nextInt(50) * 100.0;
                return drawn("tier-spend", index, and(LOYALTY_TIER.in(tiers), TOTAL_SPEND.gt(spend)),
                        in("loyalty_tier", tiers).and(sql("total_spend > ?", spend)));
            }
            case 12 -> {
                boolean newsletter = random.nextBoolean();
                boolean premium = random.nextBoolean();
                return drawn("newsletter-premium", index,
                        and(newsletter ? NEWSLETTER.isTrue() : NEWSLETTER.isFalse(),
                                premium ? PREMIUM.isTrue() : PREMIUM.isFalse()),
                        sql("newsletter = ? AND premium = ?", newsletter, premium));
            }
            case 13 -> {
                double score = random.nextInt(100) / 100.0;
                String tier = TIERS[random.nextInt(TIERS.length)];
                return drawn("churn-not-tier", index, and(CHURN_SCORE.ge(score), not(LOYALTY_TIER.eq(tier))),
                        sql("churn_score >= ? AND NOT (loyalty_tier = ?)", score, tier));
            }
            case 14 -> {
                List<String> channels = pick(random, CHANNELS, 2);
                return drawn("not-channels", index,
                        not(or(CHANNEL.eq(channels.get(0)), CHANNEL.eq(channels.get(1)))),
                        sql("NOT (channel = ? OR channel = ?)", channels.get(0), channels.get(1)));
            }
            case 15 -> {
                long household = 1 + random.nextInt(5);
                List<String> wanted = pick(random, CustomerGenerator.TAGS, 2);
                long low = 18 + random.nextInt(40);
                long high = low + random.nextInt(20);
                return drawn("household", index,
                        and(HOUSEHOLD.ge(household), or(INTERESTS.containsAny(wanted), AGE.between(low, high))),
                        sql("household >= ?", household)
                                .and(tags.any(wanted).or(sql("age BETWEEN ? AND ?", low, high))));
            }
            case 16 -> {
                long orders = 1 + random.nextInt(40);
                double spend = random.nextInt(100) * 100.0;
                return drawn("orders-or-spend", index, or(ORDERS.ge(orders), TOTAL_SPEND.ge(spend)),
                        sql("orders >= ? OR total_spend >= ?", orders, spend));
            }
            case 17 -> {
                long opens = random.nextInt(4);
                return drawn("opens-no-newsletter", index, and(EMAIL_OPENS.eq(opens), not(NEWSLETTER.isTrue())),
                        sql("email_opens = ? AND NOT (newsletter = ?)", opens, true));
            }
            case 18 -> {
                List<String> unwanted = pick(random, CustomerGenerator.TAGS, 1 + random.nextInt(3));
                List<String> languages = pick(random, LANGUAGES, 1 + random.nextInt(2));
                return drawn("tags-none-language", index,
                        and(INTERESTS.containsNone(unwanted), LANGUAGE.in(languages)),
                        tags.none(unwanted).and(in("language", languages)));
            }
            default -> {
                Drawn first = earlier.get(earlierLeaf(random, index));
                Drawn second = earlier.get(earlierLeaf(random, index));
                return drawn("both", index,
                        and(inSegment(first.segment().name()), inSegment(second.segment().name())),
                        first.sql().and(second.sql()));
            }
        }
    }

    /** An earlier segment that is not itself of this kind, so that the SQL of a segment never nests deeper. */
    private static int earlierLeaf(SplittableRandom random, int index) {
        int earlier;
        do {
            earlier = random.nextInt(index);
        } while (earlier % KINDS == KINDS - 1);
        return earlier;
    }

    private static Drawn drawn(String kind, int index, Criterion criterion, SqlCondition sql) {
        return new Drawn(Segment.named(kind + "-" + index).where(criterion), sql);
    }

    private static SqlCondition sql(String sql, Object... values) {
        return new SqlCondition(sql, List.of(values));
    }

    private static SqlCondition in(String column, List<String> values) {
        return new SqlCondition(column + " IN (" + String.join(", ", values.stream().map(v -> "?").toList()) + ")",
                new ArrayList<>(values));
    }

    /** {@code count} distinct values of {@code from}, in drawing order. */
    private static List<String> pick(SplittableRandom random, String[] from, int count) {
        return pick(random, List.of(from), count);
    }

    private static List<String> pick(SplittableRandom random, List<String> from, int count) {
        List<String> left = new ArrayList<>(from);
        List<String> picked = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            picked.add(left.remove(random.nextInt(left.size())));
        }
        return picked;
    }
}
