package io.github.segmentkit.jdbc;

import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.spi.SegmenterDefinition;
import io.github.segmentkit.testing.conformance.GenerativeConformanceSuite;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.util.List;
import java.util.Set;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The generative conformance suite on a database: random schemas, customers (missing values, NaN, infinities,
 * negative zero, Urdu and Telugu text, nanosecond instants, poles) and criteria, loaded into a table and evaluated
 * in SQL, must give the reference's members, counts and segments of each customer. Subclasses name the database and
 * share one connection (one server) across the class.
 *
 * <p>Random-schema timestamps are held as epoch nanoseconds where the database's own timestamps keep microseconds
 * (the generated instants differ by single nanoseconds); the fixed schema's whole-second instants use the native
 * type. The suite's 1,650 tries take one to four minutes per database: {@code -Pexhaustive} runs it on all three;
 * {@link SqlDifferentialIT}, on the same generators, runs in every build.
 */
abstract class SqlConformanceIT extends GenerativeConformanceSuite implements OnDatabase {

    @AfterContainer
    static void closeDatabases() throws Exception {
        Databases.closeAll();
    }

    @Override
    protected <T> Segmenter<T> segmenterFor(SegmenterDefinition<T> definition, int chunkRows) {
        boolean epochNanos = definition.schema() != TestCustomers.SCHEMA
                && database().dialect().timestampPrecisionNanos() > 1;
        return new SqlSegmenter<>(database(), definition, new TableLoader<>(database(), definition.schema(),
                epochNanos, ""), counter());
    }

    @Override
    protected <T> int[] counts(Segmenter<T> segmenter, List<T> customers) {
        // the counting statement (COUNT(*) FILTER), over the table the membership statement just read
        return ((SqlSegmenter<T>) segmenter).counts();
    }

    @Override
    protected <T> List<Set<String>> segmentsOfEach(Segmenter<T> segmenter, List<T> customers) {
        // one statement for all the customers instead of one per customer
        return ((SqlSegmenter<T>) segmenter).segmentsOfEach(customers);
    }

    /** A database has no blocks and no threads: one size of each is enough. */
    @Override
    protected List<Integer> parallelisms() {
        return List.of(1);
    }

    @Override
    protected List<Integer> chunkSizes() {
        return List.of(64);
    }
}
