package io.github.segmentkit.examples.snippets;

import static io.github.segmentkit.examples.snippets.Fixtures.AGE;
import static io.github.segmentkit.examples.snippets.Fixtures.COUNTRY;
import static io.github.segmentkit.examples.snippets.Fixtures.CUSTOMERS;
import static io.github.segmentkit.examples.snippets.Fixtures.HOME;
import static io.github.segmentkit.examples.snippets.Fixtures.INCOME;
import static io.github.segmentkit.examples.snippets.Fixtures.INTERESTS;
import static io.github.segmentkit.examples.snippets.Fixtures.LAST_LOGIN;
import static io.github.segmentkit.examples.snippets.Fixtures.LAST_ORDER;
import static io.github.segmentkit.examples.snippets.Fixtures.OPTED_IN;
import static io.github.segmentkit.examples.snippets.Fixtures.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.schema.AttributeBinding;
import io.github.segmentkit.api.schema.BooleanBinding;
import io.github.segmentkit.api.schema.CategoricalBinding;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.api.schema.DateBinding;
import io.github.segmentkit.api.schema.DoubleBinding;
import io.github.segmentkit.api.schema.GeoPointBinding;
import io.github.segmentkit.api.schema.LongBinding;
import io.github.segmentkit.api.schema.TagsBinding;
import io.github.segmentkit.api.schema.TimestampBinding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The javadoc examples of package {@code io.github.segmentkit.api.schema}, compiled and run. */
class SchemaSnippetsTest {
    private final CustomerSchema<Customer> schema = SCHEMA;
    private final Customer customer = CUSTOMERS.get(0);

    @Test
    void should_describe_a_customer_class_once() {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/schema/CustomerSchema.java
        record Customer(long id, int age, String country, Set<String> interests, double lat, double lon,
                        LocalDate lastOrder) {}

        CustomerSchema<Customer> schema = CustomerSchema.builder(Customer::id)
                .numeric(AGE, Customer::age)
                .categorical(COUNTRY, Customer::country)
                .tags(INTERESTS, Customer::interests)
                .geoPoint(HOME, c -> GeoPoint.of(c.lat(), c.lon()))
                .date(LAST_ORDER, Customer::lastOrder)
                .build();

        assertThat(schema.attributes()).containsExactly(AGE, COUNTRY, INTERESTS, HOME, LAST_ORDER);
    }

    @Test
    void should_read_primitives_without_boxing_through_the_builder() {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/schema/CustomerSchema.java
        CustomerSchema.builder(Customer::id).nullableNumeric(AGE, c -> c.age() > 0, Customer::age).build();
        CustomerSchema.builder(Customer::id).geoPoint(HOME, Customer::lat, Customer::lon).build();

        CustomerSchema<Customer> both = CustomerSchema.builder(Customer::id)
                .nullableNumeric(AGE, c -> c.age() > 0, Customer::age)
                .geoPoint(HOME, Customer::lat, Customer::lon).build();
        assertThat(both.binding("age").read(customer)).isEqualTo(29L);
        assertThat(both.binding("home").read(customer)).isEqualTo(GeoPoint.of(40.71, -74.01));
    }

    @Test
    void should_read_one_attribute_through_its_binding() {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/schema/AttributeBinding.java
        AttributeBinding<Customer> age = schema.binding("age");
        Object value = age.read(customer);   // a Long, or null when missing

        assertThat(value).isEqualTo(29L);
    }

    @Test
    void should_bind_each_kind_of_attribute() {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/schema/BooleanBinding.java
        BooleanBinding<Customer> optedIn = new BooleanBinding<>(OPTED_IN, Customer::optedIn);
        assertThat(optedIn.read(customer)).isTrue();

        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/schema/CategoricalBinding.java
        CategoricalBinding<Customer> country = new CategoricalBinding<>(COUNTRY, Customer::country);
        assertThat(country.read(customer)).isEqualTo("US");

        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/schema/DateBinding.java
        DateBinding<Customer> lastOrder = new DateBinding<>(LAST_ORDER, Customer::lastOrder);
        assertThat(lastOrder.read(customer)).isEqualTo(LocalDate.of(2024, 3, 15));

        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/schema/DoubleBinding.java
        DoubleBinding<Customer> b = new DoubleBinding<>(INCOME, c -> c.income() == null ? Double.NaN : c.income());
        assertThat(b.read(CUSTOMERS.get(1))).isNull();

        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/schema/GeoPointBinding.java
        GeoPointBinding<Customer> home = new GeoPointBinding<>(HOME, c -> GeoPoint.of(c.lat(), c.lon()));
        GeoPointBinding<Customer> same = GeoPointBinding.ofCoordinates(HOME, Customer::lat, Customer::lon);
        assertThat(home.read(customer)).isEqualTo(GeoPoint.of(40.71, -74.01));
        assertThat(same.read(customer)).isEqualTo(GeoPoint.of(40.71, -74.01));

        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/schema/LongBinding.java
        LongBinding<Customer> age = LongBinding.of(AGE, Customer::age);
        LongBinding<Customer> knownAge = LongBinding.ofNullable(AGE, c -> c.age() > 0, Customer::age);
        assertThat(age.read(customer)).isEqualTo(29L);
        assertThat(knownAge.read(customer)).isEqualTo(29L);

        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/schema/TagsBinding.java
        TagsBinding<Customer> interests = new TagsBinding<>(INTERESTS, Customer::interests);
        assertThat(interests.read(customer)).containsExactly("hiking");

        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/schema/TimestampBinding.java
        TimestampBinding<Customer> lastLogin = new TimestampBinding<>(LAST_LOGIN, Customer::lastLogin);
        assertThat(lastLogin.read(customer)).isEqualTo(Instant.parse("2024-03-30T08:00:00Z"));
    }
}
