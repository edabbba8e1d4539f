package io.github.segmentkit.jdbc;

/**
 * {@link SqlDifferentialIT} on an in-memory H2 database.
 */
class H2DifferentialIT extends SqlDifferentialIT {
    @Override
    public TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
