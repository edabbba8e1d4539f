package io.github.segmentkit.api;

import io.github.segmentkit.api.internal.LenientRun;
import io.github.segmentkit.api.result.LenientSegmentation;
import io.github.segmentkit.api.result.RejectedRow;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.util.List;
import java.util.Set;

/**
 * Puts customers into segments: all of them at once ({@link #segment}) or one at a time ({@link #segmentsOf}), with
 * the same answer for a customer either way.
 *
 * <pre>{@code
 * Segmenter<Customer> segmenter = Segmenter.builder(schema)
 *         .add(Segment.named("outdoor-young").where(AGE.between(25, 34).and(INTERESTS.containsAny("hiking"))))
 *         .asOf(LocalDate.of(2024, 3, 31))
 *         .build();
 *
 * SegmentationResult result = segmenter.segment(customers);   // bulk
 * Set<String> mine = segmenter.segmentsOf(oneCustomer);       // one customer
 * }</pre>
 *
 * <p>Implementations come from an engine found with {@link java.util.ServiceLoader} (add
 * {@code segmentation-core}); they are immutable and thread-safe.
 *
 * @param <T> the customer type
 */
public interface Segmenter<T> {

    /** Starts building a segmenter for customers described by {@code schema}. */
    static <T> SegmenterBuilder<T> builder(CustomerSchema<T> schema) {
        return new SegmenterBuilder<>(schema);
    }

    /** The schema customers are read with. */
    CustomerSchema<T> schema();

    /** The segments, in declaration order. */
    List<Segment> segments();

    /**
     * Segments every customer, in one pass over {@code customers}, evaluated as of the builder's date or clock.
     *
     * @throws InvalidCustomerDataException when a customer's data cannot be read, naming its row (0-based position in
     *                                      {@code customers}), its id and the attribute
     */
    SegmentationResult segment(Iterable<? extends T> customers);

    /**
     * Segments every customer that can be read and sets the others aside, where {@link #segment} would fail on the
     * first of them: a {@code null}, or a customer whose id or an attribute cannot be read, becomes a
     * {@link RejectedRow} (line = its 0-based input position + 1, column = the attribute, reason = what is wrong),
     * and the rest are segmented as {@code segment} would segment them. Every input customer is either segmented or
     * rejected ({@link LenientSegmentation}). {@link #segment} stays strict.
     *
     * <pre>{@code
     * LenientSegmentation run = segmenter.segmentLeniently(customers);
     * if (!run.rejects().isEmpty()) {
     *     log.warn("{} of {} customers skipped, first: {}", run.rejects().size(), run.inputCount(),
     *             run.rejects().get(0));
     * }
     * }</pre>
     *
     * <p>The default checks each customer with {@link #segmentsOf} first; engines override it with a cheaper check.
     * Errors ({@code OutOfMemoryError}, say) and other exceptions are thrown as by {@code segment}.
     */
    default LenientSegmentation segmentLeniently(Iterable<? extends T> customers) {
        return LenientRun.run(customers, this::segmentsOf, this::segment);
    }

    /**
     * The names of the segments {@code customer} belongs to, in declaration order.
     *
     * @throws InvalidCustomerDataException when the customer's data cannot be read, naming its id and the attribute
     */
    Set<String> segmentsOf(T customer);
}
