package io.github.segmentkit.api.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.attribute.GeoPointAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The allocation-free extractors read exactly what their boxed counterparts read: a long behind a presence test,
 * boxed whole numbers unboxed in place, and a point as two doubles with NaN for a missing one.
 */
class PrimitiveExtractorsTest {
    private static final LongAttribute SCORE = Attribute.ofLong("score");
    private static final GeoPointAttribute HOME = Attribute.ofGeoPoint("home");

    record Scored(boolean known, long score) {
    }

    record Place(double lat, double lon) {
    }

    @Test
    void should_take_exactly_one_extractor_and_a_presence_test_only_with_the_primitive_one() {
        assertThatThrownBy(() -> new LongBinding<Scored>(SCORE, Scored::score, s -> s.score(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a binding of 'score' takes exactly one of a primitive and a nullable extractor");
        assertThatThrownBy(() -> new LongBinding<Scored>(SCORE, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a binding of 'score' takes exactly one of a primitive and a nullable extractor");
        assertThatThrownBy(() -> new LongBinding<Scored>(SCORE, null, s -> s.score(), Scored::known))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a binding of 'score' takes a presence test only with a primitive extractor");

        LongBinding<Scored> binding = new LongBinding<>(SCORE, Scored::score, null, Scored::known);
        assertThat(binding.read(new Scored(true, 7))).isEqualTo(7L);
        assertThat(binding.read(new Scored(false, 7))).isNull();
        assertThat(binding.mayBeMissing()).isTrue();
    }

    @Provide
    Arbitrary<Long> longs() {
        return Arbitraries.oneOf(Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L, 127L, 128L),
                Arbitraries.longs());
    }

    @Property
    void should_read_a_present_long_and_report_an_absent_one_missing(@ForAll("longs") long value,
            @ForAll boolean known) {
        LongBinding<Scored> binding = LongBinding.ofNullable(SCORE, Scored::known, Scored::score);
        long[] sink = {42L};

        boolean read = binding.readInto(new Scored(known, value), sink, 0);

        assertThat(read).isEqualTo(known);
        assertThat(sink[0]).isEqualTo(known ? value : 42L);
        assertThat(binding.read(new Scored(known, value))).isEqualTo(known ? Long.valueOf(value) : null);
        assertThat(binding.mayBeMissing()).isTrue();
    }

    @Test
    void should_not_call_the_extractor_of_a_missing_value() {
        LongBinding<Scored> binding = LongBinding.ofNullable(SCORE, Scored::known, s -> {
            throw new AssertionError("read although absent");
        });

        assertThat(binding.readInto(new Scored(false, 1), new long[1], 0)).isFalse();
        assertThat(binding.read(new Scored(false, 1))).isNull();
    }

    @Provide
    Arbitrary<Number> numbers() {
        return Arbitraries.oneOf(longs().map(v -> (Number) v), Arbitraries.integers().map(v -> (Number) v),
                Arbitraries.shorts().map(v -> (Number) v), Arbitraries.bytes().map(v -> (Number) v),
                Arbitraries.integers().map(v -> (Number) (double) v), Arbitraries.of(Double.NaN, Float.NaN),
                longs().map(v -> (Number) new BigDecimal(v).setScale(2)));
    }

    @Property
    void should_unbox_nullable_numbers_in_place_as_the_boxed_read_does(@ForAll("numbers") Number number) {
        LongBinding<Number> binding = LongBinding.ofNullable(SCORE, n -> n);
        long[] sink = {42L};
        // the oracle: the exact value, independently of the binding
        Long expected = number instanceof Double d && d.isNaN() || number instanceof Float f && f.isNaN() ? null
                : new BigDecimal(number.toString()).longValueExact();

        boolean read = binding.readInto(number, sink, 0);

        assertThat(read).isEqualTo(expected != null);
        assertThat(sink[0]).isEqualTo(expected != null ? expected : 42L);
        assertThat(binding.read(number)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Place> places() {
        return Arbitraries.oneOf(
                net.jqwik.api.Combinators.combine(Arbitraries.doubles().between(-90, 90),
                        Arbitraries.doubles().between(-180, 180)).as(Place::new),
                Arbitraries.of(new Place(Double.NaN, Double.NaN), new Place(-90, -180), new Place(90, 180),
                        new Place(-0.0, 0.0)));
    }

    @Property
    void should_read_two_doubles_as_the_point_they_make(@ForAll("places") Place place) {
        GeoPointBinding<Place> binding = GeoPointBinding.ofCoordinates(HOME, Place::lat, Place::lon);
        double[] lats = {7};
        double[] lons = {8};
        boolean missing = Double.isNaN(place.lat());

        boolean read = binding.readInto(place, lats, lons, 0);

        assertThat(read).isEqualTo(!missing);
        assertThat(binding.read(place)).isEqualTo(missing ? null : new GeoPoint(place.lat(), place.lon()));
        if (!missing) {
            assertThat(lats[0]).isEqualTo(place.lat());
            assertThat(lons[0]).isEqualTo(place.lon());
        } else {
            assertThat(lats[0]).isEqualTo(7);
            assertThat(lons[0]).isEqualTo(8);
        }
    }

    @Test
    void should_refuse_points_out_of_range_or_half_missing_as_geo_point_does() {
        GeoPointBinding<Place> binding = GeoPointBinding.ofCoordinates(HOME, Place::lat, Place::lon);
        double[] lats = new double[1];
        double[] lons = new double[1];

        assertThatThrownBy(() -> binding.readInto(new Place(90.5, 0), lats, lons, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("latitude 90.5 is outside [-90, 90]");
        assertThatThrownBy(() -> binding.readInto(new Place(0, -181), lats, lons, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("longitude -181.0 is outside [-180, 180]");
        assertThatThrownBy(() -> binding.readInto(new Place(Double.NaN, 13.4), lats, lons, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("latitude NaN with longitude 13.4: a missing point has NaN in both, a known one in neither");
        assertThatThrownBy(() -> binding.read(new Place(52.5, Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("latitude 52.5 with longitude NaN");
    }

    @Test
    void should_read_through_the_schema_builder_overloads() {
        CustomerSchema<Place> schema = CustomerSchema.<Place>builder(p -> 1)
                .geoPoint(HOME, Place::lat, Place::lon)
                .nullableNumeric(SCORE, p -> p.lat() > 0, p -> (long) p.lat())
                .build();

        assertThat(schema.binding("home").read(new Place(52.5, 13.4))).isEqualTo(GeoPoint.of(52.5, 13.4));
        assertThat(schema.binding("score").read(new Place(52.5, 13.4))).isEqualTo(52L);
        assertThat(schema.binding("score").read(new Place(-1, 13.4))).isNull();
    }
}
