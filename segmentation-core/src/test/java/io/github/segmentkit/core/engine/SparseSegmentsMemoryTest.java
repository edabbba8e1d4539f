package io.github.segmentkit.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.core.engine.HeapTooSmallTest.Population;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Memory proportional to the table plus the results: 10,000 sparse segments over a million customers, in a separate
 * JVM whose heap is 4 &times; the table's bytes + 256 MB. The engine used to allocate an uncompressed bitmap per
 * segment over the whole table first (10,000 &times; 125 kB = 1.25 GB) and ran out of memory.
 *
 * <p>Segment {@code s} holds the customers whose {@code a} is {@code s * 97}, and {@code a} of customer {@code i} is
 * {@code i % 999_983} (a prime): so the members are known without the engine, one or two per segment.
 */
class SparseSegmentsMemoryTest {
    static final int CUSTOMERS = 1_000_000;
    static final int SEGMENTS = 10_000;
    private static final LongAttribute A = Attribute.ofLong("a");
    private static final LongAttribute B = Attribute.ofLong("b");

    static CustomerSchema<Long> schema() {
        return CustomerSchema.<Long>builder(id -> id).numeric(A, id -> id % 999_983).numeric(B, id -> id / 3).build();
    }

    static List<Segment> segments() {
        List<Segment> segments = new ArrayList<>(SEGMENTS);
        for (int s = 0; s < SEGMENTS; s++) {
            segments.add(Segment.named("s" + s).where(A.eq(s * 97L)));
        }
        return segments;
    }

    /** The child JVM: segments everyone and prints the total of members and the number of wrong segments. */
    public static void main(String[] args) {
        ColumnarSegmenter<Long> segmenter = (ColumnarSegmenter<Long>) io.github.segmentkit.api.Segmenter
                .builder(schema()).addAll(segments()).parallelism(2).build();
        try {
            RoaringSegmentationResult result = segmenter.segment(new Population(CUSTOMERS));
            long total = 0;
            int wrong = 0;
            for (int s = 0; s < SEGMENTS; s++) {
                long value = s * 97L;
                // independently: customers i < CUSTOMERS with i % 999_983 == value
                int expected = value + 999_983 < CUSTOMERS ? 2 : 1;
                total += result.count("s" + s);
                wrong += result.count("s" + s) == expected && result.isMemberById("s" + s, value) ? 0 : 1;
            }
            System.out.println("segmented: " + total + " members, " + wrong + " wrong segments");
        } catch (OutOfMemoryError e) {
            System.out.println("out of memory: " + e.getMessage());
        }
    }

    @Test
    void should_segment_ten_thousand_sparse_segments_in_four_times_the_table_plus_256_mb() throws Exception {
        long tableBytes = CustomerTable.of(schema(), new Population(CUSTOMERS), 8192).memoryBytes();
        long heapMb = (4 * tableBytes >> 20) + 256;

        String last = runWithHeap(heapMb);

        // members: 10,000 segments, those with s * 97 + 999,983 < 1,000,000 (s < 1) have two
        assertThat(last).as("child JVM with -Xmx%dm (table %d bytes)", heapMb, tableBytes)
                .isEqualTo("segmented: 10001 members, 0 wrong segments");
    }

    private static String runWithHeap(long heapMb) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx" + heapMb + "m", "-cp", System.getProperty("java.class.path"),
                SparseSegmentsMemoryTest.class.getName()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return output.lines().filter(l -> !l.startsWith("[") && !l.startsWith("SLF4J")).reduce((a, b) -> b)
                .orElse(output);
    }
}
