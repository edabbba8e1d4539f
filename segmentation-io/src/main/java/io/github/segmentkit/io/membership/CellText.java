package io.github.segmentkit.io.membership;

import io.github.segmentkit.api.attribute.GeoPoint;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.TreeSet;

/**
 * How an attribute value is written into a CSV cell: locale-independent and readable back. Missing is the empty
 * cell; numbers in plain decimal notation (no exponent); dates and instants in ISO-8601; tags sorted and separated by
 * {@value #TAG_SEPARATOR}; a geo-point as {@code latitude,longitude}.
 */
final class CellText {
    static final String TAG_SEPARATOR = "|";

    private CellText() {
    }

    static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double) {
            // BigDecimal.valueOf keeps Double.toString's shortest round-trip digits without its "1.0E10" form
            return BigDecimal.valueOf((Double) value).toPlainString();
        }
        if (value instanceof Collection) {
            TreeSet<String> tags = new TreeSet<>();
            for (Object tag : (Collection<?>) value) {
                tags.add(String.valueOf(tag));
            }
            return String.join(TAG_SEPARATOR, tags);
        }
        if (value instanceof GeoPoint) {
            GeoPoint point = (GeoPoint) value;
            return of(point.latitude()) + "," + of(point.longitude());
        }
        return value.toString();   // Long, String, Boolean, LocalDate and Instant print as ISO / plain text
    }
}
