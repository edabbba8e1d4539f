package io.github.segmentkit.definitions;

import static io.github.segmentkit.definitions.DefinitionsFormat.JSON;
import static io.github.segmentkit.definitions.DefinitionsFormat.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.DateAttribute;
import io.github.segmentkit.api.attribute.OrderedAttribute;
import io.github.segmentkit.api.attribute.TimestampAttribute;
import io.github.segmentkit.api.criteria.Between;
import io.github.segmentkit.api.criteria.Comparison;
import io.github.segmentkit.api.criteria.ComparisonOperator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Dates and instants over their whole range (years beyond 9999 and before year 0, nanoseconds, the extremes) and
 * {@code between} on them, which the shared generators do not produce, round-trip exactly through both forms.
 */
class TemporalRoundTripPropertyTest {
    private static final DateAttribute BIRTHDAY = Attribute.ofDate("birthday");
    private static final TimestampAttribute SEEN = Attribute.ofTimestamp("seen");
    private static final List<Attribute> ATTRIBUTES = List.of(BIRTHDAY, SEEN);

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                        .map(LocalDate::ofEpochDay),
                Arbitraries.longs().between(-800_000, 3_000_000).map(LocalDate::ofEpochDay),
                Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31),
                        LocalDate.of(10_000, 1, 1)));
    }

    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Instant> anywhere = Combinators.combine(
                Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
                Arbitraries.integers().between(0, 999_999_999)).as(Instant::ofEpochSecond);
        Arbitrary<Instant> recent = Combinators.combine(Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L),
                Arbitraries.of(0, 1, 1_000, 1_000_000, 999_999_999, 120_000_000)).as(Instant::ofEpochSecond);
        return Arbitraries.oneOf(anywhere, recent, Arbitraries.of(Instant.MIN, Instant.MAX, Instant.EPOCH));
    }

    /** {@code low <= attribute <= high or attribute <op> a} through text and through JSON. */
    private static <V extends Comparable<? super V>> void roundTrips(OrderedAttribute<V> attribute, V a, V b,
            ComparisonOperator operator) {
        V low = a.compareTo(b) <= 0 ? a : b;
        V high = a.compareTo(b) <= 0 ? b : a;
        List<Segment> segments = List.of(Segment.named("s").where(new Between<>(attribute, low, high)
                .or(new Comparison<>(attribute, operator, a))));
        assertThat(Definitions.parse(Definitions.print(segments, TEXT), TEXT, ATTRIBUTES).segments())
                .isEqualTo(segments);
        assertThat(Definitions.parse(Definitions.print(segments, JSON), JSON, ATTRIBUTES).segments())
                .isEqualTo(segments);
    }

    @Property(tries = 200)
    void should_round_trip_dates(@ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b,
            @ForAll ComparisonOperator operator) {
        roundTrips(BIRTHDAY, a, b, operator);
    }

    @Property(tries = 200)
    void should_round_trip_instants(@ForAll("instants") Instant a, @ForAll("instants") Instant b,
            @ForAll ComparisonOperator operator) {
        roundTrips(SEEN, a, b, operator);
    }
}
