package io.github.segmentkit.testing;

import io.github.segmentkit.api.result.SegmentationResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PrimitiveIterator;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link SegmentationResult}, obtained from {@link SegmentAssertions#assertThat}. Each
 * failure message names the segment or customer, what was expected and what the result holds, for example
 * {@code Expected segment 'vip' to have 3 members but it has 2}.
 *
 * <pre>{@code
 * assertThat(result)
 *         .hasCustomerCount(5)
 *         .hasMembers("vip", 1L, 2L)
 *         .customerIsNotIn(3L, "vip")
 *         .countsAddUpTo(5);
 * }</pre>
 *
 * <p>Customers are named by the id the schema's id extractor returned; an assertion about one customer fails when no
 * customer, or more than one, has that id. Lists of ids in messages stop after {@value #LISTED_IDS} ids and say how
 * many there are in all. Not thread-safe, like every AssertJ assertion object.
 */
public final class SegmentationResultAssert extends AbstractAssert<SegmentationResultAssert, SegmentationResult> {
    /** How many ids a failure message lists before it only says how many there are. */
    public static final int LISTED_IDS = 10;

    SegmentationResultAssert(SegmentationResult actual) {
        super(actual, SegmentationResultAssert.class);
    }

    /** Verifies that the result holds {@code expected} customers (the size of the segmented input). */
    public SegmentationResultAssert hasCustomerCount(int expected) {
        isNotNull();
        if (actual.customerCount() != expected) {
            fail("Expected the result to hold " + expected + " customers but it holds " + actual.customerCount());
        }
        return this;
    }

    /** Verifies that {@code segment} has exactly {@code expected} members. */
    public SegmentationResultAssert hasCount(String segment, int expected) {
        requireSegment(segment);
        int count = actual.count(segment);
        if (count != expected) {
            fail("Expected segment '" + segment + "' to have " + expected + " members but it has " + count);
        }
        return this;
    }

    /**
     * Verifies that the members of {@code segment} are exactly the customers with these ids, in any order. When
     * several member rows share an id, list it as many times.
     */
    public SegmentationResultAssert hasMembers(String segment, long... expectedIds) {
        requireSegment(segment);
        long[] members = actual.memberIds(segment);
        List<Long> missing = difference(expectedIds, members);
        List<Long> unexpected = difference(members, expectedIds);
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            fail("Expected segment '" + segment + "' to have exactly the members " + listed(boxed(expectedIds))
                    + " but it has " + listed(boxed(members)) + ": missing " + listed(missing) + ", unexpected "
                    + listed(unexpected));
        }
        return this;
    }

    /** Verifies that the customer with this id belongs to {@code segment}. */
    public SegmentationResultAssert customerIsIn(long customerId, String segment) {
        String expectation = "Expected customer " + customerId + " to be in segment '" + segment + "'";
        requireSegment(segment);
        int row = rowOf(customerId, expectation);
        if (!actual.isMemberByRow(segment, row)) {
            Set<String> segments = actual.segmentsOfRow(row);
            fail(expectation + " but it is " + (segments.isEmpty() ? "in no segment" : "only in " + segments));
        }
        return this;
    }

    /** Verifies that the customer with this id does not belong to {@code segment}. */
    public SegmentationResultAssert customerIsNotIn(long customerId, String segment) {
        String expectation = "Expected customer " + customerId + " not to be in segment '" + segment + "'";
        requireSegment(segment);
        int row = rowOf(customerId, expectation);
        if (actual.isMemberByRow(segment, row)) {
            fail(expectation + " but it is, with the segments " + actual.segmentsOfRow(row));
        }
        return this;
    }

    /** Verifies that the customer with this id belongs to exactly these segments, in any order (none: no segment). */
    public SegmentationResultAssert customerHasSegments(long customerId, String... segments) {
        Set<String> expected = new LinkedHashSet<>(Arrays.asList(segments));
        String expectation = "Expected customer " + customerId + " to be in exactly the segments " + expected;
        expected.forEach(this::requireSegment);
        int row = rowOf(customerId, expectation);
        Set<String> held = actual.segmentsOfRow(row);
        if (!held.equals(expected)) {
            fail(expectation + " but it is in " + held);
        }
        return this;
    }

    /**
     * Verifies that the segment counts add up to {@code expectedTotal}. For segments that never overlap and leave
     * nobody out (a waterfall's buckets) that total is the customer count.
     */
    public SegmentationResultAssert countsAddUpTo(long expectedTotal) {
        isNotNull();
        Map<String, Integer> counts = new LinkedHashMap<>();
        long total = 0;
        for (String segment : actual.segmentNames()) {
            counts.put(segment, actual.count(segment));
            total += actual.count(segment);
        }
        if (total != expectedTotal) {
            fail("Expected the segment counts to add up to " + expectedTotal + " but they add up to " + total + ": "
                    + counts);
        }
        return this;
    }

    /** Verifies that exactly {@code expected} customers belong to no segment. */
    public SegmentationResultAssert hasUnsegmentedCount(int expected) {
        isNotNull();
        if (actual.unsegmentedCount() != expected) {
            fail("Expected " + expected + " customers in no segment but there are " + actual.unsegmentedCount() + ": "
                    + listed(boxed(actual.unsegmentedIds())));
        }
        return this;
    }

    /**
     * Verifies that the result is exactly what the {@link ReferenceEvaluator} finds for the same customers, in the
     * same order: the same customer count, segment names, customer id at every row and members of every segment.
     * The message lists every difference, each segment with the ids of the customers missing from it and of those
     * in it unexpectedly.
     *
     * @param reference an evaluator of the same segments as of the same date as the segmenter under test
     * @param customers the customers the result was computed from, in the same order
     */
    public <T> SegmentationResultAssert agreesWith(ReferenceEvaluator<T> reference, Iterable<? extends T> customers) {
        isNotNull();
        ReferenceResult expected = reference.segment(customers);
        List<String> differences = new ArrayList<>();
        if (expected.customerCount() != actual.customerCount()) {
            differences.add("customer count: the reference evaluator has " + expected.customerCount()
                    + ", the result " + actual.customerCount());
        }
        if (!expected.segmentNames().equals(actual.segmentNames())) {
            differences.add("segments: the reference evaluator has " + expected.segmentNames() + ", the result "
                    + actual.segmentNames());
        }
        if (differences.isEmpty()) {
            differences.addAll(idDifferences(expected));
        }
        if (differences.isEmpty()) {
            for (String segment : expected.segmentNames()) {
                memberDifference(segment, expected).ifPresent(differences::add);
            }
        }
        if (!differences.isEmpty()) {
            fail("Expected the result to agree with the reference evaluator but it differs:"
                    + differences.stream().map(d -> System.lineSeparator() + "- " + d).collect(Collectors.joining()));
        }
        return this;
    }

    private List<String> idDifferences(ReferenceResult expected) {
        List<String> differences = new ArrayList<>();
        for (int row = 0; row < expected.customerCount(); row++) {
            if (expected.customerId(row) != actual.customerId(row)) {
                differences.add("row " + row + " (0-based): the reference evaluator has customer "
                        + expected.customerId(row) + ", the result customer " + actual.customerId(row));
                if (differences.size() == LISTED_IDS) {
                    break;
                }
            }
        }
        return differences;
    }

    private Optional<String> memberDifference(String segment, ReferenceResult expected) {
        List<Long> missing = new ArrayList<>();
        List<Long> unexpected = new ArrayList<>();
        PrimitiveIterator.OfInt rows = actual.memberRows(segment);
        int nextMember = rows.hasNext() ? rows.nextInt() : -1;
        for (int row = 0; row < expected.customerCount(); row++) {
            boolean inResult = row == nextMember;
            if (inResult) {
                nextMember = rows.hasNext() ? rows.nextInt() : -1;
            }
            boolean inReference = expected.segmentsOfRow(row).contains(segment);
            if (inReference && !inResult) {
                missing.add(expected.customerId(row));
            } else if (inResult && !inReference) {
                unexpected.add(expected.customerId(row));
            }
        }
        if (missing.isEmpty() && unexpected.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("segment '" + segment + "': missing " + listed(missing) + ", unexpected "
                + listed(unexpected));
    }

    private void requireSegment(String segment) {
        isNotNull();
        if (!actual.segmentNames().contains(segment)) {
            fail("Expected a segment named '" + segment + "' but the result's segments are "
                    + actual.segmentNames());
        }
    }

    /** The only row holding this id; fails naming the expectation when there is none or several. */
    private int rowOf(long customerId, String expectation) {
        List<Integer> rows = new ArrayList<>();
        for (int row = 0; row < actual.customerCount(); row++) {
            if (actual.customerId(row) == customerId) {
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            fail(expectation + " but no customer has id " + customerId);
        }
        if (rows.size() > 1) {
            fail(expectation + " but " + rows.size() + " customers have id " + customerId + " (rows " + rows
                    + ", 0-based)");
        }
        return rows.get(0);
    }

    private void fail(String message) {
        // "%s" keeps a '%' in a segment name from being read as a format specifier
        failWithMessage("%s", message);
    }

    /** The ids of {@code ids} left over after removing one occurrence of each id of {@code minus}, in order. */
    private static List<Long> difference(long[] ids, long[] minus) {
        Map<Long, Integer> remaining = new LinkedHashMap<>();
        for (long id : minus) {
            remaining.merge(id, 1, Integer::sum);
        }
        List<Long> left = new ArrayList<>();
        for (long id : ids) {
            Integer times = remaining.get(id);
            if (times == null || times == 0) {
                left.add(id);
            } else {
                remaining.put(id, times - 1);
            }
        }
        return left;
    }

    private static List<Long> boxed(long[] ids) {
        return Arrays.stream(ids).boxed().toList();
    }

    private static String listed(List<Long> ids) {
        if (ids.size() <= LISTED_IDS) {
            return ids.toString();
        }
        return ids.subList(0, LISTED_IDS).toString().replace("]", ", … (" + ids.size() + " in all)]");
    }
}
