package io.github.segmentkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.attribute.GeoPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellConverterTest {
    private static CellConverter converter(AttributeKind kind) {
        return ColumnMapping.of("col", "attr", kind).converter();
    }

    private static void assertBad(CellConverter converter, String cell, String message) {
        assertThatThrownBy(() -> converter.convert(cell)).isInstanceOf(CellFormatException.class)
                .hasMessage(message)
                .satisfies(e -> {
                    CellFormatException bad = (CellFormatException) e;
                    assertThat(bad.column()).isEqualTo("col");
                    assertThat(bad.value()).isEqualTo(cell);
                    assertThat(bad.attribute()).isEqualTo("attr");
                });
    }

    @ParameterizedTest
    @CsvSource({"42,42", "-7,-7", "+7,7", "' 12 ',12", "17850.0,17850", "17850.,17850", "0.000,0",
            "9223372036854775807,9223372036854775807", "-9223372036854775808,-9223372036854775808"})
    void should_read_whole_numbers(String cell, long expected) {
        assertThat(converter(AttributeKind.LONG).convert(cell)).isEqualTo(expected);
    }

    @Test
    void should_refuse_what_is_not_a_whole_number_without_rounding() {
        CellConverter longs = converter(AttributeKind.LONG);
        assertBad(longs, "forty", "column 'col', value 'forty': not a whole number");
        assertBad(longs, "17850.5", "column 'col', value '17850.5': not a whole number");
        assertBad(longs, "1e3", "column 'col', value '1e3': not a whole number");
        assertBad(longs, "9223372036854775808", "column 'col', value '9223372036854775808': outside the range of"
                + " long [-9223372036854775808, 9223372036854775807]");
    }

    @ParameterizedTest
    @CsvSource({"3.25,3.25", "-0.5,-0.5", ".5,0.5", "1e3,1000", "1.5E-2,0.015", "Infinity,Infinity",
            "-Infinity,-Infinity", "' 2 ',2"})
    void should_read_decimals(String cell, double expected) {
        assertThat(converter(AttributeKind.DOUBLE).convert(cell)).isEqualTo(expected);
    }

    @Test
    void should_read_nan_as_missing_and_refuse_java_only_forms() {
        CellConverter doubles = converter(AttributeKind.DOUBLE);
        assertThat(doubles.convert("NaN")).isNull();
        assertBad(doubles, "1d", "column 'col', value '1d': not a number (decimal separator '.', no grouping)");
        assertBad(doubles, "0x1p3", "column 'col', value '0x1p3': not a number (decimal separator '.', no grouping)");
        assertBad(doubles, "1,5", "column 'col', value '1,5': not a number (decimal separator '.', no grouping)");
    }

    @Test
    void should_read_a_decimal_comma() {
        CellConverter doubles = ColumnMapping.of("col", "attr", AttributeKind.DOUBLE).withDecimalSeparator(',')
                .converter();
        assertThat(doubles.convert("1234,5")).isEqualTo(1234.5);
        assertThat(doubles.convert("-0,25")).isEqualTo(-0.25);
        assertBad(doubles, "1.234,5", "column 'col', value '1.234,5': not a number (decimal separator ',', no "
                + "grouping)");
    }

    @Test
    void should_keep_categorical_text_as_written() {
        assertThat(converter(AttributeKind.CATEGORICAL).convert(" Ca ")).isEqualTo(" Ca ");
        assertThat(converter(AttributeKind.CATEGORICAL).convert("   ")).isNull();
    }

    @Test
    void should_read_booleans_in_any_case_and_custom_spellings() {
        CellConverter booleans = converter(AttributeKind.BOOLEAN);
        assertThat(List.of("TRUE", "yes", "1").stream().map(booleans::convert)).containsOnly(true);
        assertThat(List.of("False", "NO", "0").stream().map(booleans::convert)).containsOnly(false);
        assertBad(booleans, "maybe", "column 'col', value 'maybe': not a yes/no value (true: [true, yes, 1],"
                + " false: [false, no, 0])");
        CellConverter french = ColumnMapping.of("col", "attr", AttributeKind.BOOLEAN)
                .withBooleanValues(List.of("Oui"), List.of("Non")).converter();
        assertThat(french.convert("OUI")).isEqualTo(true);
        assertBad(french, "yes", "column 'col', value 'yes': not a yes/no value (true: [oui], false: [non])");
    }

    @Test
    void should_read_dates_strictly() {
        assertThat(converter(AttributeKind.DATE).convert("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertBad(converter(AttributeKind.DATE), "2024-02-30",
                "column 'col', value '2024-02-30': not a date (uuuu-MM-dd)");
        CellConverter european = ColumnMapping.of("col", "attr", AttributeKind.DATE).withFormat("dd/MM/yyyy")
                .converter();
        assertThat(european.convert("31/03/2024")).isEqualTo(LocalDate.of(2024, 3, 31));
        assertBad(european, "31/02/2024", "column 'col', value '31/02/2024': not a date (format dd/MM/yyyy)");
    }

    @Test
    void should_read_timestamps_with_offsets_zones_and_patterns() {
        CellConverter iso = converter(AttributeKind.TIMESTAMP);
        assertThat(iso.convert("2024-03-31T10:15:00Z")).isEqualTo(Instant.parse("2024-03-31T10:15:00Z"));
        assertThat(iso.convert("2024-03-31T10:15:00+02:00")).isEqualTo(Instant.parse("2024-03-31T08:15:00Z"));
        assertThat(iso.convert("2024-03-31T10:15:00")).isEqualTo(Instant.parse("2024-03-31T10:15:00Z"));
        CellConverter paris = ColumnMapping.of("col", "attr", AttributeKind.TIMESTAMP)
                .withFormat("uuuu-MM-dd HH:mm").withZone(ZoneId.of("Europe/Paris")).converter();
        assertThat(paris.convert("2024-01-10 10:15")).isEqualTo(Instant.parse("2024-01-10T09:15:00Z"));
        assertBad(iso, "yesterday", "column 'col', value 'yesterday': not a timestamp (ISO-8601 such as "
                + "2024-03-31T10:15:00Z, or without offset in UTC)");
    }

    @Test
    void should_split_tags_and_tell_an_empty_set_from_a_missing_one() {
        assertThat(converter(AttributeKind.TAGS).convert(" hiking | camping ||hiking"))
                .isEqualTo(Set.of("hiking", "camping"));
        assertThat(converter(AttributeKind.TAGS).convert("")).isNull();
        CellConverter noMarkers = ColumnMapping.of("col", "attr", AttributeKind.TAGS).withMissingMarkers()
                .withTagSeparator(";").converter();
        assertThat(noMarkers.convert("")).isEqualTo(Set.of());
        assertThat(noMarkers.convert("a;b")).isEqualTo(Set.of("a", "b"));
    }

    @Test
    void should_read_geo_points_from_two_columns() {
        CellConverter home = ColumnMapping.geoPoint("lat", "lon", Attribute.ofGeoPoint("home")).converter();
        assertThat(home.convertGeoPoint("51.5", "-0.12")).isEqualTo(GeoPoint.of(51.5, -0.12));
        assertThat(home.convertGeoPoint("", " ")).isNull();
        assertThatThrownBy(() -> home.convertGeoPoint("91", "0")).isInstanceOf(CellFormatException.class)
                .hasMessage("column 'lat', value '91': latitude 91.0 is outside [-90, 90]");
        assertThatThrownBy(() -> home.convertGeoPoint("10", "")).isInstanceOf(CellFormatException.class)
                .hasMessage("column 'lon', value '': missing while 'lat' is not; a geo point needs both or neither");
        assertThatThrownBy(() -> home.convertGeoPoint("10", "east")).isInstanceOf(CellFormatException.class)
                .hasMessage("column 'lon', value 'east': not a number (decimal separator '.', no grouping)");
    }

    @Test
    void should_take_custom_missing_markers_after_stripping() {
        CellConverter ages = ColumnMapping.of("col", "attr", AttributeKind.LONG).withMissingMarkers("n/a", "-")
                .converter();
        assertThat(ages.convert(" n/a ")).isNull();
        assertThat(ages.convert(null)).isNull();
        assertBad(ages, "", "column 'col', value '': not a whole number");
    }

    @Test
    void should_refuse_options_that_do_not_apply_to_the_kind() {
        assertThatThrownBy(() -> ColumnMapping.of("col", "attr", AttributeKind.TAGS).withFormat("uuuu"))
                .hasMessage("a date/time format does not apply to 'attr', a tags attribute");
        assertThatThrownBy(() -> ColumnMapping.of("col", "attr", AttributeKind.DATE).withFormat("uuuu-MM-dd-Q{"))
                .hasMessageStartingWith("not a date/time pattern: 'uuuu-MM-dd-Q{'");
        assertThatThrownBy(() -> ColumnMapping.of("col", "attr", AttributeKind.DOUBLE).withDecimalSeparator(';'))
                .hasMessage("the decimal separator is '.' or ',', got ';'");
        assertThatThrownBy(() -> ColumnMapping.of("col", Attribute.ofGeoPoint("home")))
                .hasMessageStartingWith("geo point 'home' reads a latitude and a longitude column");
        assertThatThrownBy(() -> ColumnMapping.of("col", "attr", AttributeKind.BOOLEAN)
                .withBooleanValues(List.of("y"), List.of("Y")))
                .hasMessage("'y' is a spelling of both true and false");
    }
}
