package io.github.segmentkit.jdbc;

/**
 * {@link SqlDifferentialIT} on an in-memory DuckDB database.
 */
class DuckDbDifferentialIT extends SqlDifferentialIT {
    @Override
    public TestDatabase.Kind kind() {
        return TestDatabase.Kind.DUCKDB;
    }
}
