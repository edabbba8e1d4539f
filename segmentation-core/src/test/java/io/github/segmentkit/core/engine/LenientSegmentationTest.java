package io.github.segmentkit.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.InvalidCustomerDataException;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.attribute.GeoPointAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.criteria.Criteria;
import io.github.segmentkit.api.internal.LenientRun;
import io.github.segmentkit.api.result.LenientSegmentation;
import io.github.segmentkit.api.result.RejectedRow;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.testing.ReferenceEvaluator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code segmentLeniently}: unreadable customers (a null, a failing id or attribute extractor, a latitude outside
 * [-90, 90]) become rejects at line = input position + 1, the others are segmented exactly as the reference
 * evaluator segments them one by one, and input = segmented + rejected; {@code segment} stays strict. Which rows are
 * bad is decided below from the generated data, independently of the engine.
 */
class LenientSegmentationTest {
    private static final LongAttribute AGE = Attribute.ofLong("age");
    private static final CategoricalAttribute COUNTRY = Attribute.ofCategorical("country");
    private static final GeoPointAttribute HOME = Attribute.ofGeoPoint("home");

    /** A customer whose extractors fail on demand: {@code failing} is "id", "age" or null. */
    record Shopper(long id, Long age, String country, double latitude, String failing) {
        boolean readable() {
            return failing == null && Math.abs(latitude) <= 90;
        }

        String badAttribute() {
            if ("id".equals(failing)) {
                return null;
            }
            return "age".equals(failing) ? "age" : "home";
        }
    }

    private static final CustomerSchema<Shopper> SCHEMA = CustomerSchema.<Shopper>builder(shopper -> {
        if ("id".equals(shopper.failing())) {
            throw new IllegalStateException("id service down");
        }
        return shopper.id();
    })
            .nullableNumeric(AGE, shopper -> {
                if ("age".equals(shopper.failing())) {
                    throw new IllegalStateException("age service down");
                }
                return shopper.age();
            })
            .categorical(COUNTRY, Shopper::country)
            .geoPoint(HOME, shopper -> GeoPoint.of(shopper.latitude(), 0))
            .build();

