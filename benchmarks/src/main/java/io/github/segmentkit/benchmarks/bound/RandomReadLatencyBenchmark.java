package io.github.segmentkit.benchmarks.bound;

import io.github.segmentkit.benchmarks.workload.BenchmarkSettings;
import io.github.segmentkit.benchmarks.workload.LongLivedData;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The bound for what one live change costs: reads of memory at random, each address computed from the word the
 * previous read returned, so that no two are in flight at once (a dependent read, a pointer chase), over a heap
 * footprint of {@link #megabytes} MB. A change to a customer not touched lately (the live benchmarks'
 * {@code oneColdChange}) reads its id's entry, its record, its filings, its bucket entries and its member words, each
 * a cache miss that often needs the one before it; run this in the same JMH invocation and a change reads as "so
 * many dependent misses" of this machine, as the engine reads as a multiple of {@link LongArrayBoundBenchmark}.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar 'RandomReadLatencyBenchmark|LiveSegmentationBenchmark.oneColdChange' \
 *      -p megabytes=1024,16384 -p customers=10000000 -jvmArgs '-Xms20g -Xmx20g -XX:+AlwaysPreTouch -XX:+UseParallelGC'
 * }</pre>
 *
 * <p>Every word is 1, so a run of {@value #READS} reads returns exactly {@value #READS} more than its start: the
 * set-up checks that, which proves each read happened and fed the next address.
 */
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// a young generation of 1 GB, appended to whatever heap -jvmArgs gives: the pages are long-lived, and 16 GB of them
// fit the old generation of a 20 GB heap only when the young one is small
@Fork(value = 1, jvmArgs = {"-Xms20g", "-Xmx20g", "-XX:+AlwaysPreTouch", "-XX:+UseParallelGC"},
        jvmArgsAppend = "-Xmn1g")
public class RandomReadLatencyBenchmark extends BenchmarkSettings {
    static final int READS = 1_000;
    /** The largest page: 2^27 words, 1 GB (an array holds at most 2^31 - 1 elements). */
    private static final int MAX_PAGE_WORDS = 1 << 27;
    private static final int WORDS_PER_MEGABYTE = (1 << 20) / Long.BYTES;

    /**
     * The memory read at random, in MB, a power of two: 16,384 is about the heap a live segmentation of ten million
     * customers fills; 1,024 fits the page tables' reach better; a few MB stay in the caches.
     */
    @Param({"1024", "16384"})
    public int megabytes;

    private long[][] pages;
    private int pageMask;
    private int wordMask;
    private long position = 1;

    @Setup(Level.Trial)
    public void setUp() {
        if (megabytes <= 0 || Integer.bitCount(megabytes) != 1) {
            throw new IllegalArgumentException("megabytes must be a power of two: " + megabytes);
        }
        long words = (long) megabytes * WORDS_PER_MEGABYTE;
        int pageWords = (int) Math.min(words, MAX_PAGE_WORDS);
        pages = new long[(int) (words / pageWords)][];
        for (int p = 0; p < pages.length; p++) {
            pages[p] = new long[pageWords];
            Arrays.fill(pages[p], 1L);
        }
        pageMask = pages.length - 1;
        wordMask = pageWords - 1;
        long before = position;
        long after = chase();
        if (after - before != READS) {
            throw new IllegalStateException("a chase of " + READS + " reads summed " + (after - before));
        }
        LongLivedData.settle();
    }

    /** {@value #READS} dependent reads at random; the time per read. */
    @Benchmark
    @OperationsPerInvocation(READS)
    public long dependentRead() {
        return chase();
    }

    private long chase() {
        long[][] pages = this.pages;
        long at = position;
        for (int i = 0; i < READS; i++) {
            // the next address mixes the running sum, so it is known only once the previous read has returned
            long mixed = at * 0x9E3779B97F4A7C15L;
            mixed ^= mixed >>> 29;
            long[] page = pages[(int) (mixed >>> 40) & pageMask];
            at += page[(int) mixed & wordMask];
        }
        position = at;
        return at;
    }
}
