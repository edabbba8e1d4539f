package io.github.segmentkit.jdbc;

/**
 * Where one attribute's value lives in the database: its column, or columns, or link table. Every name is an
 * identifier that {@link SqlTable} has checked; {@link Identifiers#quote} quotes it where it is written.
 */
sealed interface AttributeColumns {

    /** One column holding the value in the database's natural type (also an array column for tags). */
    record Single(String column) implements AttributeColumns {
    }

    /** A timestamp held as a {@code BIGINT} count of nanoseconds since 1970-01-01T00:00Z. */
    record EpochNanos(String column) implements AttributeColumns {
    }

    /** Tags held one row per tag in another table (in the customer table's schema); a customer without rows holds no tags (never missing). */
    record TagLinkTable(String table, String customerIdColumn, String tagColumn)
            implements AttributeColumns {
    }

    /** A geo point held as two {@code DOUBLE} columns; missing when either is NULL or NaN. */
    record LatitudeLongitude(String latitudeColumn, String longitudeColumn) implements AttributeColumns {
    }
}
