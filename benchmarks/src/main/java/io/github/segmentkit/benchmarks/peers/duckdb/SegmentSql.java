package io.github.segmentkit.benchmarks.peers.duckdb;

import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.benchmarks.workload.BenchSegments;
import io.github.segmentkit.benchmarks.workload.RadiusBox;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The 20 {@link BenchSegments} as SQL conditions on {@code customers}, written as an analyst would. SQL's own
 * three-valued logic gives the library's semantics: {@code NULL} makes a comparison UNKNOWN, {@code NOT UNKNOWN} is
 * UNKNOWN, and {@code WHERE} or {@code FILTER} keeps only TRUE. The radius is a bounding box (so that DuckDB can
 * skip row groups by min/max) followed by the same haversine as {@link GeoPoint#haversineKm}.
 *
 * <pre>{@code
 * List<SqlCondition> segments = SegmentSql.conditions(TagEncoding.MASK);
 * }</pre>
 */
public final class SegmentSql {
    private static final LocalDate AS_OF = BenchSegments.AS_OF;
    private static final LocalDateTime AS_OF_TIME = AS_OF.atStartOfDay();

    private SegmentSql() {
    }

    /** The conditions in declaration order of {@link BenchSegments#ALL}, with tags tested as {@code tags} says. */
    public static List<SqlCondition> conditions(TagEncoding tags) {
        SqlCondition loyalSpenders = condition("loyalty_tier IN (?, ?) AND total_spend > ?", "gold", "platinum",
                2_000.0);
        SqlCondition churnRisk = condition("churn_score >= ? AND NOT (loyalty_tier = ?)", 0.7, "platinum");
        return List.of(
                condition("age BETWEEN ? AND ?", 18, 29),
                condition("income >= ?", 90_000.0),
                condition("country IN (?, ?, ?)", "DE", "AT", "CH"),
                condition("language IN (?, ?, ?) AND income BETWEEN ? AND ?", "hi", "ur", "te", 20_000.0, 60_000.0),
                tags.any(List.of("hiking", "camping", "climbing")),
                tags.all(List.of("tech", "gaming")),
                condition("last_order BETWEEN ? AND ?", AS_OF.minusDays(30), AS_OF),
                condition("last_order < ?", AS_OF.minusDays(365)),
                condition("signup > ?", AS_OF.minusDays(90)),
                condition("last_login BETWEEN ? AND ? AND device IN (?, ?)", AS_OF_TIME.minusDays(7), AS_OF_TIME,
                        "ios", "android"),
                radius(BenchSegments.BERLIN, BenchSegments.RADIUS_KM),
                loyalSpenders,
                condition("newsletter = ? AND premium = ?", true, false),
                churnRisk,
                condition("NOT (channel = ? OR channel = ?)", "web", "partner"),
                condition("household >= ?", 3).and(
                        tags.any(List.of("kids", "parenting")).or(condition("age BETWEEN ? AND ?", 30, 45))),
                condition("orders >= ? OR total_spend >= ?", 20, 5_000.0),
                condition("email_opens = ? AND NOT (newsletter = ?)", 0, true),
                tags.none(List.of("football", "running", "cycling"))
                        .and(condition("language IN (?, ?)", "en", "de")),
                loyalSpenders.and(churnRisk));
    }

    private static SqlCondition condition(String sql, Object... values) {
        return new SqlCondition(sql, List.of(values));
    }

    /** Homes within {@code km} of {@code center}: the bounding box, then the haversine. */
    public static SqlCondition radius(GeoPoint center, double km) {
        RadiusBox box = RadiusBox.around(center, km);
        String haversine = "2 * ? * asin(least(1.0, sqrt("
                + "pow(sin((radians(?) - radians(home_lat)) / 2), 2)"
                + " + cos(radians(home_lat)) * cos(radians(?)) * pow(sin(radians(? - home_lon) / 2), 2)))) <= ?";
        return condition("home_lat BETWEEN ? AND ? AND home_lon BETWEEN ? AND ? AND " + haversine,
                box.minLatitude(), box.maxLatitude(), box.minLongitude(), box.maxLongitude(), GeoPoint.EARTH_RADIUS_KM,
                center.latitude(), center.latitude(), center.longitude(), km);
    }
}
