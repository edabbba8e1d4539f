package io.github.segmentkit.io.membership;

import io.github.segmentkit.api.InvalidCustomerDataException;
import io.github.segmentkit.api.internal.SafeText;
import io.github.segmentkit.api.result.SegmentationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.PrimitiveIterator;
import java.util.function.Consumer;
import org.roaringbitmap.longlong.Roaring64Bitmap;

/**
 * The memberships of one segmentation run, in a fixed order: segment by segment in declaration order, members in
 * input order, then (when asked for) one row per unsegmented customer. The table writer, the CSV writer and a
 * callback all read this one sequence, so they cannot disagree.
 *
 * <p>Every customer is accounted for. By default a customer in no segment has no row, so the written memberships
 * say nothing about it: a reader cannot tell an unsegmented customer from one that was not in the run. With
 * {@link #withUnsegmentedAs(String)} each such customer gets exactly one row under that label, and the rows then
 * name every customer of the run; a snapshot read back with the same label restores the whole population.
 *
 * <pre>{@code
 * MembershipRows rows = MembershipRows.of(result).withUnsegmentedAs("unsegmented");
 * rows.forEach(m -> crm.tag(m.customerId(), m.segment()));   // streamed: no list of rows is built
 * long written = rows.count();   // memberships plus one row per unsegmented customer
 * }</pre>
 *
 * <p>Customer ids must be unique within the run (memberships are keyed by id); {@link #of} checks it. Immutable
 * and thread-safe when the result is (results are).
 */
public final class MembershipRows {
    private final SegmentationResult result;
    private final String unsegmentedLabel;

    private MembershipRows(SegmentationResult result, String unsegmentedLabel) {
        this.result = result;
        this.unsegmentedLabel = unsegmentedLabel;
    }

    /**
     * The memberships of {@code result}; unsegmented customers get no row.
     *
     * @throws InvalidCustomerDataException naming the id and both rows when two customers of the run share an id
     */
    public static MembershipRows of(SegmentationResult result) {
        Objects.requireNonNull(result, "result");
        requireUniqueIds(result);
        return new MembershipRows(result, null);
    }

    /**
     * The same memberships plus one row per customer in no segment, whose segment is {@code label}.
     *
     * @throws IllegalArgumentException when the label is blank, holds a control character or is the name of one of
     *                                  the run's segments (the rows would then be ambiguous)
     */
    public MembershipRows withUnsegmentedAs(String label) {
        Objects.requireNonNull(label, "label");
        if (label.isBlank() || label.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("the unsegmented label must be a non-blank name without control "
                    + "characters, got '" + SafeText.escapeControls(label) + "'");
        }
        if (result.segmentNames().contains(label)) {
            throw new IllegalArgumentException("the unsegmented label '" + label
                    + "' is also the name of a segment of the run; choose another, e.g. '(unsegmented)'");
        }
        return new MembershipRows(result, label);
    }

    /** The run these rows come from. */
    public SegmentationResult result() {
        return result;
    }

    /** The label of unsegmented customers' rows, if they get rows. */
    public Optional<String> unsegmentedLabel() {
        return Optional.ofNullable(unsegmentedLabel);
    }

    /** Every segment name a row can carry: the run's segments in declaration order, then the label if any. */
    public List<String> segmentNames() {
        List<String> names = new ArrayList<>(result.segmentNames());
        if (unsegmentedLabel != null) {
            names.add(unsegmentedLabel);
        }
        return List.copyOf(names);
    }

    /** How many rows {@link #forEach} gives: the sum of the segment counts, plus the unsegmented count if labelled. */
    public long count() {
        long count = 0;
        for (String segment : result.segmentNames()) {
            count += result.count(segment);
        }
        return unsegmentedLabel == null ? count : count + result.unsegmentedCount();
    }

    /** Gives every row to {@code consumer}, in the order described above, one at a time. */
    public void forEach(Consumer<? super Membership> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        for (String segment : result.segmentNames()) {
            PrimitiveIterator.OfInt rows = result.memberRows(segment);
            while (rows.hasNext()) {
                consumer.accept(new Membership(result.customerId(rows.nextInt()), segment));
            }
        }
        if (unsegmentedLabel != null) {
            for (long id : result.unsegmentedIds()) {
                consumer.accept(new Membership(id, unsegmentedLabel));
            }
        }
    }

    private static void requireUniqueIds(SegmentationResult result) {
        Roaring64Bitmap seen = new Roaring64Bitmap();
        for (int row = 0; row < result.customerCount(); row++) {
            long id = result.customerId(row);
            if (seen.contains(id)) {
                throw duplicate(result, row, id);
            }
            seen.addLong(id);
        }
    }

    private static InvalidCustomerDataException duplicate(SegmentationResult result, int row, long id) {
        int first = 0;
        while (result.customerId(first) != id) {
            first++;
        }
        return new InvalidCustomerDataException(row, Long.toString(id), null, "the id is also the id of row "
                + first + " (0-based); memberships are keyed by customer id, so ids must be unique within a run",
                null);
    }
}
