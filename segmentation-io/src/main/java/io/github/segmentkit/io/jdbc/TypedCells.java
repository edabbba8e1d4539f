package io.github.segmentkit.io.jdbc;

import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.io.CellFormatException;
import io.github.segmentkit.io.ColumnMapping;
import io.github.segmentkit.io.CustomerMapping;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A database cell turned into its attribute's value. Text goes through the column's own {@code CellConverter}
 * (formats, decimal separator, missing-value markers, tag separator apply, as for a CSV file); typed values
 * (numbers, booleans, dates, timestamps, arrays) are taken as they are, exactly: a whole-number attribute accepts
 * {@code 5.0} but never rounds {@code 5.5}, a {@code TIMESTAMP} without zone is read in the mapping's zone.
 */
final class TypedCells {
    private static final double TWO_TO_63 = 0x1p63;

    private TypedCells() {
    }

    /** The customer id in {@code cell}. */
    static long id(CustomerMapping mapping, Object cell) {
        if (cell == null) {
            throw new CellFormatException(mapping.idColumn(), null, null, "the customer id is missing (NULL)");
        }
        if (cell instanceof String) {
            return mapping.id((String) cell);
        }
        Object id = wholeNumber(mapping.idColumn(), null, cell);
        if (id == null) {
            throw new CellFormatException(mapping.idColumn(), text(cell), null, "the customer id is missing (NaN)");
        }
        return (Long) id;
    }

    /** The value of {@code column}'s attribute in {@code cell} ({@code null} when missing). */
    static Object value(ColumnMapping column, Object cell) {
        if (cell == null) {
            return null;
        }
        if (cell instanceof String) {
            return column.converter().convert((String) cell);
        }
        String attribute = column.attribute().name();
        AttributeKind kind = column.attribute().kind();
        switch (kind) {
            case LONG:
                return wholeNumber(column.column(), attribute, cell);
            case DOUBLE:
                if (cell instanceof Number) {
                    double number = ((Number) cell).doubleValue();
                    return Double.isNaN(number) ? null : number;
                }
                break;
            case CATEGORICAL:
                if (cell instanceof Number || cell instanceof Boolean) {
                    return text(cell);
                }
                break;
            case BOOLEAN:
                if (cell instanceof Boolean) {
                    return cell;
                }
                if (cell instanceof Number && isZeroOrOne((Number) cell)) {
                    return ((Number) cell).intValue() == 1;
                }
                break;
            case DATE:
                if (cell instanceof LocalDate) {
                    return cell;
                }
                break;
            case TIMESTAMP:
                return timestamp(column, cell);
            case TAGS:
                if (cell instanceof List) {
                    return tags(column, (List<?>) cell);
                }
                break;
            default:
                break;
        }
        throw new CellFormatException(column.column(), text(cell), attribute, "a database "
                + cell.getClass().getSimpleName() + " is not a " + kind.label() + " value");
    }

    /** The point in a latitude and a longitude cell; {@code null} when both are missing. */
    static GeoPoint geoPoint(ColumnMapping column, Object latitude, Object longitude) {
        if (latitude instanceof Number && longitude instanceof Number) {
            double lat = ((Number) latitude).doubleValue();
            double lon = ((Number) longitude).doubleValue();
            if (!(lat >= -90 && lat <= 90)) {
                throw new CellFormatException(column.column(), text(latitude), column.attribute().name(),
                        "latitude " + lat + " is outside [-90, 90]");
            }
            if (!(lon >= -180 && lon <= 180)) {
                throw new CellFormatException(column.longitudeColumn(), text(longitude), column.attribute().name(),
                        "longitude " + lon + " is outside [-180, 180]");
            }
            return GeoPoint.of(lat, lon);
        }
        // text, NULLs or a mix: the converter's rules (both or neither missing, markers, decimal separator)
        return column.converter().convertGeoPoint(latitude == null ? null : text(latitude),
                longitude == null ? null : text(longitude));
    }

    private static Object wholeNumber(String column, String attribute, Object cell) {
        if (cell instanceof Long || cell instanceof Integer || cell instanceof Short || cell instanceof Byte) {
            return ((Number) cell).longValue();
        }
        try {
            if (cell instanceof BigInteger) {
                return ((BigInteger) cell).longValueExact();
            }
            if (cell instanceof BigDecimal) {
                return ((BigDecimal) cell).longValueExact();
            }
        } catch (ArithmeticException e) {
            throw new CellFormatException(column, text(cell), attribute, "not a whole number in the range of long");
        }
        if (cell instanceof Double || cell instanceof Float) {
            double number = ((Number) cell).doubleValue();
            if (Double.isNaN(number)) {
                return null;
            }
            if (number != Math.rint(number) || number < -TWO_TO_63 || number >= TWO_TO_63) {
                throw new CellFormatException(column, text(cell), attribute, "not a whole number in the range of "
                        + "long");
            }
            return (long) number;
        }
        throw new CellFormatException(column, text(cell), attribute, "a database " + cell.getClass().getSimpleName()
                + " is not a whole number");
    }

    private static Instant timestamp(ColumnMapping column, Object cell) {
        if (cell instanceof OffsetDateTime) {
            return ((OffsetDateTime) cell).toInstant();
        }
        if (cell instanceof LocalDateTime) {
            return ((LocalDateTime) cell).atZone(column.zone()).toInstant();
        }
        if (cell instanceof LocalDate) {
            return ((LocalDate) cell).atStartOfDay(column.zone()).toInstant();
        }
        if (cell instanceof Instant) {
            return (Instant) cell;
        }
        throw new CellFormatException(column.column(), text(cell), column.attribute().name(), "a database "
                + cell.getClass().getSimpleName() + " is not a timestamp");
    }

    private static Set<String> tags(ColumnMapping column, List<?> elements) {
        Set<String> tags = new LinkedHashSet<>();
        for (Object element : elements) {
            if (!(element instanceof String)) {
                throw new CellFormatException(column.column(), text(elements), column.attribute().name(),
                        "an array element " + element + " is not a text tag");
            }
            tags.add((String) element);
        }
        return tags;
    }

    private static boolean isZeroOrOne(Number number) {
        double value = number.doubleValue();
        return value == 0 || value == 1;
    }

    /** A cell as text for messages and categories: numbers in plain notation. */
    static String text(Object cell) {
        if (cell instanceof BigDecimal) {
            return ((BigDecimal) cell).toPlainString();
        }
        if (cell instanceof Double && Double.isFinite((Double) cell)) {
            return BigDecimal.valueOf((Double) cell).toPlainString();
        }
        return String.valueOf(cell);
    }
}
