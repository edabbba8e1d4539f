package io.github.segmentkit.api.result;

import java.util.List;
import java.util.PrimitiveIterator;
import java.util.Set;

/**
 * The outcome of one segmentation run: for each segment its members, and for each customer its segments. Every
 * customer of the input is accounted for: {@link #customerCount()} always equals the input size, and customers in no
 * segment are listed by {@link #unsegmentedIds()}.
 *
 * <p>Rows are the 0-based positions of customers in the input. Ids are what the schema's id extractor returned;
 * they need not be unique for counts, but the {@code ById} lookups require the id to name one row. Methods say which
 * one they take: {@code segmentsOfRow(int)} or {@code segmentsOfId(long)}, {@code isMemberByRow} or
 * {@code isMemberById}.
 *
 * <pre>{@code
 * SegmentationResult result = segmenter.segment(customers);
 * int young = result.count("outdoor-young");
 * long[] ids = result.memberIds("outdoor-young");
 * Set<String> segments = result.segmentsOfId(42L);
 * boolean vip = result.isMemberById("outdoor-young", 42L);
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface SegmentationResult {

    /** How many customers were segmented: the input size. */
    int customerCount();

    /** The segment names, in the order the segments were declared. */
    List<String> segmentNames();

    /**
     * How many customers belong to {@code segment}.
     *
     * @throws IllegalArgumentException naming the segment when it is not one of {@link #segmentNames()}
     */
    int count(String segment);

    /** The ids of the members of {@code segment}, in input order. */
    long[] memberIds(String segment);

    /** The rows of the members of {@code segment}, ascending, without boxing. */
    PrimitiveIterator.OfInt memberRows(String segment);

    /**
     * Whether the customer at {@code row} (0-based input position) belongs to {@code segment}.
     *
     * @throws IllegalArgumentException  when the segment is unknown
     * @throws IndexOutOfBoundsException when the row is outside {@code [0, customerCount())}
     */
    boolean isMemberByRow(String segment, int row);

    /**
     * Whether the customer with this id belongs to {@code segment}.
     *
     * @throws IllegalArgumentException when the segment is unknown, or when no customer, or more than one, has this id
     */
    boolean isMemberById(String segment, long customerId);

    /** The id of the customer at {@code row} (0-based input position). */
    long customerId(int row);

    /** The segments of the customer at {@code row} (0-based input position), in declaration order. */
    Set<String> segmentsOfRow(int row);

    /**
     * The segments of the customer with this id, in declaration order.
     *
     * @throws IllegalArgumentException when no customer, or more than one, has this id
     */
    Set<String> segmentsOfId(long customerId);

    /** How many customers belong to no segment. */
    int unsegmentedCount();

    /** The ids of the customers in no segment, in input order. */
    long[] unsegmentedIds();
}
