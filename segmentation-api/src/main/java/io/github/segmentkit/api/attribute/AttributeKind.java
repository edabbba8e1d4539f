package io.github.segmentkit.api.attribute;

/** The kinds of customer attribute, with the Java type of their values. */
public enum AttributeKind {
    /** Whole numbers, held as {@code long}. */
    LONG("long"),
    /** Floating-point numbers, held as {@code double}; NaN counts as missing. */
    DOUBLE("double"),
    /** Exact, case-sensitive strings such as a country code or an occupation. */
    CATEGORICAL("categorical"),
    /** Yes/no flags. */
    BOOLEAN("boolean"),
    /** Calendar dates ({@link java.time.LocalDate}). */
    DATE("date"),
    /** Instants ({@link java.time.Instant}). */
    TIMESTAMP("timestamp"),
    /** A set of strings, such as interests. */
    TAGS("tags"),
    /** A latitude/longitude pair ({@link GeoPoint}). */
    GEO_POINT("geo point");

    private final String label;

    AttributeKind(String label) {
        this.label = label;
    }

    /** A lower-case name for messages, e.g. {@code "geo point"}. */
    public String label() {
        return label;
    }
}
