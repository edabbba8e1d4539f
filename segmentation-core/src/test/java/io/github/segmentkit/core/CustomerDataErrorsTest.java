package io.github.segmentkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.InvalidCustomerDataException;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.DoubleAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.criteria.Criteria;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * A customer whose data cannot be read is reported with its row (always said to be 0-based), id and attribute, and
 * a null boxed number behind a primitive {@code numeric(...)} extractor says which binding to use instead.
 */
class CustomerDataErrorsTest {
    private static final LongAttribute AGE = Attribute.ofLong("age");
    private static final DoubleAttribute INCOME = Attribute.ofDouble("income");

    /** A getter-style customer whose numbers are boxed and may be null, as in many domain classes. */
    record Person(long id, Integer age, Double income) {
    }

    private static final List<Person> PEOPLE = List.of(new Person(1, 30, 1.0), new Person(2, null, 2.0));

    private static Segmenter<Person> segmenter(CustomerSchema<Person> schema, Segment segment) {
        return Segmenter.builder(schema).add(segment).build();
    }

    @Test
    void should_tell_a_null_integer_behind_numeric_to_use_the_nullable_binding_naming_row_customer_and_attribute() {
        CustomerSchema<Person> schema = CustomerSchema.builder(Person::id).numeric(AGE, Person::age).build();
        Segmenter<Person> segmenter = segmenter(schema, Segment.named("adults").where(AGE.ge(18)));

        assertThatThrownBy(() -> segmenter.segment(PEOPLE))
                .isInstanceOf(InvalidCustomerDataException.class)
                .hasMessage("row 1 (0-based), customer 2: attribute 'age': the extractor of numeric(...) returned"
                        + " null, which a primitive extractor cannot hold: bind the attribute with nullableNumeric(...)"
                        + " (LongBinding.ofNullable), whose null means a missing value")
                .satisfies(e -> assertThat(((InvalidCustomerDataException) e).row()).isEqualTo(OptionalLong.of(1)));
    }

    @Test
    void should_tell_a_null_double_behind_numeric_to_use_the_nullable_binding() {
        CustomerSchema<Person> schema = CustomerSchema.builder(Person::id)
                .numeric(INCOME, p -> p.id() == 2 ? null : p.income()).build();
        Segmenter<Person> segmenter = segmenter(schema, Segment.named("rich").where(INCOME.ge(1.5)));

        assertThatThrownBy(() -> segmenter.segment(PEOPLE))
                .isInstanceOf(InvalidCustomerDataException.class)
                .hasMessage("row 1 (0-based), customer 2: attribute 'income': the extractor of numeric(...)"
                        + " returned null, which a primitive extractor cannot hold: bind the attribute with"
                        + " nullableNumeric(...) (LongBinding.ofNullable), whose null means a missing value");
    }

    @Test
    void should_name_the_customer_without_a_row_when_one_customer_is_read_on_its_own() {
        CustomerSchema<Person> schema = CustomerSchema.builder(Person::id).numeric(AGE, p -> p.age()).build();
        Segmenter<Person> segmenter = segmenter(schema, Segment.named("adults").where(AGE.ge(18)));

        assertThat(segmenter.segmentsOf(PEOPLE.get(0))).containsExactly("adults");
        assertThatThrownBy(() -> segmenter.segmentsOf(PEOPLE.get(1)))
                .isInstanceOf(InvalidCustomerDataException.class)
                .hasMessage("customer 2: attribute 'age': the extractor of numeric(...) returned null, which a"
                        + " primitive extractor cannot hold: bind the attribute with nullableNumeric(...)"
                        + " (LongBinding.ofNullable), whose null means a missing value")
                .satisfies(e -> assertThat(((InvalidCustomerDataException) e).row()).isEmpty());
    }

