package io.github.segmentkit.benchmarks.peers.duckdb;

import io.github.segmentkit.benchmarks.workload.Answers;
import io.github.segmentkit.benchmarks.workload.IdBuffer;
import io.github.segmentkit.benchmarks.workload.LongLivedData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Peer (5), DuckDB: the member ids of all 20 segments, one {@code SELECT id … WHERE …} per segment, read through
 * JDBC into a {@code long[]} each.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar DuckDbMemberIdsBenchmark -p tags=MASK
 * }</pre>
 */
public class DuckDbMemberIdsBenchmark extends DuckDbState {
    @Param({"LIST", "MASK"})
    public TagEncoding tags;

    private final List<PreparedStatement> queries = new ArrayList<>();

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        loadTable();
        for (SqlCondition condition : SegmentSql.conditions(tags)) {
            queries.add(prepare("SELECT id FROM customers WHERE " + condition.sql(), List.of(condition)));
        }
        Answers.check("duckdb member ids " + tags, workload().expectedCounts(), Answers.sizes(memberIds()));
        LongLivedData.settle();
    }

    /** The member ids of each segment. */
    @Benchmark
    public long[][] memberIds() throws SQLException {
        long[][] ids = new long[queries.size()][];
        for (int s = 0; s < ids.length; s++) {
            IdBuffer found = new IdBuffer();
            try (ResultSet rows = queries.get(s).executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getLong(1));
                }
            }
            ids[s] = found.toArray();
        }
        return ids;
    }
}
