package io.github.segmentkit.jdbc;

/**
 * A test class that runs on one database, shared by all its properties: {@link Databases} starts it on first use,
 * and the class closes it in an after-container hook ({@code Databases.closeAll()}).
 */
interface OnDatabase {

    /** The database this class runs on. */
    TestDatabase.Kind kind();

    /** The database of this test class, started on first use and closed after its last property. */
    default TestDatabase database() {
        return Databases.of(getClass(), kind());
    }

    /** What the database evaluated so far. */
    default CriteriaCounter counter() {
        return Databases.counter(getClass());
    }
}
