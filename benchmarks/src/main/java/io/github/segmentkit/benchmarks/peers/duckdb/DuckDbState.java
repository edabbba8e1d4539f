package io.github.segmentkit.benchmarks.peers.duckdb;

import io.github.segmentkit.benchmarks.workload.WorkloadState;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The DuckDB peer's shared state: the workload loaded once into an in-process database before measuring (loading is
 * not measured), and prepared statements that the benchmarks execute. DuckDB uses all cores (its default).
 *
 * <pre>{@code
 * PreparedStatement count = prepare("SELECT count(*) FROM customers WHERE " + condition.sql(), condition);
 * }</pre>
 */
public abstract class DuckDbState extends WorkloadState {
    private DuckDbTable table;
    private final List<PreparedStatement> statements = new ArrayList<>();

    /** Loads the workload; call first from the subclass's setup. */
    protected final void loadTable() throws SQLException {
        long start = System.nanoTime();
        table = DuckDbTable.load(workload().customers());
        System.out.printf("%n# DuckDB: %,d customers loaded with the Appender in %.1f s, %,d bytes in memory%n",
                customers, (System.nanoTime() - start) / 1e9, table.memoryBytes());
    }

    /** The loaded table. */
    protected final DuckDbTable table() {
        return table;
    }

    /** A statement for {@code sql} with the conditions' values bound in order; closed at tear-down. */
    protected final PreparedStatement prepare(String sql, List<SqlCondition> conditions) throws SQLException {
        PreparedStatement statement = table.connection().prepareStatement(sql);
        int next = 1;
        for (SqlCondition condition : conditions) {
            next = condition.bind(statement, next);
        }
        statements.add(statement);
        return statement;
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.close();
        }
        statements.clear();
        if (table != null) {
            table.close();
        }
    }
}
