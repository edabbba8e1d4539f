package io.github.segmentkit.jdbc;

import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** {@link SqlDifferentialIT} on a real PostgreSQL 17 server, started by {@link TestDatabase#postgres()} on a free local port and stopped when the class is done (never skipped: a server that cannot start fails the class). */
class PostgresDifferentialIT extends SqlDifferentialIT {
    private static TestDatabase database;
    private static final CriteriaCounter COUNTER = new CriteriaCounter();

    @BeforeContainer
    static void start() throws Exception {
        database = TestDatabase.postgres();
    }

    @AfterContainer
    static void stop() throws Exception {
        CriteriaReport.print(database, COUNTER);
        database.close();
    }

    @Override
    protected TestDatabase database() {
        return database;
    }

    @Override
    protected CriteriaCounter counter() {
        return COUNTER;
    }
}
