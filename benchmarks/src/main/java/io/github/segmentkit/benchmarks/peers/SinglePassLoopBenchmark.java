package io.github.segmentkit.benchmarks.peers;

import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.activeMobile;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.churnRisk;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.dach;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.families;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.frequentBuyers;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.highIncome;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.lapsed;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.loyalSpenders;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.nearBerlin;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.newSignups;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.newsletterFree;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.noSportsEnDe;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.offline;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.outdoor;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.recentBuyers;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.southAsiaMidIncome;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.techGamers;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.unengaged;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.youngAdults;

import io.github.segmentkit.benchmarks.workload.Answers;
import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import io.github.segmentkit.benchmarks.workload.LongLivedData;
import io.github.segmentkit.benchmarks.workload.WorkloadState;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * Peer (2): one hand-written loop over the records that evaluates all 20 predicates per customer, each read of a
 * customer shared by every segment; {@code vip_at_risk} reuses the two answers it is built from.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar SinglePassLoopBenchmark -p customers=1000000
 * }</pre>
 */
public class SinglePassLoopBenchmark extends WorkloadState {
    private List<BenchCustomer> list;

    @Setup(Level.Trial)
    public void setUp() {
        list = workload().customers();
        Answers.check("single-pass loop", workload().expectedCounts(), counts());
        LongLivedData.settle();
    }

    /** The member count of each segment. */
    @Benchmark
    public int[] counts() {
        int[] c = new int[20];
        for (BenchCustomer customer : list) {
            c[0] += youngAdults(customer) ? 1 : 0;
            c[1] += highIncome(customer) ? 1 : 0;
            c[2] += dach(customer) ? 1 : 0;
            c[3] += southAsiaMidIncome(customer) ? 1 : 0;
            c[4] += outdoor(customer) ? 1 : 0;
            c[5] += techGamers(customer) ? 1 : 0;
            c[6] += recentBuyers(customer) ? 1 : 0;
            c[7] += lapsed(customer) ? 1 : 0;
            c[8] += newSignups(customer) ? 1 : 0;
            c[9] += activeMobile(customer) ? 1 : 0;
            c[10] += nearBerlin(customer) ? 1 : 0;
            boolean loyal = loyalSpenders(customer);
            c[11] += loyal ? 1 : 0;
            c[12] += newsletterFree(customer) ? 1 : 0;
            boolean churn = churnRisk(customer);
            c[13] += churn ? 1 : 0;
            c[14] += offline(customer) ? 1 : 0;
            c[15] += families(customer) ? 1 : 0;
            c[16] += frequentBuyers(customer) ? 1 : 0;
            c[17] += unengaged(customer) ? 1 : 0;
            c[18] += noSportsEnDe(customer) ? 1 : 0;
            c[19] += loyal && churn ? 1 : 0;
        }
        return c;
    }
}
