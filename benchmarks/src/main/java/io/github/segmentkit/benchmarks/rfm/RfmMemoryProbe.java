package io.github.segmentkit.benchmarks.rfm;

import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmAggregator;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmAnalysis;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * Measures the live heap each RFM implementation holds at its peak, when both read the same lines streamed from
 * the generator (nothing materialised beforehand): the library holds per-customer state after aggregating; the
 * hand-written version holds the grouped lines. Prints the live heap after a full GC at that point, minus the heap
 * before, and the CPU time of each run (this thread only, so less disturbed by other processes than wall time on a
 * shared machine, but without GC threads), and checks that the segments agree.
 *
 * <p>Run: {@code java -Xmx8g -cp benchmarks/target/benchmarks.jar
 * io.github.segmentkit.benchmarks.rfm.RfmMemoryProbe 1000000 10000000}.
 */
public final class RfmMemoryProbe {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private RfmMemoryProbe() {
    }

    public static void main(String[] args) {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long lines = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000;
        TransactionGenerator generator = new TransactionGenerator(customers, lines, 42);

        long before = liveHeap();
        long cpu = cpuNanos();
        RfmAnalysis analysis = LibraryRfm.analysis(TransactionGenerator.ANALYSIS_TIME);
        RfmAggregator aggregator = analysis.aggregator();
        generator.forEach(aggregator::accept);
        long libraryCpu = cpuNanos() - cpu;
        long libraryPeak = liveHeap() - before;
        cpu = cpuNanos();
        Map<Long, String> library = LibraryRfm.segments(analysis.analyse(aggregator));
        libraryCpu += cpuNanos() - cpu;
        aggregator = null;

        before = liveHeap();
        cpu = cpuNanos();
        var grouped = HashMapStreamsRfm.group(StreamSupport.stream(generator.spliterator(), false));
        long handWrittenCpu = cpuNanos() - cpu;
        long handWrittenPeak = liveHeap() - before;
        cpu = cpuNanos();
        Map<Long, String> handWritten = HashMapStreamsRfm.segment(grouped, TransactionGenerator.ANALYSIS_TIME);
        handWrittenCpu += cpuNanos() - cpu;
        grouped = null;

        if (!library.equals(handWritten)) {
            throw new IllegalStateException("the two implementations disagree");
        }
        System.out.printf(Locale.ROOT, "%d lines, %d customers scored%n", lines, library.size());
        System.out.printf(Locale.ROOT, "live heap after reading all lines: library %.1f MB (%.0f B/customer), "
                + "hash map and streams %.1f MB (%.0f B/customer); ratio %.1fx%n", libraryPeak / 1e6,
                (double) libraryPeak / library.size(), handWrittenPeak / 1e6,
                (double) handWrittenPeak / library.size(), (double) handWrittenPeak / libraryPeak);
        System.out.printf(Locale.ROOT, "CPU time incl. generating the lines: library %.1f s, hash map and streams "
                + "%.1f s; ratio %.2fx%n", libraryCpu / 1e9, handWrittenCpu / 1e9, (double) handWrittenCpu / libraryCpu);
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
