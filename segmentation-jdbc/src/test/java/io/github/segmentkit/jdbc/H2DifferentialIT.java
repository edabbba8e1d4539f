package io.github.segmentkit.jdbc;

import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** {@link SqlDifferentialIT} on an in-memory H2 database. */
class H2DifferentialIT extends SqlDifferentialIT {
    private static TestDatabase database;
    private static final CriteriaCounter COUNTER = new CriteriaCounter();

    @BeforeContainer
    static void start() throws Exception {
        database = TestDatabase.h2();
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
