package io.github.segmentkit.jdbc;

/**
 * {@link SqlConformanceIT} on an in-memory DuckDB database.
 */
class DuckDbConformanceIT extends SqlConformanceIT {
    @Override
    public TestDatabase.Kind kind() {
        return TestDatabase.Kind.DUCKDB;
    }
}
