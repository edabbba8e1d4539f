package io.github.segmentkit.jdbc;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.result.SegmentCounts;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.api.spi.SegmenterDefinition;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SQL push-down seen as a {@link Segmenter}, so that the conformance suites can run it: {@code segment} loads
 * the customers into a table and evaluates every segment there in one statement; {@code segmentsOf} answers from
 * the last such run when it held that very customer object, and otherwise loads the one customer into a table of
 * its own. Every answer is the database's.
 *
 * @param <T> the customer type
 */
final class SqlSegmenter<T> implements Segmenter<T> {
    private final TestDatabase database;
    private final SegmenterDefinition<T> definition;
    private final TableLoader<T> loader;
    private final Map<T, Set<String>> lastRun = new IdentityHashMap<>();
    private final CriteriaCounter counter;

    SqlSegmenter(TestDatabase database, SegmenterDefinition<T> definition, TableLoader<T> loader,
            CriteriaCounter counter) {
        this.database = database;
        this.definition = definition;
        this.loader = loader;
        this.counter = counter;
        counter.definition(definition.segments().size());
    }

    @Override
    public CustomerSchema<T> schema() {
        return definition.schema();
    }

    @Override
    public List<Segment> segments() {
        return definition.segments();
    }

    @Override
    public SqlSegmentationResult segment(Iterable<? extends T> customers) {
        List<T> rows = new java.util.ArrayList<>();
        customers.forEach(rows::add);
        SqlSegmentationResult result = run("customers", rows);
        lastRun.clear();
        for (int row = 0; row < rows.size(); row++) {
            lastRun.putIfAbsent(rows.get(row), result.segmentsOfRow(row));
        }
        return result;
    }

    /** The member counts by the database's counting statement, over the table of the last {@link #segment} run. */
    int[] counts() {
        SegmentCounts counts = pushedDownCounts();
        return segments().stream().mapToInt(s -> Math.toIntExact(counts.count(s.name()))).toArray();
    }

    /** The database's counting statement's answer, over the table of the last {@link #segment} run. */
    SegmentCounts pushedDownCounts() {
        return JdbcSegmentation.on(database.dataSource(), loader.describe("customers"), database.dialect())
                .counts(definition);
    }

    /**
     * The segments of each customer: from the last {@link #segment} run when it held these very objects, otherwise
     * from one run over all of them.
     */
    List<Set<String>> segmentsOfEach(List<T> customers) {
        List<Set<String>> each = new java.util.ArrayList<>(customers.size());
        if (customers.stream().allMatch(lastRun::containsKey)) {
            customers.forEach(customer -> each.add(lastRun.get(customer)));
            return each;
        }
        SqlSegmentationResult result = run("customers_each", customers);
        for (int row = 0; row < customers.size(); row++) {
            each.add(result.segmentsOfRow(row));
        }
        return each;
    }

    @Override
    public Set<String> segmentsOf(T customer) {
        Set<String> known = lastRun.get(customer);
        if (known != null) {
            return known;
        }
        return run("one_customer", List.of(customer)).segmentsOfRow(0);
    }

    private SqlSegmentationResult run(String table, List<T> rows) {
        long start = System.nanoTime();
        try {
            SqlTable described = loader.load(table, rows);
            return JdbcSegmentation.on(database.dataSource(), described, database.dialect()).memberships(definition);
        } catch (SQLException e) {
            throw new IllegalStateException("loading " + rows.size() + " customers into " + database, e);
        } finally {
            counter.statement(System.nanoTime() - start);
        }
    }

}