    private static final List<Segment> SEGMENTS = List.of(
            Segment.named("adults").where(AGE.ge(18)),
            Segment.named("american").where(COUNTRY.in("US", "CA")),
            Segment.named("american-adults").where(Criteria.inSegment("adults").and(Criteria.inSegment("american"))),
            Segment.named("near-equator").where(HOME.withinKm(GeoPoint.of(0, 0), 2_000)),
            Segment.named("unknown-age").where(Criteria.isMissing(AGE)));
    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);

    private static Segmenter<Shopper> segmenter() {
        return Segmenter.builder(SCHEMA).addAll(SEGMENTS).asOf(AS_OF).build();
    }

    /** The engine's segmenter behind the interface alone, so that the default {@code segmentLeniently} runs. */
    private static Segmenter<Shopper> withTheDefaultMethod(Segmenter<Shopper> engine) {
        return new Segmenter<>() {
            @Override
            public CustomerSchema<Shopper> schema() {
                return engine.schema();
            }

            @Override
            public List<Segment> segments() {
                return engine.segments();
            }

            @Override
            public SegmentationResult segment(Iterable<? extends Shopper> customers) {
                return engine.segment(customers);
            }

            @Override
            public Set<String> segmentsOf(Shopper customer) {
                return engine.segmentsOf(customer);
            }
        };
    }

    @Provide
    Arbitrary<List<Shopper>> shoppers() {
        Arbitrary<Shopper> shopper = Combinators.combine(Arbitraries.longs().between(1, 1_000_000),
                Arbitraries.longs().between(0, 90).injectNull(0.1), Arbitraries.of("US", "CA", "GB", "PK"),
                Arbitraries.doubles().between(-95, 95), Arbitraries.of("id", "age").injectNull(0.85))
                .as(Shopper::new);
        return shopper.injectNull(0.05).list().ofMaxSize(300);
    }

    @Property(tries = 60)
    void should_segment_the_readable_customers_as_the_reference_does_and_reject_the_rest(
            @ForAll("shoppers") List<Shopper> input) {
        ReferenceEvaluator<Shopper> oracle = ReferenceEvaluator.of(SCHEMA, SEGMENTS, AsOf.date(AS_OF));
        List<Integer> readable = new ArrayList<>();
        List<Long> rejectedLines = new ArrayList<>();
        List<String> rejectedColumns = new ArrayList<>();
        for (int position = 0; position < input.size(); position++) {
            Shopper shopper = input.get(position);
            if (shopper != null && shopper.readable()) {
                readable.add(position);
            } else {
                rejectedLines.add(position + 1L);
                rejectedColumns.add(shopper == null ? null : shopper.badAttribute());
            }
        }

        for (Segmenter<Shopper> segmenter : List.of(segmenter(), withTheDefaultMethod(segmenter()))) {
            LenientSegmentation run = segmenter.segmentLeniently(input);

            assertThat(run.inputCount()).isEqualTo(input.size());
            assertThat(run.rejects()).extracting(RejectedRow::line).containsExactlyElementsOf(rejectedLines);
            assertThat(run.rejects()).extracting(RejectedRow::column).containsExactlyElementsOf(rejectedColumns);
            SegmentationResult result = run.result();
            assertThat(result.customerCount()).isEqualTo(readable.size());
            for (int row = 0; row < readable.size(); row++) {
                Shopper shopper = input.get(readable.get(row));
                assertThat(run.inputRowOf(row)).isEqualTo(readable.get(row).longValue());
                assertThat(result.customerId(row)).isEqualTo(shopper.id());
                assertThat(result.segmentsOfRow(row)).as("row %d, %s", row, shopper)
                        .containsExactlyElementsOf(oracle.segmentsOf(shopper));
            }
            if (rejectedLines.isEmpty()) {
                assertThat(segmenter.segment(input).customerCount()).isEqualTo(input.size());
            } else {
                assertThatThrownBy(() -> segmenter.segment(input)).as("segment stays strict")
                        .isInstanceOf(InvalidCustomerDataException.class);
            }
        }
    }

    @Example
    void should_say_what_is_wrong_with_each_rejected_customer() {
        List<Shopper> input = Arrays.asList(new Shopper(1, 30L, "US", 10, null), null,
                new Shopper(3, 30L, "US", 10, "age"), new Shopper(4, 30L, "US", 91, null),
                new Shopper(5, 30L, "US", 10, "id"), new Shopper(6, 17L, "GB", 10, null));

        LenientSegmentation run = segmenter().segmentLeniently(input);

        assertThat(run.rejects()).extracting(RejectedRow::toString).containsExactly(
                "line 2: the customer: null instead of a customer",
                "line 3, column 'age': customer 3: attribute 'age': age service down",
                "line 4, column 'home': customer 4: attribute 'home': latitude 91.0 is outside [-90, 90]",
                "line 5: the customer: the id extractor failed: id service down");
        assertThat(run.result().customerCount()).isEqualTo(2);
        assertThat(run.inputRowOf(1)).isEqualTo(5);
        assertThat(run.result().memberIds("american-adults")).containsExactly(1);
    }

    @Example
    void should_run_any_engine_leniently_through_the_shared_helper() {
        Segmenter<Shopper> segmenter = segmenter();
        List<Shopper> customers = Arrays.asList(new Shopper(1, 30L, "US", 10, null), null);
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/internal/LenientRun.java
        LenientSegmentation run = LenientRun.run(customers, segmenter::segmentsOf, segmenter::segment);

        assertThat(run.result().customerCount()).isEqualTo(1);
        assertThat(run.rejects()).extracting(RejectedRow::line).containsExactly(2L);
    }

    @Example
    void should_refuse_an_outcome_that_loses_or_repeats_a_customer() {
        SegmentationResult two = segmenter().segment(List.of(new Shopper(1, 30L, "US", 10, null),
                new Shopper(2, 30L, "US", 10, null)));
        RejectedRow second = new RejectedRow(null, 2, null, null, "bad");

        assertThatThrownBy(() -> new LenientSegmentation(two, List.of(second), new long[] {0, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("given twice");
        assertThatThrownBy(() -> new LenientSegmentation(two, List.of(), new long[] {0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 customers but 1 input rows");
        assertThat(new LenientSegmentation(two, List.of(new RejectedRow(null, 1, null, null, "bad")),
                new long[] {1, 2}).inputCount()).isEqualTo(3);
    }
}
