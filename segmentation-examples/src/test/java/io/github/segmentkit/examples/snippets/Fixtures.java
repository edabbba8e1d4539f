package io.github.segmentkit.examples.snippets;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
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
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the javadoc examples take as given: the attributes, a schema of {@link Customer} and three customers
 * whose segments are easy to work out by hand.
 */
final class Fixtures {
    static final LongAttribute AGE = Attribute.ofLong("age");
    static final DoubleAttribute INCOME = Attribute.ofDouble("income");
    static final CategoricalAttribute COUNTRY = Attribute.ofCategorical("country");
    static final TagsAttribute INTERESTS = Attribute.ofTags("interests");
    static final GeoPointAttribute HOME = Attribute.ofGeoPoint("home");
    static final DateAttribute LAST_ORDER = Attribute.ofDate("last_order");
    static final TimestampAttribute LAST_LOGIN = Attribute.ofTimestamp("last_login");
    static final BooleanAttribute OPTED_IN = Attribute.ofBoolean("newsletter_opt_in");

    static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);

    static final CustomerSchema<Customer> SCHEMA = CustomerSchema.builder(Customer::id)
            .numeric(AGE, Customer::age)
            .nullableNumeric(INCOME, Customer::income)
            .categorical(COUNTRY, Customer::country)
            .tags(INTERESTS, Customer::interests)
            .geoPoint(HOME, c -> GeoPoint.of(c.lat(), c.lon()))
            .date(LAST_ORDER, Customer::lastOrder)
            .timestamp(LAST_LOGIN, Customer::lastLogin)
            .bool(OPTED_IN, Customer::optedIn)
            .build();

    /** 1: a young hiker in New York; 2: a Canadian golfer near Toronto without an income; 3: a Londoner, lapsed. */
    static final List<Customer> CUSTOMERS = List.of(
            new Customer(1, 29, 120_000.0, "US", Set.of("hiking"), 40.71, -74.01, LocalDate.of(2024, 3, 15),
                    Instant.parse("2024-03-30T08:00:00Z"), true),
            new Customer(2, 41, null, "CA", Set.of("golf"), 43.70, -79.42, LocalDate.of(2024, 1, 10),
                    Instant.parse("2024-01-02T10:00:00Z"), false),
            new Customer(3, 67, 48_000.0, "GB", Set.of("camping", "wine"), 51.51, -0.13, LocalDate.of(2022, 5, 1),
                    null, null));

    /** The ids of the {@link #CUSTOMERS} for whom {@code criterion} is TRUE as of {@link #AS_OF}. */
    static long[] membersOf(Criterion criterion) {
        return Segmenter.builder(SCHEMA).add(Segment.named("s").where(criterion)).asOf(AS_OF).build()
                .segment(CUSTOMERS).memberIds("s");
    }

    private Fixtures() {}
}
