package io.github.segmentkit.jdbc;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One database per test class, started on first use and closed, with its report printed, when the class is done:
 * the base classes of the database tests delegate here, and their subclasses only name the database.
 */
final class Databases {
    private static final Map<Class<?>, TestDatabase> DATABASES = new LinkedHashMap<>();
    private static final Map<Class<?>, CriteriaCounter> COUNTERS = new LinkedHashMap<>();

    private Databases() {
    }

    /** The database of {@code testClass}, started on first use. */
    static TestDatabase of(Class<?> testClass, TestDatabase.Kind kind) {
        synchronized (DATABASES) {
            return DATABASES.computeIfAbsent(testClass, type -> kind.start());
        }
    }

    /** What the database of {@code testClass} evaluated so far. */
    static CriteriaCounter counter(Class<?> testClass) {
        synchronized (DATABASES) {
            return COUNTERS.computeIfAbsent(testClass, type -> new CriteriaCounter());
        }
    }

    /**
     * Prints the report of every open database and closes it. Test classes of one JVM run one after the other:
     * whatever is open belongs to the class that just ended.
     */
    static void closeAll() throws Exception {
        synchronized (DATABASES) {
            try {
                for (Map.Entry<Class<?>, TestDatabase> open : DATABASES.entrySet()) {
                    CriteriaReport.print(open.getValue(), COUNTERS.getOrDefault(open.getKey(), new CriteriaCounter()));
                }
            } finally {
                for (TestDatabase database : DATABASES.values()) {
                    database.close();
                }
                DATABASES.clear();
                COUNTERS.clear();
            }
        }
    }
}
