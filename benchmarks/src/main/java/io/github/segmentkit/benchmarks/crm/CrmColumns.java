package io.github.segmentkit.benchmarks.crm;

import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import io.github.segmentkit.benchmarks.workload.BenchSchema;
import io.github.segmentkit.io.ColumnMapping;
import io.github.segmentkit.io.CustomerMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The benchmark workload as a CRM keeps it: one column per attribute (a home in two), named as the attribute, with
 * {@value #MISSING} for a missing value so that an empty tag set stays distinct from a missing one, in a CSV file and
 * in a PostgreSQL table alike; and the {@link CustomerMapping} that reads both.
 */
final class CrmColumns {
    /** The text of a missing cell, in the file and in PostgreSQL's {@code COPY}. */
    static final String MISSING = "\\N";

    static final List<String> NAMES = List.of("id", "age", "income", "country", "channel", "loyalty_tier", "device",
            "language", "newsletter", "premium", "churn_score", "orders", "total_spend", "household", "last_order",
            "signup", "last_login", "interests", "home_lat", "home_lon", "email_opens_30d");

    /** Every attribute of {@link BenchSchema#SCHEMA}, read from the column of its name, missing as {@value #MISSING}. */
    static final CustomerMapping MAPPING = mapping();

    private CrmColumns() {
    }

    private static CustomerMapping mapping() {
        CustomerMapping.Builder builder = CustomerMapping.builder("id");
        for (var attribute : List.of(BenchSchema.AGE, BenchSchema.INCOME, BenchSchema.COUNTRY, BenchSchema.CHANNEL,
                BenchSchema.LOYALTY_TIER, BenchSchema.DEVICE, BenchSchema.LANGUAGE, BenchSchema.NEWSLETTER,
                BenchSchema.PREMIUM, BenchSchema.CHURN_SCORE, BenchSchema.ORDERS, BenchSchema.TOTAL_SPEND,
                BenchSchema.HOUSEHOLD, BenchSchema.LAST_ORDER, BenchSchema.SIGNUP, BenchSchema.LAST_LOGIN,
                BenchSchema.INTERESTS, BenchSchema.EMAIL_OPENS)) {
            builder.add(ColumnMapping.of(attribute.name(), attribute).withMissingMarkers(MISSING));
        }
        builder.add(ColumnMapping.geoPoint("home_lat", "home_lon", BenchSchema.HOME).withMissingMarkers(MISSING));
        return builder.build();
    }

    /** The cells of {@code customer}, in the order of {@link #NAMES}. */
    static List<String> cells(BenchCustomer customer) {
        List<String> cells = new ArrayList<>(NAMES.size());
        cells.add(Long.toString(customer.id()));
        cells.add(text(customer.age()));
        cells.add(text(customer.income()));
        cells.add(text(customer.country()));
        cells.add(text(customer.channel()));
        cells.add(text(customer.loyaltyTier()));
        cells.add(text(customer.device()));
        cells.add(text(customer.language()));
        cells.add(text(customer.newsletter()));
        cells.add(text(customer.premium()));
        cells.add(text(customer.churnScore()));
        cells.add(text(customer.orders()));
        cells.add(text(customer.totalSpend()));
        cells.add(text(customer.household()));
        cells.add(text(customer.lastOrder()));
        cells.add(text(customer.signup()));
        cells.add(text(customer.lastLogin()));
        cells.add(customer.interests() == null ? MISSING : String.join("|",
                new TreeSet<>(customer.interests())));
        cells.add(text(customer.homeLat()));
        cells.add(text(customer.homeLon()));
        cells.add(text(customer.emailOpens()));
        return cells;
    }

    private static String text(Object value) {
        return value == null ? MISSING : value.toString();
    }

    private static String text(double value) {
        return Double.isNaN(value) ? MISSING : Double.toString(value);
    }
}
