package io.github.segmentkit.insight;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.BooleanAttribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.DoubleAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.attribute.TagsAttribute;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The bundled Customer Personality data ({@code marketing_campaign.csv}, 2,240 customers, tab-separated), read with
 * plain string splitting, independently of the library's loaders, for tests whose expected figures are computed
 * from these records by plain Java.
 */
public final class MarketingCustomers {
    public static final LongAttribute BIRTH_YEAR = Attribute.ofLong("birth_year");
    public static final CategoricalAttribute EDUCATION = Attribute.ofCategorical("education");
    public static final CategoricalAttribute MARITAL = Attribute.ofCategorical("marital_status");
    public static final DoubleAttribute INCOME = Attribute.ofDouble("income");
    public static final LongAttribute KIDS = Attribute.ofLong("kids_at_home");
    public static final LongAttribute RECENCY = Attribute.ofLong("recency");
    public static final LongAttribute WINE = Attribute.ofLong("wine_spend");
    public static final BooleanAttribute RESPONDED = Attribute.ofBoolean("responded");
    public static final TagsAttribute ACCEPTED = Attribute.ofTags("accepted_campaigns");

    /** The schema over {@link Customer}. */
    public static final CustomerSchema<Customer> SCHEMA = CustomerSchema.builder(Customer::id)
            .numeric(BIRTH_YEAR, Customer::birthYear)
            .categorical(EDUCATION, Customer::education)
            .categorical(MARITAL, Customer::marital)
            .nullableNumeric(INCOME, Customer::income)
            .numeric(KIDS, Customer::kids)
            .numeric(RECENCY, Customer::recency)
            .numeric(WINE, Customer::wine)
            .bool(RESPONDED, Customer::responded)
            .tags(ACCEPTED, Customer::accepted)
            .build();

    private MarketingCustomers() {
    }

    /** One row; {@code income} is {@code null} where the file leaves it empty. */
    public record Customer(long id, long birthYear, String education, String marital, Double income, long kids,
            long recency, long wine, boolean responded, Set<String> accepted) {
    }

    /** Every customer of the file, in file order. */
    public static List<Customer> load() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                MarketingCustomers.class.getResourceAsStream("/data/marketing_campaign.csv")), StandardCharsets.UTF_8))) {
            List<String> header = Arrays.asList(in.readLine().split("\t"));
            List<Customer> customers = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t", -1);
                Set<String> accepted = new LinkedHashSet<>();
                for (int c = 1; c <= 5; c++) {
                    if (f[header.indexOf("AcceptedCmp" + c)].equals("1")) {
                        accepted.add("cmp" + c);
                    }
                }
                String income = f[header.indexOf("Income")].strip();
                customers.add(new Customer(Long.parseLong(f[header.indexOf("ID")]),
                        Long.parseLong(f[header.indexOf("Year_Birth")]), f[header.indexOf("Education")],
                        f[header.indexOf("Marital_Status")], income.isEmpty() ? null : Double.valueOf(income),
                        Long.parseLong(f[header.indexOf("Kidhome")]), Long.parseLong(f[header.indexOf("Recency")]),
                        Long.parseLong(f[header.indexOf("MntWines")]), f[header.indexOf("Response")].equals("1"),
                        accepted));
            }
            return customers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
