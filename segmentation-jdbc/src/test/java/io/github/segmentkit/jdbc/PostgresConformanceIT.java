package io.github.segmentkit.jdbc;

/**
 * {@link SqlConformanceIT} on a real PostgreSQL 17 server, started by {@link TestDatabase#postgres()} on a free
 * local port and stopped when the class is done (never skipped: a server that cannot start fails the class).
 */
class PostgresConformanceIT extends SqlConformanceIT {
    @Override
    public TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
