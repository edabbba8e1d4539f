package io.github.segmentkit.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.testing.generators.Generators;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** ColumnValues decodes every row's value as the schema reads it from the customer, across chunk boundaries. */
class ColumnValuesTest {
    private static final CustomerSchema<TestCustomer> SCHEMA = TestCustomers.SCHEMA;

    @Provide
    Arbitrary<List<TestCustomer>> populations() {
        return Generators.customers().list().ofMaxSize(300);
    }

    @Property(tries = 40)
    void should_decode_every_row_as_the_schema_reads_it(@ForAll("populations") List<TestCustomer> customers) {
        CustomerTable<TestCustomer> table = CustomerTable.of(SCHEMA, customers, 64);
        ColumnValues age = ColumnValues.of(table, "age");
        ColumnValues income = ColumnValues.of(table, "income");
        ColumnValues country = ColumnValues.of(table, "country");
        ColumnValues optedIn = ColumnValues.of(table, "opted_in");
        ColumnValues interests = ColumnValues.of(table, "interests");
        double[] ages = age.doubles();
        long[] ageKeys = age.orderKeys();
        long[] ageMissing = age.missingRows();
        double[] incomes = income.doubles();
        long[] incomeKeys = income.orderKeys();
        int[] countries = country.codes();
        int[] flags = optedIn.codes();
        List<String> tags = interests.dictionary();
        long[] interestsMissing = interests.missingRows();
        for (int row = 0; row < customers.size(); row++) {
            TestCustomer c = customers.get(row);
            boolean missingAge = c.age() == null;
            assertThat(bit(ageMissing, row)).isEqualTo(missingAge);
            if (!missingAge) {
                assertThat(ageKeys[row]).isEqualTo(c.age());
                assertThat(ages[row]).isEqualTo((double) c.age());
            } else {
                assertThat(ages[row]).isNaN();
            }
            if (Double.isNaN(c.income())) {
                assertThat(incomes[row]).isNaN();
            } else {
                // -0.0 is stored as 0.0: criteria compare them as equal
                assertThat(incomes[row]).isEqualTo(c.income() + 0.0);
                assertThat(ColumnValues.doubleOfOrderKey(incomeKeys[row])).isEqualTo(c.income() + 0.0);
            }
            assertThat(countries[row] < 0 ? null : country.dictionary().get(countries[row])).isEqualTo(c.country());
            assertThat(flags[row] < 0 ? null : flags[row] == 1).isEqualTo(c.optedIn());
            assertThat(bit(interestsMissing, row)).isEqualTo(c.interests() == null);
            Set<String> held = new HashSet<>();
            for (int code = 0; code < tags.size(); code++) {
                if (bit(interests.rowsWithTag(code), row)) {
                    held.add(tags.get(code));
                }
            }
            assertThat(held).isEqualTo(c.interests() == null ? Set.of() : new HashSet<>(c.interests()));
        }
    }

    private static boolean bit(long[] words, int row) {
        return (words[row >>> 6] >>> row & 1L) != 0;
    }

    @Test
    void should_run_the_javadoc_example() {
        CustomerTable<TestCustomer> table = CustomerTable.of(SCHEMA, List.of(new TestCustomer(1, 30L, Double.NaN,
                null, null, null, null, null, null)));
        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/engine/ColumnValues.java
        ColumnValues income = ColumnValues.of(table, "income");
        double[] values = income.doubles();         // NaN where missing
        long[] missing = income.missingRows();      // bit row % 64 of word row / 64
        assertThat(values).containsExactly(Double.NaN);
        assertThat(missing).containsExactly(1L);
    }

    @Test
    void should_keep_the_order_of_doubles_in_their_keys() {
        double[] ordered = {Double.NEGATIVE_INFINITY, -1e300, -1.5, -Double.MIN_VALUE, 0.0, Double.MIN_VALUE, 2.5,
                Double.POSITIVE_INFINITY};
        for (int i = 1; i < ordered.length; i++) {
            assertThat(ColumnValues.orderKeyOf(ordered[i - 1])).isLessThan(ColumnValues.orderKeyOf(ordered[i]));
            assertThat(ColumnValues.doubleOfOrderKey(ColumnValues.orderKeyOf(ordered[i]))).isEqualTo(ordered[i]);
        }
        assertThat(ColumnValues.orderKeyOf(-0.0)).isEqualTo(ColumnValues.orderKeyOf(0.0));
        assertThatThrownBy(() -> ColumnValues.orderKeyOf(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_name_the_attribute_when_a_decoding_does_not_fit_its_kind() {
        CustomerTable<TestCustomer> table = CustomerTable.of(SCHEMA, List.of());
        assertThatThrownBy(() -> ColumnValues.of(table, "country").doubles())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("doubles() of attribute 'country': it is a categorical attribute");
        assertThatThrownBy(() -> ColumnValues.of(table, "nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'nope'");
    }
}
