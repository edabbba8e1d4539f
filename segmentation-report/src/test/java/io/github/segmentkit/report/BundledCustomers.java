package io.github.segmentkit.report;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.DoubleAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled Customer Personality data (segmentation-examples' {@code marketing_campaign.csv}, 2,240 customers,
 * tab-separated), read with plain string splitting, apart from the library's loaders, so that the tests can compute
 * their expected figures from the raw file by plain Java.
 */
final class BundledCustomers {
    static final Path CSV = Path.of("../segmentation-examples/src/main/resources/data/marketing_campaign.csv");

    static final CategoricalAttribute EDUCATION = Attribute.ofCategorical("education");
    static final DoubleAttribute INCOME = Attribute.ofDouble("income");
    static final LongAttribute KIDS = Attribute.ofLong("kids_at_home");
    static final LongAttribute RECENCY = Attribute.ofLong("days_since_last_purchase");
    static final LongAttribute WINE = Attribute.ofLong("wine_spend");

    /** The product categories of the file's spend columns, by column. */
    static final Map<String, String> PRODUCTS = new LinkedHashMap<>();

    static {
        PRODUCTS.put("MntWines", "wine");
        PRODUCTS.put("MntFruits", "fruit");
        PRODUCTS.put("MntMeatProducts", "meat");
        PRODUCTS.put("MntFishProducts", "fish");
        PRODUCTS.put("MntSweetProducts", "sweets");
        PRODUCTS.put("MntGoldProds", "gold");
    }

    static final CustomerSchema<Customer> SCHEMA = CustomerSchema.builder(Customer::id)
            .categorical(EDUCATION, Customer::education)
            .nullableNumeric(INCOME, Customer::income)
            .numeric(KIDS, Customer::kids)
            .numeric(RECENCY, Customer::recency)
            .numeric(WINE, Customer::wine)
            .build();

    private BundledCustomers() {
    }

    /**
     * One row of the file.
     *
     * @param income   {@code null} where the file leaves it empty
     * @param bought   the product categories with a spend above 0, in {@link #PRODUCTS} order
     * @param responded the {@code Response} column: accepted the last campaign
     */
    record Customer(long id, String education, Double income, long kids, long recency, long wine,
            List<String> bought, boolean responded) {
    }

    /** Every customer, in file order. */
    static List<Customer> load() {
        try {
            List<String> lines = Files.readAllLines(CSV, StandardCharsets.UTF_8);
            List<String> header = Arrays.asList(lines.get(0).split("\t"));
            List<Customer> customers = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                List<String> bought = new ArrayList<>();
                PRODUCTS.forEach((column, product) -> {
                    if (Long.parseLong(f[header.indexOf(column)]) > 0) {
                        bought.add(product);
                    }
                });
                String income = f[header.indexOf("Income")].strip();
                customers.add(new Customer(Long.parseLong(f[header.indexOf("ID")]), f[header.indexOf("Education")],
                        income.isEmpty() ? null : Double.valueOf(income), Long.parseLong(f[header.indexOf("Kidhome")]),
                        Long.parseLong(f[header.indexOf("Recency")]), Long.parseLong(f[header.indexOf("MntWines")]),
                        bought, f[header.indexOf("Response")].equals("1")));
            }
            return customers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
