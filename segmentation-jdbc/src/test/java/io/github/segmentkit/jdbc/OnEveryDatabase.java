package io.github.segmentkit.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A test class whose tests run once on each database (H2, DuckDB and a real PostgreSQL), all started before its
 * first test and closed after its last: parameterise a test with {@code @MethodSource("databases")}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OnEveryDatabase {
    private final List<TestDatabase> databases = new ArrayList<>();

    @BeforeAll
    void startEveryDatabase() {
        for (TestDatabase.Kind kind : TestDatabase.Kind.values()) {
            databases.add(kind.start());
        }
    }

    @AfterAll
    void stopEveryDatabase() throws Exception {
        for (TestDatabase database : databases) {
            database.close();
        }
    }

    /** Every database, started. */
    Stream<TestDatabase> databases() {
        return databases.stream();
    }
}
