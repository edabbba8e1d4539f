package io.github.segmentkit.benchmarks.rfm;

import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmReport;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.Transaction;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * RFM over generated Online-Retail-like lines (default 1M customers, 10M lines): the library's streamed
 * aggregator and quintile model against a hand-written HashMap-and-streams version. Setup checks that both give
 * every customer the same segment. Run: {@code java -jar benchmarks/target/benchmarks.jar RfmBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class RfmBenchmark {
    @Param("1000000")
    int customers;

    @Param("10000000")
    long lines;

    private List<Transaction> transactions;

    @Setup(Level.Trial)
    public void generate() {
        transactions = new TransactionGenerator(customers, lines, 42).toList();
        Map<Long, String> library = LibraryRfm.segments(segmentKit());
        Map<Long, String> handWritten = hashMapAndStreams();
        if (!library.equals(handWritten)) {
            throw new IllegalStateException("the two implementations disagree: " + library.size() + " vs "
                    + handWritten.size() + " customers");
        }
    }

    @Benchmark
    public RfmReport segmentKit() {
        return LibraryRfm.run(transactions, TransactionGenerator.ANALYSIS_TIME);
    }

    @Benchmark
    public Map<Long, String> hashMapAndStreams() {
        return HashMapStreamsRfm.run(transactions.stream(), TransactionGenerator.ANALYSIS_TIME);
    }
}
