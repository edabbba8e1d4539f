package io.github.segmentkit.jdbc;

/**
 * {@link SqlConformanceIT} on an in-memory H2 database.
 */
class H2ConformanceIT extends SqlConformanceIT {
    @Override
    public TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
