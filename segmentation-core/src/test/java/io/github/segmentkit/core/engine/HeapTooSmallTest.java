package io.github.segmentkit.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.HeapTooSmallException;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A table that cannot fit in the heap is refused up front with the estimate and the maximum heap, not with an
 * {@code OutOfMemoryError} deep in a column writer. Run in a separate JVM with a 64 MB heap: 20 million customers of
 * three random whole numbers need far more (each value takes up to 8 bytes), 20 thousand far less.
 */
class HeapTooSmallTest {
    private static final LongAttribute A = Attribute.ofLong("a");
    private static final LongAttribute B = Attribute.ofLong("b");
    private static final LongAttribute C = Attribute.ofLong("c");

    /** Customers made on demand: the input itself takes no heap, so only the table can run out of it. */
    static final class Population extends AbstractList<Long> implements RandomAccess {
        private final int size;

        Population(int size) {
            this.size = size;
        }

        @Override
        public Long get(int index) {
            return (long) index;
        }

        @Override
        public int size() {
            return size;
        }
    }

    private static long value(long id, int attribute) {
        return new SplittableRandom(id * 3 + attribute).nextLong();
    }

    /** The child JVM: segments {@code args[0]} customers and prints how it ended. */
    public static void main(String[] args) {
        CustomerSchema<Long> schema = CustomerSchema.<Long>builder(id -> id)
                .numeric(A, id -> value(id, 0))
                .numeric(B, id -> value(id, 1))
                .numeric(C, id -> value(id, 2))
                .build();
        Segmenter<Long> segmenter = Segmenter.builder(schema).add(Segment.named("positive").where(A.gt(0L))).build();
        try {
            int members = segmenter.segment(new Population(Integer.parseInt(args[0]))).count("positive");
            System.out.println("segmented: " + members + " members");
        } catch (HeapTooSmallException e) {
            System.out.println("refused: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            System.out.println("out of memory: " + e.getMessage());
        }
    }

    private static String runWith64MbHeap(int customers) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                HeapTooSmallTest.class.getName(), Integer.toString(customers)).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return output.lines().filter(l -> !l.startsWith("[")).reduce((a, b) -> b).orElse(output);
    }

    @Test
    void should_refuse_a_table_larger_than_the_heap_up_front() throws Exception {
        String last = runWith64MbHeap(20_000_000);

        // the maximum heap a JVM reports for -Xmx64m depends on its collector (one survivor space less or not)
        assertThat(last).matches("refused: a table of 20,000,000 customers needs about [0-9,]+ MB, more than the"
                + " maximum heap of (6[0-4]) MB: raise -Xmx, or segment fewer customers at a time");
    }

    @Test
    void should_build_a_table_that_fits() throws Exception {
        assertThat(runWith64MbHeap(20_000)).startsWith("segmented: ");
    }

    @Test
    void should_say_nothing_for_a_population_of_unknown_size() {
        // an Iterable that is no Collection is read without an estimate, as before
        Iterable<Long> stream = () -> List.of(1L, 2L, 3L).iterator();
        CustomerTable<Long> table = CustomerTable.of(CustomerSchema.<Long>builder(id -> id)
                .numeric(A, id -> id).build(), stream);

        assertThat(table.rowCount()).isEqualTo(3);
    }
}
