package io.github.segmentkit.benchmarks.peers.duckdb;

import io.github.segmentkit.benchmarks.workload.Answers;
import io.github.segmentkit.benchmarks.workload.LongLivedData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Peer (5), DuckDB in-process through JDBC, the 20 counts in four formulations: one query with 20
 * {@code count(*) FILTER (WHERE …)} or twenty {@code SELECT count(*) … WHERE …} queries, with tags as a
 * {@code VARCHAR[]} list or a {@code BIGINT} bit mask.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar DuckDbCountsBenchmark -p formulation=SEPARATE_MASK
 * }</pre>
 */
public class DuckDbCountsBenchmark extends DuckDbState {
    /** How the counts are asked for. */
    public enum Formulation {
        FILTER_LIST(true, TagEncoding.LIST),
        FILTER_MASK(true, TagEncoding.MASK),
        SEPARATE_LIST(false, TagEncoding.LIST),
        SEPARATE_MASK(false, TagEncoding.MASK);

        private final boolean oneQuery;
        private final TagEncoding tags;

        Formulation(boolean oneQuery, TagEncoding tags) {
            this.oneQuery = oneQuery;
            this.tags = tags;
        }
    }

    @Param({"FILTER_LIST", "FILTER_MASK", "SEPARATE_LIST", "SEPARATE_MASK"})
    public Formulation formulation;

    private final List<PreparedStatement> queries = new ArrayList<>();

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        loadTable();
        List<SqlCondition> conditions = SegmentSql.conditions(formulation.tags);
        if (formulation.oneQuery) {
            String filters = conditions.stream().map(c -> "count(*) FILTER (WHERE " + c.sql() + ")")
                    .collect(Collectors.joining(", "));
            queries.add(prepare("SELECT " + filters + " FROM customers", conditions));
        } else {
            for (SqlCondition condition : conditions) {
                queries.add(prepare("SELECT count(*) FROM customers WHERE " + condition.sql(), List.of(condition)));
            }
        }
        Answers.check("duckdb " + formulation, workload().expectedCounts(), counts());
        LongLivedData.settle();
    }

    /** The member count of each segment. */
    @Benchmark
    public int[] counts() throws SQLException {
        int[] counts = new int[SegmentSql.conditions(formulation.tags).size()];
        int next = 0;
        for (PreparedStatement query : queries) {
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                int columns = rows.getMetaData().getColumnCount();
                for (int column = 1; column <= columns; column++) {
                    counts[next++] = rows.getInt(column);
                }
            }
        }
        return counts;
    }
}
