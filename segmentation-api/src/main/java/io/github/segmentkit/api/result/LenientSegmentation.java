package io.github.segmentkit.api.result;

import java.util.List;
import java.util.Objects;

/**
 * What a lenient run ({@link io.github.segmentkit.api.Segmenter#segmentLeniently}) gives: the segmentation of the
 * customers that could be read, and a {@link RejectedRow} for each one that could not. Every input customer is in
 * exactly one of the two: {@code result().customerCount() + rejects().size() == inputCount()}.
 *
 * <p>Rows are numbered two ways. The rows of {@link #result()} are 0-based positions among the segmented customers
 * only; {@link #inputRowOf(int)} maps one back to its 0-based position in the input. A reject's
 * {@link RejectedRow#line()} is 1-based, like every reject: the customer at input position {@code p} is line
 * {@code p + 1}.
 *
 * <pre>{@code
 * LenientSegmentation run = segmenter.segmentLeniently(customers);
 * run.rejects().forEach(reject -> log.warn("skipped {}", reject));   // "line 3, column 'age': customer 7: …"
 * SegmentationResult result = run.result();                           // the other customers
 * long position = run.inputRowOf(0);                                  // where result row 0 was in the input
 * }</pre>
 *
 * <p>Immutable and thread-safe when its result is.
 */
public final class LenientSegmentation {
    private final SegmentationResult result;
    private final List<RejectedRow> rejects;
    private final long[] inputRows;

    /**
     * A lenient run's outcome.
     *
     * @param result    the segmentation of the readable customers, in input order
     * @param rejects   the unreadable customers, in input order, each at line = its input position + 1
     * @param inputRows for each row of {@code result}, its 0-based input position
     * @throws IllegalArgumentException unless the result's rows and the rejects together are the input positions
     *                                  {@code 0..n-1}, each exactly once, both in ascending order
     */
    public LenientSegmentation(SegmentationResult result, List<RejectedRow> rejects, long[] inputRows) {
        this.result = Objects.requireNonNull(result, "result");
        this.rejects = List.copyOf(rejects);
        this.inputRows = inputRows.clone();
        if (this.inputRows.length != result.customerCount()) {
            throw new IllegalArgumentException("the result has " + result.customerCount() + " customers but "
                    + this.inputRows.length + " input rows are given");
        }
        long inputCount = (long) this.inputRows.length + this.rejects.size();
        boolean[] seen = new boolean[Math.toIntExact(inputCount)];
        mark(seen, this.inputRows, "segmented row");
        mark(seen, this.rejects.stream().mapToLong(reject -> reject.line() - 1).toArray(), "rejected line - 1");
    }

    private static void mark(boolean[] seen, long[] positions, String what) {
        for (int i = 0; i < positions.length; i++) {
            long position = positions[i];
            if (position < 0 || position >= seen.length || seen[(int) position]) {
                throw new IllegalArgumentException(what + " " + position + " is outside the input (0.."
                        + (seen.length - 1) + ") or given twice");
            }
            if (i > 0 && positions[i - 1] >= position) {
                throw new IllegalArgumentException(what + "s must ascend: " + positions[i - 1] + " then "
                        + position);
            }
            seen[(int) position] = true;
        }
    }

    /** The segmentation of the customers that could be read. */
    public SegmentationResult result() {
        return result;
    }

    /** The customers that could not be read, in input order. */
    public List<RejectedRow> rejects() {
        return rejects;
    }

    /** The number of customers in the input: segmented plus rejected. */
    public long inputCount() {
        return (long) inputRows.length + rejects.size();
    }

    /**
     * The 0-based input position of row {@code row} of {@link #result()}.
     *
     * @throws IndexOutOfBoundsException when {@code row} is not a row of the result
     */
    public long inputRowOf(int row) {
        Objects.checkIndex(row, inputRows.length);
        return inputRows[row];
    }
}
