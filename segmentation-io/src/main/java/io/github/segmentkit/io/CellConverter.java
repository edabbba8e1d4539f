package io.github.segmentkit.io;

import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.attribute.GeoPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the text of one column's cells into values of its attribute's kind, following its {@link ColumnMapping}
 * (the rules are listed there). The one place text becomes a value: the CSV loader uses it, and so can any loader
 * reading text columns (a database's {@code varchar}, say).
 *
 * <pre>{@code
 * CellConverter age = ColumnMapping.of("age", Attribute.ofLong("age")).converter();
 * age.convert("42");      // 42L
 * age.convert("");        // null: missing
 * age.convert("forty");   // throws CellFormatException: column 'age', value 'forty': not a whole number
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CellConverter {
    private final ColumnMapping mapping;
    private final DateTimeFormatter formatter;

    CellConverter(ColumnMapping mapping) {
        this.mapping = mapping;
        this.formatter = mapping.format() == null ? null : formatter(mapping.format());
    }

    /**
     * A strict formatter for {@code pattern}: {@code 2024-02-30} is an error, not the 29th. The era defaults to
     * the current one so that patterns written with {@code yyyy} (year of era) resolve strictly, like {@code uuuu}.
     *
     * @throws IllegalArgumentException naming the pattern when it is not valid
     */
    static DateTimeFormatter formatter(String pattern) {
        try {
            return new DateTimeFormatterBuilder().appendPattern(pattern)
                    .parseDefaulting(ChronoField.ERA, 1)
                    .toFormatter(Locale.ROOT)
                    .withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a date/time pattern: '" + pattern + "' (" + e.getMessage() + ")",
                    e);
        }
    }

    /** The mapping followed. */
    public ColumnMapping mapping() {
        return mapping;
    }

    /** Whether {@code cell} is a missing value: {@code null}, or a missing-value marker once stripped. */
    public boolean isMissing(String cell) {
        return cell == null || mapping.missingMarkers().contains(cell.strip());
    }

    /**
     * The value written in {@code cell}: a {@code Long}, {@code Double}, {@code String}, {@code Boolean},
     * {@code LocalDate}, {@code Instant} or unmodifiable {@code Set<String>}; {@code null} when missing.
     *
     * @throws CellFormatException   naming the column, the value and the expected form when the text is not a
     *                               value of the kind
     * @throws IllegalStateException for a geo point, which reads two cells: use {@link #convertGeoPoint}
     */
    public Object convert(String cell) {
        AttributeKind kind = mapping.attribute().kind();
        if (kind == AttributeKind.GEO_POINT) {
            throw new IllegalStateException("geo point '" + mapping.attribute().name()
                    + "' reads two cells: use convertGeoPoint(latitude, longitude)");
        }
        if (isMissing(cell)) {
            return null;
        }
        switch (kind) {
            case LONG:
                return wholeNumber(cell);
            case DOUBLE:
                return decimal(cell, mapping.column());
            case CATEGORICAL:
                return cell;
            case BOOLEAN:
                return yesNo(cell);
            case DATE:
                return date(cell);
            case TIMESTAMP:
                return timestamp(cell);
            case TAGS:
                return tags(cell);
            default:
                throw new IllegalStateException("unknown kind " + kind);
        }
    }

    /**
     * The point written in a latitude and a longitude cell; {@code null} when both are missing.
     *
     * @throws CellFormatException naming the column and the value when only one is missing, one is not a number,
     *                             or the point is off the globe
     */
    public GeoPoint convertGeoPoint(String latitude, String longitude) {
        if (mapping.attribute().kind() != AttributeKind.GEO_POINT) {
            throw new IllegalStateException("'" + mapping.attribute().name() + "' is a "
                    + mapping.attribute().kind().label() + " attribute, not a geo point");
        }
        boolean noLatitude = isMissing(latitude);
        boolean noLongitude = isMissing(longitude);
        if (noLatitude && noLongitude) {
            return null;
        }
        if (noLatitude || noLongitude) {
            String present = noLatitude ? mapping.longitudeColumn() : mapping.column();
            String absent = noLatitude ? mapping.column() : mapping.longitudeColumn();
            throw problem(absent, noLatitude ? latitude : longitude, "missing while '" + present
                    + "' is not; a geo point needs both or neither");
        }
        double lat = geoDegrees(latitude, mapping.column());
        double lon = geoDegrees(longitude, mapping.longitudeColumn());
        if (!(lat >= -90 && lat <= 90)) {
            throw problem(mapping.column(), latitude, "latitude " + lat + " is outside [-90, 90]");
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw problem(mapping.longitudeColumn(), longitude, "longitude " + lon + " is outside [-180, 180]");
        }
        return GeoPoint.of(lat, lon);
    }

    /**
     * The whole number written in {@code text} (an optional sign, digits, optionally a point and zeros, surrounding
     * white space ignored): {@code 17850.0} is 17850; nothing is rounded or wrapped.
     *
     * @throws NumberFormatException saying whether the text is no whole number or outside the range of long
     */
    public static long parseWholeNumber(String text) {
        String value = text.strip();
        if (!NumberSyntax.isWholeNumber(value)) {
            throw new NumberFormatException("not a whole number");
        }
        int point = value.indexOf('.');
        try {
            return Long.parseLong(point < 0 ? value : value.substring(0, point));
        } catch (NumberFormatException e) {
            throw new NumberFormatException("outside the range of long [" + Long.MIN_VALUE + ", " + Long.MAX_VALUE
                    + "]");
        }
    }

    private Long wholeNumber(String cell) {
        try {
            return parseWholeNumber(cell);
        } catch (NumberFormatException e) {
            throw problem(mapping.column(), cell, e.getMessage());
        }
    }

    private Double decimal(String cell, String column) {
        String value = cell.strip();
        if (value.equals("NaN")) {
            return null;   // NaN counts as missing, as for every double attribute
        }
        return number(cell, value, column);
    }

    private double geoDegrees(String cell, String column) {
        return number(cell, cell.strip(), column);
    }

    private double number(String cell, String value, String column) {
        if (NumberSyntax.isInfinity(value)) {
            return Double.parseDouble(value);
        }
        char separator = mapping.decimalSeparator();
        String standard = value;
        if (separator == ',') {
            standard = value.indexOf('.') >= 0 ? "" : value.replace(',', '.');
        }
        // Double.parseDouble alone would also take "1d", "0x1p3" and other Java-only forms
        if (!NumberSyntax.isDecimal(standard)) {
            throw problem(column, cell, "not a number (decimal separator '" + separator + "', no grouping)");
        }
        return Double.parseDouble(standard);
    }

    private Boolean yesNo(String cell) {
        String value = cell.strip().toLowerCase(Locale.ROOT);
        if (mapping.trueValues().contains(value)) {
            return Boolean.TRUE;
        }
        if (mapping.falseValues().contains(value)) {
            return Boolean.FALSE;
        }
        throw problem(mapping.column(), cell, "not a yes/no value (true: " + mapping.trueValues() + ", false: "
                + mapping.falseValues() + ")");
    }

    private LocalDate date(String cell) {
        try {
            return formatter == null ? LocalDate.parse(cell.strip()) : LocalDate.parse(cell.strip(), formatter);
        } catch (DateTimeParseException e) {
            throw problem(mapping.column(), cell, "not a date (" + formatName("uuuu-MM-dd") + ")");
        }
    }

    private Instant timestamp(String cell) {
        String value = cell.strip();
        try {
            TemporalAccessor parsed = formatter == null
                    ? DateTimeFormatter.ISO_DATE_TIME.parseBest(value, ZonedDateTime::from, LocalDateTime::from)
                    : formatter.parseBest(value, ZonedDateTime::from, LocalDateTime::from, LocalDate::from);
            if (parsed instanceof ZonedDateTime) {
                return ((ZonedDateTime) parsed).toInstant();
            }
            if (parsed instanceof LocalDateTime) {
                return ((LocalDateTime) parsed).atZone(mapping.zone()).toInstant();
            }
            return ((LocalDate) parsed).atStartOfDay(mapping.zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw problem(mapping.column(), cell, "not a timestamp (" + formatName(
                    "ISO-8601 such as 2024-03-31T10:15:00Z, or without offset in " + mapping.zone()) + ")");
        }
    }

    private String formatName(String iso) {
        return mapping.format() == null ? iso : "format " + mapping.format();
    }

    private Set<String> tags(String cell) {
        Set<String> tags = new LinkedHashSet<>();
        String separator = mapping.tagSeparator();
        int from = 0;
        while (true) {
            int to = cell.indexOf(separator, from);
            String tag = (to < 0 ? cell.substring(from) : cell.substring(from, to)).strip();
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
            if (to < 0) {
                return Collections.unmodifiableSet(tags);
            }
            from = to + separator.length();
        }
    }

    private CellFormatException problem(String column, String cell, String reason) {
        return new CellFormatException(column, cell, mapping.attribute().name(), reason);
    }
}
