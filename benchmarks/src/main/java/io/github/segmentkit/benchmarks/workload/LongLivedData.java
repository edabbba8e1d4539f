package io.github.segmentkit.benchmarks.workload;

/**
 * Moves what a benchmark's set-up built (customers, tables, live structures: gigabytes at ten million customers) out
 * of the young generation before anything is measured, as a CRM process's long-lived data would have moved long ago.
 *
 * <p>Left in the young generation, that data is copied by every young collection until it is old enough to be
 * promoted: with {@code -XX:+UseParallelGC} and a 16 GB heap, the 700 MB survivor space stayed full of set-up data,
 * and each young collection during {@code PrebuiltTableBenchmark.segment} at ten million customers (whose results,
 * 20.7 MB a run, fill the eden every few seconds) took 1.3 to 8.5 seconds, landing in whichever iteration it fell
 * (benchmarks/README.md, "Set-up data in the young generation"). One full collection at the end of the set-up moves it
 * to the old generation once; young collections then copy only what the measured code keeps alive.
 *
 * <pre>{@code
 * public void setUp() {                                  // a @Setup(Level.Trial) method
 *     table = engine.table(workload().customers());
 *     LongLivedData.settle();
 * }
 * }</pre>
 */
public final class LongLivedData {
    private LongLivedData() {
    }

    /** A full collection, outside any measurement: the set-up's data, still reachable, ends in the old generation. */
    public static void settle() {
        System.gc();
    }
}
