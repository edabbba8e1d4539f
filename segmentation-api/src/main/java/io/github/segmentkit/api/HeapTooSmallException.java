package io.github.segmentkit.api;

/**
 * A columnar table would not fit in the heap: said up front, with the estimate, instead of an
 * {@code OutOfMemoryError} deep inside the engine minutes later. The estimate comes from the first chunk the engine
 * built (a few thousand customers) scaled to the whole input, and is compared with the maximum heap ({@code -Xmx}),
 * so the refusal is certain, never a guess about free memory.
 *
 * <pre>{@code
 * try {
 *     segmenter.segment(customers);
 * } catch (HeapTooSmallException e) {
 *     log.error("raise -Xmx to at least {} bytes", e.estimatedBytes());
 * }
 * }</pre>
 */
public class HeapTooSmallException extends SegmentKitException {
    private static final long serialVersionUID = 1L;

    private final long rows;
    private final long estimatedBytes;
    private final long maxHeapBytes;

    /**
     * @param rows           the customers to be read
     * @param estimatedBytes the estimated size of their table
     * @param maxHeapBytes   the maximum heap of this JVM
     */
    public HeapTooSmallException(long rows, long estimatedBytes, long maxHeapBytes) {
        super(String.format(java.util.Locale.ROOT, "a table of %,d customers needs about %,d MB, more than the"
                + " maximum heap of %,d MB: raise -Xmx, or segment fewer customers at a time",
                rows, estimatedBytes >> 20, maxHeapBytes >> 20));
        this.rows = rows;
        this.estimatedBytes = estimatedBytes;
        this.maxHeapBytes = maxHeapBytes;
    }

    /** The customers to be read. */
    public long rows() {
        return rows;
    }

    /** The estimated size of their table, in bytes. */
    public long estimatedBytes() {
        return estimatedBytes;
    }

    /** The maximum heap of this JVM ({@code Runtime.maxMemory()}), in bytes. */
    public long maxHeapBytes() {
        return maxHeapBytes;
    }
}
