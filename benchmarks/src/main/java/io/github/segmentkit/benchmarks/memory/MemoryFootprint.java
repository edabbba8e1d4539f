package io.github.segmentkit.benchmarks.memory;

import io.github.segmentkit.benchmarks.bound.TouchedColumns;
import io.github.segmentkit.benchmarks.peers.duckdb.DuckDbTable;
import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import io.github.segmentkit.benchmarks.workload.BenchSegments;
import io.github.segmentkit.benchmarks.workload.Workload;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.core.engine.ColumnarSegmenter;
import java.io.PrintStream;
import java.util.List;
import org.openjdk.jol.info.GraphLayout;

/**
 * Bytes per customer of each representation of the workload, measured by walking the object graph with JOL's
 * {@link GraphLayout} (every reachable object, headers and padding included; shared objects such as interned
 * strings counted once): the {@code List} of records, our {@link CustomerTable}, plain primitive columns of every
 * attribute ({@link TouchedColumns}); DuckDB's own report of its off-heap storage. Not a JMH benchmark: a command.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.segmentkit.benchmarks.memory.MemoryFootprint 1000000
 * }</pre>
 */
public final class MemoryFootprint {
    static {
        // records and lambdas refuse Unsafe.objectFieldOffset; JOL then finds offsets by its own probing
        System.setProperty("jol.magicFieldOffset", "true");
    }

    private MemoryFootprint() {
    }

    /** Prints the table for the size given as the only argument (default 1,000,000). */
    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        measure(size).forEach(line -> line.print(System.out, size));
    }

    /** One representation and its size in bytes. */
    public record Line(String representation, long bytes) {
        void print(PrintStream out, int customers) {
            out.printf("%-44s %,15d bytes %8.1f B/customer%n", representation, bytes, bytes / (double) customers);
        }
    }

    /** Measures every representation of the workload of {@code size} customers. */
    public static List<Line> measure(int size) throws Exception {
        List<BenchCustomer> customers = Workload.of(size).customers();
        long records = GraphLayout.parseInstance(customers).totalSize();
        CustomerTable<BenchCustomer> table = ColumnarSegmenter.of(BenchSegments.segmenter(1)).table(customers);
        long tableBytes = GraphLayout.parseInstance(table).totalSize();
        long columns = GraphLayout.parseInstance(TouchedColumns.of(customers)).totalSize();
        long duckdb;
        try (DuckDbTable loaded = DuckDbTable.load(customers)) {
            duckdb = loaded.memoryBytes();
        }
        return List.of(new Line("List<BenchCustomer> (records)", records),
                new Line("SegmentKit CustomerTable (JOL)", tableBytes),
                new Line("SegmentKit CustomerTable (its own estimate)", table.memoryBytes()),
                new Line("plain primitive columns (bound benchmark)", columns),
                new Line("DuckDB duckdb_memory() (off-heap)", duckdb));
    }
}
