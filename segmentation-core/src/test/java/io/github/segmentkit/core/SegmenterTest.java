package io.github.segmentkit.core;

import static io.github.segmentkit.api.criteria.Criteria.inSegment;
import static io.github.segmentkit.api.criteria.Criteria.not;
import static io.github.segmentkit.testing.generators.TestCustomers.AGE;
import static io.github.segmentkit.testing.generators.TestCustomers.COUNTRY;
import static io.github.segmentkit.testing.generators.TestCustomers.HOME;
import static io.github.segmentkit.testing.generators.TestCustomers.INCOME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.InvalidCustomerDataException;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private static TestCustomer customer(long id, Long age, double income, String country) {
        return new TestCustomer(id, age, income, country, null, null, null, null, null);
    }

    private static final List<TestCustomer> CUSTOMERS = List.of(
            customer(10, 20L, 30_000, "US"), customer(11, 40L, 90_000, "US"), customer(12, 70L, 20_000, "GB"),
            customer(13, null, Double.NaN, null), customer(14, 40L, 150_000, "CA"));

    private static Segmenter<TestCustomer> segmenter(Segment... segments) {
        return Segmenter.builder(TestCustomers.SCHEMA).add(segments[0]).addAll(List.of(segments).subList(1,
                segments.length)).build();
    }

    @Test
    void should_account_for_every_customer() {
        Segmenter<TestCustomer> segmenter = segmenter(
                Segment.named("adults").where(AGE.between(18, 64)),
                Segment.named("affluent").where(INCOME.ge(100_000)));

        SegmentationResult result = segmenter.segment(CUSTOMERS);

        assertThat(result.customerCount()).isEqualTo(5);
        assertThat(result.segmentNames()).containsExactly("adults", "affluent");
        assertThat(result.count("adults")).isEqualTo(3);
        assertThat(result.memberIds("affluent")).containsExactly(14);
        assertThat(result.unsegmentedIds()).containsExactly(12, 13);
        assertThat(result.unsegmentedCount()).isEqualTo(2);
        assertThat(result.segmentsOfId(14)).containsExactly("adults", "affluent");
        assertThat(result.segmentsOfRow(2)).isEmpty();
        assertThat(result.customerId(4)).isEqualTo(14);
        assertThat(result.isMemberByRow("adults", 0)).isTrue();
        List<Integer> rows = new ArrayList<>();
        result.memberRows("adults").forEachRemaining((int row) -> rows.add(row));
        assertThat(rows).containsExactly(0, 1, 4);
    }

    @Test
    void should_build_segments_from_segments_in_any_declaration_order() {
        // "us-adults" is declared before the segment it references
        Segmenter<TestCustomer> segmenter = segmenter(
                Segment.named("us-adults").where(inSegment("adults").and(COUNTRY.eq("US"))),
                Segment.named("adults").where(AGE.between(18, 64)),
                Segment.named("adults-elsewhere").where(inSegment("adults").and(not(inSegment("us-adults")))));

        SegmentationResult result = segmenter.segment(CUSTOMERS);

        assertThat(result.memberIds("us-adults")).containsExactly(10, 11);
        assertThat(result.memberIds("adults-elsewhere")).containsExactly(14);
        // membership is never unknown: customer 13 (age missing) is simply not a member of "adults"
        assertThat(segmenter.segmentsOf(CUSTOMERS.get(3))).isEmpty();
    }

    @Test
    void should_reject_cycles_naming_the_segments() {
        assertThatThrownBy(() -> segmenter(Segment.named("a").where(inSegment("b")),
                Segment.named("b").where(inSegment("a").or(AGE.ge(3)))))
                .isInstanceOf(DefinitionException.class)
                .hasMessage("segment 'a': segments reference each other in a cycle: a -> b -> a");
    }

    @Test
    void should_report_every_type_error_at_once() {
        DefinitionException e = org.junit.jupiter.api.Assertions.assertThrows(DefinitionException.class,
                () -> segmenter(Segment.named("x").where(Attribute.ofDouble("age").ge(3.0)),
                        Segment.named("y").where(AGE.between(10, 5)),
                        Segment.named("z").where(Attribute.ofCategorical("contry").eq("US"))));
        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "segment 'x', attribute 'age': used as double but the schema declares it long",
                "segment 'y', attribute 'age': age.between(10, 5): low is greater than high, so no customer can match",
                "segment 'z', attribute 'contry': not in the schema (did you mean 'country'?)");
    }

    @Test
    void should_name_row_customer_and_attribute_when_an_extractor_fails() {
        record Store(long id, double lat, double lon) {
        }
        CustomerSchema<Store> schema = CustomerSchema.<Store>builder(Store::id)
                .geoPoint(HOME, s -> GeoPoint.of(s.lat(), s.lon())).build();
        Segmenter<Store> segmenter = Segmenter.builder(schema)
                .add(Segment.named("near").where(HOME.withinKm(GeoPoint.of(0, 0), 10))).build();

        assertThatThrownBy(() -> segmenter.segment(List.of(new Store(1, 0, 0), new Store(77, 91, 0))))
                .isInstanceOf(InvalidCustomerDataException.class)
                .hasMessage("row 1 (0-based), customer 77: attribute 'home': latitude 91.0 is outside [-90, 90]");
    }

    @Test
    void should_evaluate_relative_dates_as_of_the_clock_at_each_run() {
        MutableClock clock = new MutableClock(Instant.parse("2024-03-31T10:00:00Z"));
        Segmenter<TestCustomer> segmenter = Segmenter.builder(TestCustomers.SCHEMA).clock(clock)
                .add(Segment.named("recent").where(TestCustomers.LAST_ORDER.withinDays(30))).build();
        TestCustomer customer = new TestCustomer(1, null, Double.NaN, null, null, LocalDate.of(2024, 3, 1), null,
                null, null);

        assertThat(segmenter.segmentsOf(customer)).containsExactly("recent");   // 2024-03-01 = 31 March − 30 days
        clock.now = Instant.parse("2024-04-01T00:00:00Z");
        assertThat(segmenter.segmentsOf(customer)).isEmpty();
        assertThat(segmenter.segment(List.of(customer)).count("recent")).isZero();
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("a test clock stays in UTC");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void should_segment_an_empty_input() {
        SegmentationResult result = segmenter(Segment.named("adults").where(AGE.ge(18))).segment(List.of());
        assertThat(result.customerCount()).isZero();
        assertThat(result.count("adults")).isZero();
        assertThat(result.unsegmentedIds()).isEmpty();
    }

    @Test
    void should_name_unknown_segments_and_ambiguous_ids_in_lookups() {
        SegmentationResult result = segmenter(Segment.named("adults").where(AGE.ge(18)))
                .segment(List.of(customer(1, 30L, 0, "US"), customer(1, 31L, 0, "US")));
        assertThatThrownBy(() -> result.count("adultz"))
                .hasMessage("no segment named 'adultz'; segments are [adults]");
        assertThatThrownBy(() -> result.segmentsOfId(1))
                .hasMessage("several customers have id 1; use segmentsOfRow");
        assertThatThrownBy(() -> result.segmentsOfId(2)).hasMessage("no customer has id 2");
    }
}
