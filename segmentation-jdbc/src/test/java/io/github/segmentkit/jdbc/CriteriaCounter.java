package io.github.segmentkit.jdbc;

import java.util.concurrent.atomic.AtomicLong;

/** Counts the segment criteria a database evaluated during a test class, so that the build log can show it. */
final class CriteriaCounter {
    private final AtomicLong criteria = new AtomicLong();
    private final AtomicLong statements = new AtomicLong();

    /** A definition of {@code segments} random criteria, evaluated by as many statements as the test needs. */
    void definition(int segments) {
        criteria.addAndGet(segments);
    }

    private final AtomicLong nanos = new AtomicLong();

    void statement(long elapsedNanos) {
        statements.incrementAndGet();
        nanos.addAndGet(elapsedNanos);
    }

    /** The time spent loading tables and running statements, in seconds. */
    double databaseSeconds() {
        return nanos.get() / 1e9;
    }

    long criteria() {
        return criteria.get();
    }

    long statements() {
        return statements.get();
    }
}
