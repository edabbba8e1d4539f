package io.github.segmentkit.io.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.io.runs.ListedResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetListTest {
    record Customer(long id, Long age, String country, Set<String> interests, LocalDate lastOrder, double spend,
            GeoPoint home) {
    }

    static final CustomerSchema<Customer> SCHEMA = CustomerSchema.builder(Customer::id)
            .nullableNumeric(Attribute.ofLong("age"), Customer::age)
            .categorical(Attribute.ofCategorical("country"), Customer::country)
            .tags(Attribute.ofTags("interests"), Customer::interests)
            .date(Attribute.ofDate("last_order"), Customer::lastOrder)
            .numeric(Attribute.ofDouble("spend"), Customer::spend)
            .geoPoint(Attribute.ofGeoPoint("home"), Customer::home)
            .build();

    static final List<Customer> CUSTOMERS = List.of(
            new Customer(7, 31L, "FR, Paris", Set.of("ski", "hiking"), LocalDate.of(2024, 3, 2), 1e10,
                    GeoPoint.of(48.85, 2.35)),
            new Customer(8, 45L, "DE", Set.of(), null, 0.5, null),
            new Customer(9, null, null, null, LocalDate.of(2023, 12, 24), Double.NaN, GeoPoint.of(-33.9, 18.4)));

    /** Customers 7 and 9 in outdoor, 8 in nothing. */
    static final ListedResult RUN = ListedResult.withSegments("outdoor", "indoor")
            .customer(7, "outdoor").customer(8).customer(9, "outdoor").build();

    @TempDir
    Path directory;

    @Test
    void should_write_the_members_with_the_chosen_columns_in_that_order() throws IOException {
        Path file = directory.resolve("outdoor.csv");
        TargetList<Customer> list = TargetList.of(SCHEMA, List.of("country", "age", "interests", "last_order",
                "spend", "home"));

        long written = list.write(RUN, "outdoor", CUSTOMERS, file);

        assertThat(written).isEqualTo(2);
        assertThat(Files.readString(file)).isEqualTo(
                "customer_id,country,age,interests,last_order,spend,home\r\n"
                + "7,\"FR, Paris\",31,hiking|ski,2024-03-02,10000000000,\"48.85,2.35\"\r\n"
                + "9,,,,2023-12-24,,\"-33.9,18.4\"\r\n");
    }

    @Test
    void should_write_ids_only_and_a_header_for_an_empty_segment() throws IOException {
        StringBuilder out = new StringBuilder();

        long written = TargetList.of(SCHEMA, List.of()).write(RUN, "indoor", CUSTOMERS, out);

        assertThat(written).isZero();
        assertThat(out).hasToString("customer_id\r\n");
    }

    @Test
    void should_refuse_unknown_or_repeated_columns() {
        assertThatThrownBy(() -> TargetList.of(SCHEMA, List.of("contry")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'contry'")
                .hasMessageContaining("country");
        assertThatThrownBy(() -> TargetList.of(SCHEMA, List.of("age", "age")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'age' appears twice");
    }

    @Test
    void should_refuse_customers_that_are_not_the_ones_segmented() {
        TargetList<Customer> list = TargetList.of(SCHEMA, List.of("age"));
        StringBuilder out = new StringBuilder();
        List<Customer> reordered = List.of(CUSTOMERS.get(2), CUSTOMERS.get(1), CUSTOMERS.get(0));

        assertThatThrownBy(() -> list.write(RUN, "outdoor", reordered, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customer 9 is at position 0 of the list, where the result has customer 7");
        assertThatThrownBy(() -> list.write(RUN, "outdoor", CUSTOMERS.subList(0, 2), out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the result has 3 customers but 2 were given");
        assertThatThrownBy(() -> list.write(RUN, "outdor", CUSTOMERS, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("segment 'outdor' is not in the result; it has [outdoor, indoor]");
    }
}
