package io.github.segmentkit.io;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.attribute.GeoPointAttribute;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How one schema attribute is read from a source column (two for a geo point): the column's name, the attribute
 * (name and kind) and how its text is written.
 *
 * <ul>
 * <li><b>Missing values</b>: a cell is missing when, stripped of surrounding white space, it equals one of the
 * {@linkplain #missingMarkers() missing-value markers} (by default only the empty cell); a database NULL is always
 * missing.</li>
 * <li><b>long</b>: an optional sign and digits, optionally followed by a point and zeros ({@code 17850.0}, as
 * pandas writes whole numbers); never rounded, never wrapped.</li>
 * <li><b>double</b>: decimal notation with an optional exponent, the {@linkplain #decimalSeparator() decimal
 * separator} {@code '.'} or {@code ','}, no grouping; {@code NaN} is missing, {@code Infinity} and
 * {@code -Infinity} are values.</li>
 * <li><b>categorical</b>: the cell's text exactly as written (case and spaces kept).</li>
 * <li><b>boolean</b>: by default {@code true/yes/1} and {@code false/no/0}, any case.</li>
 * <li><b>date</b>: ISO-8601 ({@code 2024-03-31}) or a {@link java.time.format.DateTimeFormatter} pattern, read
 * strictly ({@code 2024-02-30} is an error, not the 29th).</li>
 * <li><b>timestamp</b>: ISO-8601 with an offset or zone ({@code 2024-03-31T10:15:00Z}) or without one, or a
 * pattern; a time without an offset is taken in the {@linkplain #zone() zone} (UTC by default), a bare date at its
 * start of day.</li>
 * <li><b>tags</b>: the cell split on the {@linkplain #tagSeparator() tag separator} ({@code |} by default), each
 * tag stripped, empty ones dropped; an empty set is a value, distinct from a missing cell.</li>
 * <li><b>geo point</b>: a latitude and a longitude column in degrees; missing when both are, an error when only
 * one is.</li>
 * </ul>
 *
 * <pre>{@code
 * ColumnMapping age = ColumnMapping.of("age_years", Attribute.ofLong("age")).withMissingMarkers("", "n/a");
 * ColumnMapping income = ColumnMapping.of("revenu", Attribute.ofDouble("income")).withDecimalSeparator(',');
 * ColumnMapping joined = ColumnMapping.of("joined", Attribute.ofDate("joined")).withFormat("dd/MM/uuuu");
 * ColumnMapping home = ColumnMapping.geoPoint("lat", "lon", Attribute.ofGeoPoint("home"));
 * }</pre>
 *
 * <p>Immutable and thread-safe; the {@code with...} methods return a changed copy and refuse an option that does
 * not apply to the kind (a date format on a tags column, say) with an {@link IllegalArgumentException}.
 */
public final class ColumnMapping {
    /** The default tag separator. */
    public static final String DEFAULT_TAG_SEPARATOR = "|";
    /** The default spellings of true (compared in any case). */
    public static final Set<String> DEFAULT_TRUE_VALUES = ordered("true", "yes", "1");
    /** The default spellings of false (compared in any case). */
    public static final Set<String> DEFAULT_FALSE_VALUES = ordered("false", "no", "0");
    /** The default zone of timestamps written without an offset. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");

    private final Attribute attribute;
    private final String column;
    private final String longitudeColumn;
    private final String format;
    private final ZoneId zone;
    private final char decimalSeparator;
    private final Set<String> missingMarkers;
    private final String tagSeparator;
    private final Set<String> trueValues;
    private final Set<String> falseValues;
    private final CellConverter converter;

    private ColumnMapping(Attribute attribute, String column, String longitudeColumn, String format, ZoneId zone,
            char decimalSeparator, Set<String> missingMarkers, String tagSeparator, Set<String> trueValues,
            Set<String> falseValues) {
        this.attribute = attribute;
        this.column = column;
        this.longitudeColumn = longitudeColumn;
        this.format = format;
        this.zone = zone;
        this.decimalSeparator = decimalSeparator;
        this.missingMarkers = missingMarkers;
        this.tagSeparator = tagSeparator;
        this.trueValues = trueValues;
        this.falseValues = falseValues;
        this.converter = new CellConverter(this);
    }

    /**
     * The attribute read from {@code column}, with the default options.
     *
     * @throws IllegalArgumentException for a geo-point attribute, which reads two columns: use
     *                                  {@link #geoPoint(String, String, GeoPointAttribute)}
     */
    public static ColumnMapping of(String column, Attribute attribute) {
        Objects.requireNonNull(attribute, "attribute");
        if (attribute.kind() == AttributeKind.GEO_POINT) {
            throw new IllegalArgumentException("geo point '" + attribute.name()
                    + "' reads a latitude and a longitude column: use ColumnMapping.geoPoint(latColumn, lonColumn, "
                    + "attribute)");
        }
        return new ColumnMapping(attribute, checkColumn(column), null, null, DEFAULT_ZONE, '.', Set.of(""),
                DEFAULT_TAG_SEPARATOR, DEFAULT_TRUE_VALUES, DEFAULT_FALSE_VALUES);
    }

    /** The attribute named {@code attributeName}, of {@code kind}, read from {@code column} (not a geo point). */
    public static ColumnMapping of(String column, String attributeName, AttributeKind kind) {
        return of(column, attributeOf(attributeName, kind));
    }

    /** A geo-point attribute read from a latitude and a longitude column, in degrees. */
    public static ColumnMapping geoPoint(String latitudeColumn, String longitudeColumn, GeoPointAttribute attribute) {
        Objects.requireNonNull(attribute, "attribute");
        return new ColumnMapping(attribute, checkColumn(latitudeColumn), checkColumn(longitudeColumn), null,
                DEFAULT_ZONE, '.', Set.of(""), DEFAULT_TAG_SEPARATOR, DEFAULT_TRUE_VALUES, DEFAULT_FALSE_VALUES);
    }

    /** The attribute of {@code kind} named {@code name}. */
    static Attribute attributeOf(String name, AttributeKind kind) {
        switch (Objects.requireNonNull(kind, "kind")) {
            case LONG:
                return Attribute.ofLong(name);
            case DOUBLE:
                return Attribute.ofDouble(name);
            case CATEGORICAL:
                return Attribute.ofCategorical(name);
            case BOOLEAN:
                return Attribute.ofBoolean(name);
            case DATE:
                return Attribute.ofDate(name);
            case TIMESTAMP:
                return Attribute.ofTimestamp(name);
            case TAGS:
                return Attribute.ofTags(name);
            case GEO_POINT:
                return Attribute.ofGeoPoint(name);
            default:
                throw new IllegalArgumentException("unknown kind " + kind);
        }
    }

    private static String checkColumn(String column) {
        Objects.requireNonNull(column, "column");
        if (column.isEmpty()) {
            throw new IllegalArgumentException("a column name is empty");
        }
        return column;
    }

    /** The attribute read. */
    public Attribute attribute() {
        return attribute;
    }

    /** The source column; for a geo point, the latitude column. */
    public String column() {
        return column;
    }

    /** The longitude column of a geo point, or {@code null} for every other kind. */
    public String longitudeColumn() {
        return longitudeColumn;
    }

    /** Every source column read: one, or a geo point's latitude and longitude. */
    public List<String> columns() {
        return longitudeColumn == null ? List.of(column) : List.of(column, longitudeColumn);
    }

    /** The date or timestamp pattern, or {@code null} for ISO-8601. */
    public String format() {
        return format;
    }

    /** The zone of a timestamp written without an offset (UTC by default). */
    public ZoneId zone() {
        return zone;
    }

    /** The decimal separator of double and geo-point cells, {@code '.'} (the default) or {@code ','}. */
    public char decimalSeparator() {
        return decimalSeparator;
    }

    /** The texts that mean a missing value, compared with the stripped cell; by default only the empty text. */
    public Set<String> missingMarkers() {
        return missingMarkers;
    }

    /** The separator between tags. */
    public String tagSeparator() {
        return tagSeparator;
    }

    /** The spellings of true, lower case. */
    public Set<String> trueValues() {
        return trueValues;
    }

    /** The spellings of false, lower case. */
    public Set<String> falseValues() {
        return falseValues;
    }

    /** The conversion of this column's text to values. */
    public CellConverter converter() {
        return converter;
    }

    /**
     * This mapping reading dates or timestamps with a {@link java.time.format.DateTimeFormatter} pattern, such as
     * {@code dd/MM/uuuu} or {@code uuuu-MM-dd HH:mm:ss}.
     *
     * @throws IllegalArgumentException when the pattern is not valid, or the attribute is not a date or timestamp
     */
    public ColumnMapping withFormat(String pattern) {
        requireKind("a date/time format", AttributeKind.DATE, AttributeKind.TIMESTAMP);
        Objects.requireNonNull(pattern, "pattern");
        CellConverter.formatter(pattern);   // fails now, not at the first cell
        return new ColumnMapping(attribute, column, longitudeColumn, pattern, zone, decimalSeparator,
                missingMarkers, tagSeparator, trueValues, falseValues);
    }

    /** This mapping taking timestamps written without an offset in {@code zone}. */
    public ColumnMapping withZone(ZoneId zone) {
        requireKind("a time zone", AttributeKind.TIMESTAMP);
        return new ColumnMapping(attribute, column, longitudeColumn, format, Objects.requireNonNull(zone, "zone"),
                decimalSeparator, missingMarkers, tagSeparator, trueValues, falseValues);
    }

    /** This mapping reading numbers with {@code separator}, {@code '.'} or {@code ','}, before the fraction. */
    public ColumnMapping withDecimalSeparator(char separator) {
        requireKind("a decimal separator", AttributeKind.DOUBLE, AttributeKind.GEO_POINT);
        if (separator != '.' && separator != ',') {
            throw new IllegalArgumentException("the decimal separator is '.' or ',', got '" + separator + "'");
        }
        return new ColumnMapping(attribute, column, longitudeColumn, format, zone, separator, missingMarkers,
                tagSeparator, trueValues, falseValues);
    }

    /** This mapping taking exactly {@code markers} (compared with the stripped cell) as missing values. */
    public ColumnMapping withMissingMarkers(String... markers) {
        return withMissingMarkers(List.of(markers));
    }

    /** This mapping taking exactly {@code markers} (compared with the stripped cell) as missing values. */
    public ColumnMapping withMissingMarkers(Collection<String> markers) {
        Set<String> copy = new LinkedHashSet<>();
        for (String marker : markers) {
            copy.add(Objects.requireNonNull(marker, "a missing-value marker").strip());
        }
        return new ColumnMapping(attribute, column, longitudeColumn, format, zone, decimalSeparator,
                unmodifiable(copy), tagSeparator, trueValues, falseValues);
    }

    /** This mapping splitting tags on {@code separator}. */
    public ColumnMapping withTagSeparator(String separator) {
        requireKind("a tag separator", AttributeKind.TAGS);
        if (Objects.requireNonNull(separator, "separator").isEmpty()) {
            throw new IllegalArgumentException("the tag separator is empty");
        }
        return new ColumnMapping(attribute, column, longitudeColumn, format, zone, decimalSeparator,
                missingMarkers, separator, trueValues, falseValues);
    }

    /** This mapping reading exactly these spellings (compared in any case) as true and false. */
    public ColumnMapping withBooleanValues(Collection<String> trueSpellings, Collection<String> falseSpellings) {
        requireKind("true/false spellings", AttributeKind.BOOLEAN);
        Set<String> yes = lowerCase(trueSpellings);
        Set<String> no = lowerCase(falseSpellings);
        if (yes.isEmpty() || no.isEmpty()) {
            throw new IllegalArgumentException("a boolean column needs at least one spelling of true and of false");
        }
        for (String spelling : yes) {
            if (no.contains(spelling)) {
                throw new IllegalArgumentException("'" + spelling + "' is a spelling of both true and false");
            }
        }
        return new ColumnMapping(attribute, column, longitudeColumn, format, zone, decimalSeparator,
                missingMarkers, tagSeparator, yes, no);
    }

    private static Set<String> lowerCase(Collection<String> spellings) {
        Set<String> copy = new LinkedHashSet<>();
        for (String spelling : spellings) {
            copy.add(Objects.requireNonNull(spelling, "a spelling").strip().toLowerCase(Locale.ROOT));
        }
        return unmodifiable(copy);
    }

    private static Set<String> ordered(String... values) {
        return unmodifiable(new LinkedHashSet<>(List.of(values)));
    }

    private static Set<String> unmodifiable(Set<String> set) {
        return java.util.Collections.unmodifiableSet(set);
    }

    private void requireKind(String option, AttributeKind... kinds) {
        for (AttributeKind kind : kinds) {
            if (attribute.kind() == kind) {
                return;
            }
        }
        throw new IllegalArgumentException(option + " does not apply to '" + attribute.name() + "', a "
                + attribute.kind().label() + " attribute");
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ColumnMapping)) {
            return false;
        }
        ColumnMapping that = (ColumnMapping) other;
        return attribute.equals(that.attribute) && column.equals(that.column)
                && Objects.equals(longitudeColumn, that.longitudeColumn) && Objects.equals(format, that.format)
                && zone.equals(that.zone) && decimalSeparator == that.decimalSeparator
                && missingMarkers.equals(that.missingMarkers) && tagSeparator.equals(that.tagSeparator)
                && trueValues.equals(that.trueValues) && falseValues.equals(that.falseValues);
    }

    @Override
    public int hashCode() {
        return Objects.hash(attribute, column, longitudeColumn, format, zone, decimalSeparator, missingMarkers,
                tagSeparator, trueValues, falseValues);
    }

    @Override
    public String toString() {
        return String.join(", ", columns()) + " -> " + attribute.name() + ": " + attribute.kind().label()
                + (format == null ? "" : " (format " + format + ")");
    }
}
