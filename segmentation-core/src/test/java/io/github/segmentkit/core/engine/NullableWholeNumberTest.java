package io.github.segmentkit.core.engine;

import static io.github.segmentkit.api.criteria.Criteria.isMissing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.segmentkit.api.InvalidCustomerDataException;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A whole-number attribute read through {@code nullableNumeric} takes a value only when it is exactly a {@code long}:
 * never rounded, truncated or wrapped. NaN is missing, as everywhere else; 3.7, infinity or 2^70 is an error naming
 * the row, the customer and the attribute, in the bulk path and for one customer alike.
 */
class NullableWholeNumberTest {
    record Row(long id, Number orders) {}

    private static final LongAttribute ORDERS = Attribute.ofLong("orders");
    private static final CustomerSchema<Row> SCHEMA = CustomerSchema.builder(Row::id)
            .nullableNumeric(ORDERS, Row::orders)
            .build();
    private static final Segmenter<Row> SEGMENTER = Segmenter.builder(SCHEMA)
            .add(Segment.named("five").where(ORDERS.eq(5L)))
            .add(Segment.named("unknown").where(isMissing(ORDERS)))
            .add(Segment.named("huge").where(ORDERS.ge(Long.MAX_VALUE)))
            .build();

    @Test
    void should_take_exact_whole_numbers_of_any_number_type_and_nan_as_missing() {
        List<Row> rows = List.of(new Row(1, 5), new Row(2, 5.0), new Row(3, new BigDecimal("5.000")),
                new Row(4, BigInteger.valueOf(5)), new Row(5, Double.NaN), new Row(6, null),
                new Row(7, Long.MAX_VALUE), new Row(8, 5.0f));

        var result = SEGMENTER.segment(rows);

        assertThat(result.memberIds("five")).containsExactly(1, 2, 3, 4, 8);
        assertThat(result.memberIds("unknown")).containsExactly(5, 6);
        assertThat(result.memberIds("huge")).containsExactly(7);
        assertThat(SEGMENTER.segmentsOf(new Row(9, Float.NaN))).containsExactly("unknown");
    }

    @Test
    void should_refuse_a_fraction_naming_row_customer_attribute_and_value() {
        assertThat(failureOf(3.7)).isEqualTo(
                "row 1 (0-based), customer 2: attribute 'orders': 3.7 is not a whole number in the range of long");
        assertThat(catchThrowable(() -> SEGMENTER.segmentsOf(new Row(2, 3.7)))).hasMessage(
                "customer 2: attribute 'orders': 3.7 is not a whole number in the range of long");
    }

    @Test
    void should_refuse_values_outside_the_range_of_long_instead_of_wrapping_or_clamping() {
        assertThat(failureOf(Double.POSITIVE_INFINITY)).endsWith("Infinity is not a whole number in the range of long");
        assertThat(failureOf(0x1p63)).endsWith("9.223372036854776E18 is not a whole number in the range of long");
        assertThat(failureOf(BigInteger.TWO.pow(70))).endsWith(
                "1180591620717411303424 is not a whole number in the range of long");
        assertThat(failureOf(new BigDecimal("0.5"))).endsWith("0.5 is not a whole number in the range of long");
    }

    private static String failureOf(Number value) {
        Throwable thrown = catchThrowable(() -> SEGMENTER.segment(List.of(new Row(1, 1), new Row(2, value))));
        assertThat(thrown).isInstanceOf(InvalidCustomerDataException.class);
        return thrown.getMessage();
    }
}
