package io.github.segmentkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

/** Prints, into the build log, how many random criteria a database evaluated, and holds it to the bar. */
final class CriteriaReport {
    /** The fewest random criteria a database must evaluate in every build. */
    static final long MINIMUM = 1_000;

    private CriteriaReport() {
    }

    static void print(TestDatabase database, CriteriaCounter counter) {
        System.out.printf("[segmentation-jdbc] %s: %,d random segment criteria compared with the reference, in %,d "
                + "SQL statements (%.1f s loading tables and running them)%n", database, counter.criteria(),
                counter.statements(), counter.databaseSeconds());
        assertThat(counter.criteria()).as("random criteria evaluated on %s", database).isGreaterThanOrEqualTo(MINIMUM);
    }
}
