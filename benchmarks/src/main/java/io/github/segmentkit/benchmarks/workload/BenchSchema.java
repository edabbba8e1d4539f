package io.github.segmentkit.benchmarks.workload;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.BooleanAttribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.DateAttribute;
import io.github.segmentkit.api.attribute.DoubleAttribute;
import io.github.segmentkit.api.attribute.GeoPointAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.attribute.TagsAttribute;
import io.github.segmentkit.api.attribute.TimestampAttribute;
import io.github.segmentkit.api.schema.CustomerSchema;

/**
 * The 20 attributes of {@link BenchCustomer} and the schema that reads them, as a user of the library would declare
 * them.
 *
 * <pre>{@code
 * Segmenter<BenchCustomer> segmenter = Segmenter.builder(BenchSchema.SCHEMA).addAll(BenchSegments.ALL).build();
 * }</pre>
 */
public final class BenchSchema {
    public static final LongAttribute AGE = Attribute.ofLong("age");
    public static final DoubleAttribute INCOME = Attribute.ofDouble("income");
    public static final CategoricalAttribute COUNTRY = Attribute.ofCategorical("country");
    public static final CategoricalAttribute CHANNEL = Attribute.ofCategorical("channel");
    public static final CategoricalAttribute LOYALTY_TIER = Attribute.ofCategorical("loyalty_tier");
    public static final CategoricalAttribute DEVICE = Attribute.ofCategorical("device");
    public static final CategoricalAttribute LANGUAGE = Attribute.ofCategorical("language");
    public static final BooleanAttribute NEWSLETTER = Attribute.ofBoolean("newsletter");
    public static final BooleanAttribute PREMIUM = Attribute.ofBoolean("premium");
    public static final DoubleAttribute CHURN_SCORE = Attribute.ofDouble("churn_score");
    public static final LongAttribute ORDERS = Attribute.ofLong("orders");
    public static final DoubleAttribute TOTAL_SPEND = Attribute.ofDouble("total_spend");
    public static final LongAttribute HOUSEHOLD = Attribute.ofLong("household");
    public static final DateAttribute LAST_ORDER = Attribute.ofDate("last_order");
    public static final DateAttribute SIGNUP = Attribute.ofDate("signup");
    public static final TimestampAttribute LAST_LOGIN = Attribute.ofTimestamp("last_login");
    public static final TagsAttribute INTERESTS = Attribute.ofTags("interests");
    public static final GeoPointAttribute HOME = Attribute.ofGeoPoint("home");
    public static final LongAttribute EMAIL_OPENS = Attribute.ofLong("email_opens_30d");

    /**
     * Reads every attribute of a {@link BenchCustomer}; missing values are {@code null} or NaN. The home is read as
     * its two doubles (NaN when unknown), without a {@code GeoPoint} per customer.
     */
    public static final CustomerSchema<BenchCustomer> SCHEMA = CustomerSchema.<BenchCustomer>builder(BenchCustomer::id)
            .nullableNumeric(AGE, BenchCustomer::age)
            .numeric(INCOME, BenchCustomer::income)
            .categorical(COUNTRY, BenchCustomer::country)
            .categorical(CHANNEL, BenchCustomer::channel)
            .categorical(LOYALTY_TIER, BenchCustomer::loyaltyTier)
            .categorical(DEVICE, BenchCustomer::device)
            .categorical(LANGUAGE, BenchCustomer::language)
            .bool(NEWSLETTER, BenchCustomer::newsletter)
            .bool(PREMIUM, BenchCustomer::premium)
            .numeric(CHURN_SCORE, BenchCustomer::churnScore)
            .nullableNumeric(ORDERS, BenchCustomer::orders)
            .numeric(TOTAL_SPEND, BenchCustomer::totalSpend)
            .nullableNumeric(HOUSEHOLD, BenchCustomer::household)
            .date(LAST_ORDER, BenchCustomer::lastOrder)
            .date(SIGNUP, BenchCustomer::signup)
            .timestamp(LAST_LOGIN, BenchCustomer::lastLogin)
            .tags(INTERESTS, BenchCustomer::interests)
            .geoPoint(HOME, BenchCustomer::homeLat, BenchCustomer::homeLon)
            .nullableNumeric(EMAIL_OPENS, BenchCustomer::emailOpens)
            .build();

    private BenchSchema() {
    }
}
