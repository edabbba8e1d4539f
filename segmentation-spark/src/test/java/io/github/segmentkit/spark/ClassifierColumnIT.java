package io.github.segmentkit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.classify.FittedClassifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Classifiers fitted in memory and applied to a DataFrame label every row exactly as {@link FittedClassifier#apply}
 * labels the same customer: RFM (edges and frequency keys), k-means (standardisation and centroids), income
 * quantile bands and engagement bands, on random customers with missing, NaN, negative and tied values.
 */
class ClassifierColumnIT {
    private static final List<String> COLUMNS = List.of("recency", "frequency", "monetary", "income", "visits",
            "opens");

    /** One customer as the customer schema shows it to a classifier. */
    private record Customer(long id, Map<String, Object> values) implements AttributeValues {
        @Override
        public Object get(String attribute) {
            if (!values.containsKey(attribute)) {
                throw new IllegalArgumentException("unknown attribute '" + attribute + "'");
            }
            return values.get(attribute);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void should_label_every_row_as_the_restored_classifier_labels_the_customer(long seed) {
        Random random = new Random(seed);
        List<Customer> customers = randomCustomers(random, 5 + random.nextInt(150));
        Dataset<Row> frame = frame(customers);
        List<FittedClassifier> fitted = List.of(
                ClassifierRegistry.create("rfm", Map.of()).fit(customers),
                ClassifierRegistry.create("kmeans", Map.of("inputs", List.of("frequency", "monetary"), "k",
                        1 + random.nextInt(4), "seed", seed, "restarts", 2)).fit(customers),
                ClassifierRegistry.create("income-band", Map.of("input", "income", "quantiles", 4)).fit(customers),
                ClassifierRegistry.create("engagement", Map.of("inputs", List.of("visits", "opens"),
                        "missingAsZero", random.nextBoolean())).fit(customers));

        for (FittedClassifier classifier : fitted) {
            // what a nightly job gets from the saved fit: the classifier restored from its parameters
            FittedClassifier restored = ClassifierRegistry.restore(classifier.classifier().type(),
                    classifier.classifier().settings(), classifier.parameters());
            Map<Long, String> expected = new TreeMap<>();
            customers.forEach(c -> expected.put(c.id(), restored.apply(c).value()));
            String output = classifier.classifier().output();

            Map<Long, String> actual = new TreeMap<>();
            for (Row row : ClassifierColumn.of(classifier).addTo(frame).select("customer_id", output)
                    .collectAsList()) {
                actual.put(row.getLong(0), row.getString(1));
            }

            assertThat(actual).as(classifier.classifier().type()).isEqualTo(expected);
            assertThat(new HashSet<>(expected.values())).as("%s labels", classifier.classifier().type())
                    .hasSizeGreaterThan(1);
        }
    }

    @Test
    void should_name_an_absent_input_column() {
        Random random = new Random(5);
        List<Customer> customers = randomCustomers(random, 20);
        FittedClassifier rfm = ClassifierRegistry.create("rfm", Map.of()).fit(customers);

        assertThatThrownBy(() -> ClassifierColumn.of(rfm).label(frame(customers).drop("monetary")))
                .isInstanceOf(SparkColumnException.class)
                .hasMessageStartingWith("column 'monetary' (monetary) is not a column of the DataFrame");
    }

    /** Values drawn from small ranges, so that ties are common; about one in eight missing or invalid. */
    private static List<Customer> randomCustomers(Random random, int count) {
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> values = new HashMap<>();
            values.put("recency", maybe(random, (long) random.nextInt(40) - 1));
            values.put("frequency", maybe(random, (long) random.nextInt(6)));
            values.put("monetary", maybe(random, new BigDecimal(random.nextInt(5000) - 100).movePointLeft(2)));
            double income = random.nextInt(10) == 0 ? Double.NaN : random.nextInt(20) * 5_000.0;
            values.put("income", Double.isNaN(income) ? null : maybe(random, income));
            values.put("visits", maybe(random, (long) random.nextInt(12) - 1));
            values.put("opens", maybe(random, (long) random.nextInt(8)));
            customers.add(new Customer(1_000 + 3L * i, values));
        }
        return customers;
    }

    private static Object maybe(Random random, Object value) {
        return random.nextInt(12) == 0 ? null : value;
    }

    /** NaN where the customer's income is missing half the time: both are missing to a classifier. */
    private static Dataset<Row> frame(List<Customer> customers) {
        List<Row> rows = new ArrayList<>();
        for (Customer c : customers) {
            Object income = c.values().get("income") == null && c.id() % 2 == 0 ? Double.NaN : c.values().get("income");
            rows.add(RowFactory.create(c.id(), c.values().get("recency"), c.values().get("frequency"),
                    c.values().get("monetary"), income, c.values().get("visits"), c.values().get("opens")));
        }
        return LocalSpark.session().createDataFrame(rows, DataTypes.createStructType(List.of(
                DataTypes.createStructField("customer_id", DataTypes.LongType, false),
                DataTypes.createStructField(COLUMNS.get(0), DataTypes.LongType, true),
                DataTypes.createStructField(COLUMNS.get(1), DataTypes.LongType, true),
                DataTypes.createStructField(COLUMNS.get(2), DataTypes.createDecimalType(10, 2), true),
                DataTypes.createStructField(COLUMNS.get(3), DataTypes.DoubleType, true),
                DataTypes.createStructField(COLUMNS.get(4), DataTypes.LongType, true),
                DataTypes.createStructField(COLUMNS.get(5), DataTypes.LongType, true))));
    }
}
