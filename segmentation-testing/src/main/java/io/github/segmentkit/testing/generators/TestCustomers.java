package io.github.segmentkit.testing.generators;

import io.github.segmentkit.api.AsOf;
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
import java.util.List;

/**
 * The attributes and schema of {@link TestCustomer}, and the pools of awkward values that the generators draw
 * from: extremes, negative zero, infinities, empty strings, Urdu and Telugu text, points at the poles and on the
 * antimeridian.
 *
 * <pre>{@code
 * Segmenter<TestCustomer> segmenter = Segmenter.builder(TestCustomers.SCHEMA).asOf(TestCustomers.AS_OF.date())
 *         .addAll(segments).build();
 * }</pre>
 */
public final class TestCustomers {
    public static final LongAttribute AGE = Attribute.ofLong("age");
    public static final DoubleAttribute INCOME = Attribute.ofDouble("income");
    public static final CategoricalAttribute COUNTRY = Attribute.ofCategorical("country");
    public static final BooleanAttribute OPTED_IN = Attribute.ofBoolean("opted_in");
    public static final DateAttribute LAST_ORDER = Attribute.ofDate("last_order");
    public static final TimestampAttribute LAST_LOGIN = Attribute.ofTimestamp("last_login");
    public static final TagsAttribute INTERESTS = Attribute.ofTags("interests");
    public static final GeoPointAttribute HOME = Attribute.ofGeoPoint("home");

    /** The schema of {@link TestCustomer}. */
    public static final CustomerSchema<TestCustomer> SCHEMA = CustomerSchema.builder(TestCustomer::id)
            .nullableNumeric(AGE, TestCustomer::age)
            .numeric(INCOME, TestCustomer::income)
            .categorical(COUNTRY, TestCustomer::country)
            .bool(OPTED_IN, TestCustomer::optedIn)
            .date(LAST_ORDER, TestCustomer::lastOrder)
            .timestamp(LAST_LOGIN, TestCustomer::lastLogin)
            .tags(INTERESTS, TestCustomer::interests)
            .geoPoint(HOME, TestCustomer::home)
            .build();

    /** The as-of time the generated dates cluster around. */
    public static final AsOf AS_OF = AsOf.date(LocalDate.of(2024, 3, 31));

    /** Whole numbers, including both ends of {@code long}. */
    public static final List<Long> AGES = List.of(Long.MIN_VALUE, -1L, 0L, 17L, 18L, 24L, 25L, 34L, 35L, 64L, 65L,
            99L, Long.MAX_VALUE);

    /** Doubles, including negative zero and the infinities (NaN is generated separately, as missing). */
    public static final List<Double> INCOMES = List.of(Double.NEGATIVE_INFINITY, -1.5, -0.0, 0.0, 1e-300, 9_999.99,
            10_000.0, 52_000.0, 1e9, Double.MAX_VALUE, Double.POSITIVE_INFINITY);

    /** Categories, including the empty string, case variants and non-Latin scripts (Urdu, Telugu). */
    public static final List<String> COUNTRIES = List.of("US", "CA", "GB", "gb", "", " ", "پاکستان", "తెలంగాణ",
            "Ελλάδα", "日本");

    /** Tags, likewise. */
    public static final List<String> TAGS = List.of("hiking", "camping", "Hiking", "", "کتابیں", "క్రికెట్",
            "wine", "golf");

    /** Dates around the as-of date, with far past and far future. */
    public static final List<LocalDate> DATES = List.of(LocalDate.of(1900, 1, 1), LocalDate.of(2023, 3, 31),
            LocalDate.of(2023, 4, 1), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 30),
            LocalDate.of(2024, 3, 31), LocalDate.of(2024, 4, 1), LocalDate.of(2999, 12, 31));

    /** Instants around the as-of instant, one second either side of day boundaries. */
    public static final List<Instant> INSTANTS = List.of(Instant.parse("1970-01-01T00:00:00Z"),
            Instant.parse("2024-03-01T00:00:00Z"), Instant.parse("2024-03-23T23:59:59Z"),
            Instant.parse("2024-03-24T00:00:00Z"), Instant.parse("2024-03-24T00:00:01Z"),
            Instant.parse("2024-03-30T12:00:00Z"), Instant.parse("2024-03-31T00:00:00Z"),
            Instant.parse("2024-03-31T00:00:01Z"), Instant.parse("2100-01-01T00:00:00Z"));

    /** Points: cities, the poles, both sides of the antimeridian. */
    public static final List<GeoPoint> POINTS = List.of(GeoPoint.of(51.5074, -0.1278), GeoPoint.of(48.8566, 2.3522),
            GeoPoint.of(40.6413, -73.7781), GeoPoint.of(33.9416, -118.4085), GeoPoint.of(90, 0),
            GeoPoint.of(-90, 180), GeoPoint.of(0, 179.9), GeoPoint.of(0, -179.9), GeoPoint.of(0, 180),
            GeoPoint.of(0, -180), GeoPoint.of(24.8607, 67.0011), GeoPoint.of(17.385, 78.4867));

    private TestCustomers() {
    }
}
