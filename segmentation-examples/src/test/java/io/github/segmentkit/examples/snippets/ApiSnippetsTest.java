package io.github.segmentkit.examples.snippets;

import static io.github.segmentkit.examples.snippets.Fixtures.AGE;
import static io.github.segmentkit.examples.snippets.Fixtures.COUNTRY;
import static io.github.segmentkit.examples.snippets.Fixtures.CUSTOMERS;
import static io.github.segmentkit.examples.snippets.Fixtures.INTERESTS;
import static io.github.segmentkit.examples.snippets.Fixtures.LAST_ORDER;
import static io.github.segmentkit.examples.snippets.Fixtures.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.HeapTooSmallException;
import io.github.segmentkit.api.InvalidCustomerDataException;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.SegmentKitException;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.SourcePosition;
import io.github.segmentkit.api.Truth;
import io.github.segmentkit.api.result.LenientSegmentation;
import io.github.segmentkit.api.result.RejectedRow;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The javadoc examples of package {@code io.github.segmentkit.api}, compiled and run. */
class ApiSnippetsTest {
    private static final Logger log = LoggerFactory.getLogger(ApiSnippetsTest.class);

    @Test
    void should_fix_an_as_of_date_at_midnight_utc() {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/AsOf.java
        AsOf asOf = AsOf.date(LocalDate.of(2024, 3, 31));   // instant: 2024-03-31T00:00Z
        AsOf now = AsOf.now(Clock.systemUTC());

        assertThat(asOf.instant()).isEqualTo(Instant.parse("2024-03-31T00:00:00Z"));
        assertThat(now.instant()).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void should_list_every_problem_of_a_definition() {
        CustomerSchema<Customer> schema = SCHEMA;
        Segment segment = Segment.named("lapsed").where(AGE.between(10, 5));
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/DefinitionException.java
        try {
            Segmenter.builder(schema).add(segment).build();
        } catch (DefinitionException e) {
            for (Problem p : e.problems()) {
                log.warn("{}", p);   // e.g. "segment 'lapsed', attribute 'age': age.between(10, 5): low is greater than high…"
            }
        }

        DefinitionException thrown = catchThrowableOfType(DefinitionException.class,
                () -> Segmenter.builder(schema).add(segment).build());
        assertThat(thrown.problems()).singleElement().asString()
                .startsWith("segment 'lapsed', attribute 'age': age.between(10, 5): low is greater than high");
    }

    @Test
    void should_name_row_customer_attribute_and_value_of_unreadable_data() {
        List<Customer> customers = new ArrayList<>();
        for (int row = 0; row < 1204; row++) {
            customers.add(CUSTOMERS.get(row % CUSTOMERS.size()));
        }
        customers.add(new Customer(88, 30, null, "US", Set.of(), 91.0, 0.0, null, null, null));
        Segmenter<Customer> segmenter = Segmenter.builder(SCHEMA).add(Segment.named("all").where(AGE.ge(0L)))
                .build();
        InvalidCustomerDataException thrown = catchThrowableOfType(InvalidCustomerDataException.class, () -> {
            // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/InvalidCustomerDataException.java
            segmenter.segment(customers);
            // throws: "row 1204 (0-based), customer 88: attribute 'home': latitude 91.0 is outside [-90, 90]"
        });

        assertThat(thrown).hasMessage("row 1204 (0-based), customer 88: attribute 'home': latitude 91.0 is outside [-90, 90]");
    }

    @Test
    void should_print_a_problem_with_its_segment_and_attribute() {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/Problem.java
        Problem p = Problem.of("lapsed", "age", "between(10, 5): low is greater than high");
        p.toString();   // "segment 'lapsed', attribute 'age': between(10, 5): low is greater than high"

        assertThat(p).hasToString("segment 'lapsed', attribute 'age': between(10, 5): low is greater than high");
    }

    @Test
    void should_name_and_describe_a_segment() {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/Segment.java
        Segment outdoorYoung = Segment.named("outdoor-young")
                .describedAs("Young outdoor buyers in North America")
                .where(AGE.between(25, 34).and(COUNTRY.in("US", "CA")));

        assertThat(outdoorYoung.name()).isEqualTo("outdoor-young");
        assertThat(outdoorYoung.description()).isEqualTo("Young outdoor buyers in North America");
    }

    @Test
    void should_segment_a_population_the_heap_can_hold_without_refusal() {
        Segmenter<Customer> segmenter = Segmenter.builder(SCHEMA).add(Segment.named("all").where(AGE.ge(0L)))
                .build();
        List<Customer> customers = CUSTOMERS;
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/HeapTooSmallException.java
        try {
            segmenter.segment(customers);
        } catch (HeapTooSmallException e) {
            log.error("raise -Xmx to at least {} bytes", e.estimatedBytes());
        }

        // the refusal itself runs in a 64 MB JVM: core's HeapTooSmallTest; here a fitting table is never refused
        HeapTooSmallException refusal = new HeapTooSmallException(20_000_000L, 3L << 30, 64L << 20);
        assertThat(refusal.estimatedBytes()).isEqualTo(3L << 30);
        assertThat(refusal).hasMessage("a table of 20,000,000 customers needs about 3,072 MB, more than the maximum"
                + " heap of 64 MB: raise -Xmx, or segment fewer customers at a time");
        assertThat(segmenter.segment(customers).customerCount()).isEqualTo(CUSTOMERS.size());
    }

    @Test
    void should_catch_every_segmentation_failure_as_one_type() {
        Segmenter<Customer> segmenter = Segmenter.builder(SCHEMA).add(Segment.named("all").where(AGE.ge(0L)))
                .build();
        List<Customer> customers = List.of(new Customer(7, 30, null, "US", Set.of(), 0.0, 181.0, null, null, null));
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/SegmentKitException.java
        try {
            segmenter.segment(customers);
        } catch (SegmentKitException e) {
            log.warn("segmentation failed: {}", e.getMessage());
        }

        assertThat(catchThrowableOfType(SegmentKitException.class, () -> segmenter.segment(customers)))
                .hasMessageContaining("customer 7").hasMessageContaining("longitude 181.0");
    }

    @Test
    void should_segment_leniently_and_keep_the_rejects() {
        Segmenter<Customer> segmenter = Segmenter.builder(SCHEMA).add(Segment.named("all").where(AGE.ge(0L)))
                .build();
        List<Customer> customers = new ArrayList<>(CUSTOMERS);
        customers.add(1, new Customer(7, 30, null, "US", Set.of(), 0.0, 181.0, null, null, null));
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/Segmenter.java
        LenientSegmentation run = segmenter.segmentLeniently(customers);
        if (!run.rejects().isEmpty()) {
            log.warn("{} of {} customers skipped, first: {}", run.rejects().size(), run.inputCount(),
                    run.rejects().get(0));
        }

        assertThat(run.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.line()).isEqualTo(2);
            assertThat(reject.reason()).contains("longitude 181.0");
        });
        assertThat(run.result().customerCount()).isEqualTo(CUSTOMERS.size());
        assertThat(run.inputRowOf(1)).isEqualTo(2);
    }

    @Test
    void should_map_lenient_result_rows_back_to_the_input() {
        Segmenter<Customer> segmenter = Segmenter.builder(SCHEMA).add(Segment.named("all").where(AGE.ge(0L)))
                .build();
        List<Customer> customers = new ArrayList<>(CUSTOMERS);
        customers.add(0, new Customer(7, 30, null, "US", Set.of(), 0.0, 181.0, null, null, null));
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/result/LenientSegmentation.java
        LenientSegmentation run = segmenter.segmentLeniently(customers);
        run.rejects().forEach(reject -> log.warn("skipped {}", reject));   // "line 3, column 'age': customer 7: …"
        SegmentationResult result = run.result();                           // the other customers
        long position = run.inputRowOf(0);                                  // where result row 0 was in the input

        assertThat(position).isEqualTo(1);
        assertThat(result.customerId(0)).isEqualTo(CUSTOMERS.get(0).id());
        assertThat(run.rejects()).extracting(RejectedRow::line).containsExactly(1L);
    }

    @Test
    void should_segment_in_bulk_and_one_at_a_time_alike() {
        List<Customer> customers = CUSTOMERS;
        Customer oneCustomer = CUSTOMERS.get(0);
        CustomerSchema<Customer> schema = SCHEMA;
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/Segmenter.java
        Segmenter<Customer> segmenter = Segmenter.builder(schema)
                .add(Segment.named("outdoor-young").where(AGE.between(25, 34).and(INTERESTS.containsAny("hiking"))))
                .asOf(LocalDate.of(2024, 3, 31))
                .build();

        SegmentationResult result = segmenter.segment(customers);   // bulk
        Set<String> mine = segmenter.segmentsOf(oneCustomer);       // one customer

        assertThat(result.segmentsOfId(oneCustomer.id())).isEqualTo(mine).containsExactly("outdoor-young");
    }

    @Test
    void should_build_a_segmenter_from_segments_and_an_as_of_date() {
        CustomerSchema<Customer> schema = SCHEMA;
        Segment youngFamilies = Segment.named("young-families").where(AGE.between(25, 40));
        Segment lapsed = Segment.named("lapsed").where(LAST_ORDER.beforeDaysAgo(365));
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/SegmenterBuilder.java
        Segmenter<Customer> segmenter = Segmenter.builder(schema)
                .add(youngFamilies)
                .add(lapsed)
                .asOf(LocalDate.of(2024, 3, 31))
                .build();

        assertThat(segmenter.segment(CUSTOMERS).memberIds("lapsed")).containsExactly(3L);
        assertThat(segmenter.segment(CUSTOMERS).memberIds("young-families")).containsExactly(1L);
    }

    @Test
    void should_print_a_source_position() {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/SourcePosition.java
        SourcePosition at = new SourcePosition(3, 7);   // prints "line 3, column 7"

        assertThat(at).hasToString("line 3, column 7");
    }

    @Test
    void should_combine_truth_values_as_sql_does() {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/Truth.java
        Truth.TRUE.and(Truth.UNKNOWN);   // UNKNOWN
        Truth.FALSE.and(Truth.UNKNOWN);  // FALSE
        Truth.UNKNOWN.not();             // UNKNOWN

        assertThat(Truth.TRUE.and(Truth.UNKNOWN)).isEqualTo(Truth.UNKNOWN);
        assertThat(Truth.FALSE.and(Truth.UNKNOWN)).isEqualTo(Truth.FALSE);
        assertThat(Truth.UNKNOWN.not()).isEqualTo(Truth.UNKNOWN);
    }
}