    @Test
    void should_read_the_null_as_missing_with_the_nullable_binding() {
        CustomerSchema<Person> schema = CustomerSchema.builder(Person::id).nullableNumeric(AGE, Person::age).build();
        Segmenter<Person> segmenter = segmenter(schema, Segment.named("unknown-age").where(Criteria.isMissing(AGE)));

        assertThat(segmenter.segment(PEOPLE).count("unknown-age")).isEqualTo(1);
    }

    @Test
    void should_keep_the_original_text_of_another_null_pointer_and_still_advise() {
        CustomerSchema<Person> schema = CustomerSchema.builder(Person::id)
                .numeric(AGE, p -> {
                    if (p.id() == 2) {
                        throw new NullPointerException("no address");
                    }
                    return 40;
                }).build();
        Segmenter<Person> segmenter = segmenter(schema, Segment.named("adults").where(AGE.ge(18)));

        assertThatThrownBy(() -> segmenter.segment(PEOPLE))
                .isInstanceOf(InvalidCustomerDataException.class)
                .hasMessage("row 1 (0-based), customer 2: attribute 'age': the extractor of numeric(...) threw"
                        + " java.lang.NullPointerException: no address; if a value can be missing, bind the attribute"
                        + " with nullableNumeric(...) (LongBinding.ofNullable), whose null means a missing value");
    }

    /**
     * segment(customers) reads every attribute of the schema; segmentsOf used to read only what the criteria reached
     * (an attribute no segment uses, or one behind a short-circuit), so the same customer failed one and passed the
     * other.
     */
    @Test
    void should_fail_segmentsOf_exactly_where_segment_fails_whatever_the_criteria_read() {
        CustomerSchema<Person> schema = CustomerSchema.builder(Person::id).nullableNumeric(AGE, Person::age)
                .numeric(INCOME, p -> {
                    if (p.id() == 2) {
                        throw new IllegalStateException("income service down");
                    }
                    return p.income();
                }).build();
        // one segmenter reads no income at all; the other reads it only when age < 0 is not FALSE
        Segmenter<Person> unused = segmenter(schema, Segment.named("aged").where(Criteria.isPresent(AGE)));
        Segmenter<Person> shortCircuited = segmenter(schema, Segment.named("young-and-rich")
                .where(Criteria.and(AGE.lt(0), INCOME.ge(1.5))));

        for (Segmenter<Person> segmenter : List.of(unused, shortCircuited)) {
            assertThatThrownBy(() -> segmenter.segment(List.of(PEOPLE.get(1))))
                    .isInstanceOf(InvalidCustomerDataException.class)
                    .hasMessage("row 0 (0-based), customer 2: attribute 'income': income service down");
            assertThatThrownBy(() -> segmenter.segmentsOf(PEOPLE.get(1)))
                    .isInstanceOf(InvalidCustomerDataException.class)
                    .hasMessage("customer 2: attribute 'income': income service down");
            assertThat(segmenter.segmentsOf(PEOPLE.get(0))).isEqualTo(segmenter.segment(List.of(PEOPLE.get(0)))
                    .segmentsOfRow(0));
        }
    }

    @Test
    void should_fail_segmentsOf_when_the_id_extractor_fails_as_segment_does() {
        CustomerSchema<Person> schema = CustomerSchema.<Person>builder(p -> {
            if (p.id() == 2) {
                throw new IllegalStateException("no id");
            }
            return p.id();
        }).nullableNumeric(AGE, Person::age).build();
        Segmenter<Person> segmenter = segmenter(schema, Segment.named("aged").where(Criteria.isPresent(AGE)));

        assertThatThrownBy(() -> segmenter.segment(List.of(PEOPLE.get(1))))
                .hasMessage("row 0 (0-based): the id extractor failed: no id");
        assertThatThrownBy(() -> segmenter.segmentsOf(PEOPLE.get(1))).isInstanceOf(InvalidCustomerDataException.class)
                .hasMessage("the customer: the id extractor failed: no id");
    }
}
