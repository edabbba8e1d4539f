package io.github.segmentkit.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashSet;

/**
 * What the {@link ReferenceEvaluator} found: for each customer (by input row) its id and its membership of each
 * segment. Plain lists, for comparison with an engine's result.
 *
 * <pre>{@code
 * ReferenceResult expected = oracle.segment(customers);
 * assertThat(result.memberIds("lapsed")).containsExactly(expected.memberIds("lapsed"));
 * }</pre>
 */
public final class ReferenceResult {
    private final List<Long> ids;
    private final List<String> names;
    private final List<List<Boolean>> memberships;

    ReferenceResult(List<Long> ids, List<String> names, List<List<Boolean>> memberships) {
        this.ids = List.copyOf(ids);
        this.names = List.copyOf(names);
        this.memberships = List.copyOf(memberships);
    }

    /** The number of customers. */
    public int customerCount() {
        return ids.size();
    }

    /** The id of the customer at {@code row} (0-based input position). */
    public long customerId(int row) {
        return ids.get(row);
    }

    /** The segment names, in declaration order. */
    public List<String> segmentNames() {
        return names;
    }

    /** The ids of the members of {@code segment}, in input order. */
    public long[] memberIds(String segment) {
        int column = column(segment);
        List<Long> members = new ArrayList<>();
        for (int row = 0; row < ids.size(); row++) {
            if (memberships.get(row).get(column)) {
                members.add(ids.get(row));
            }
        }
        return members.stream().mapToLong(Long::longValue).toArray();
    }

    /** The number of members of {@code segment}. */
    public int count(String segment) {
        return memberIds(segment).length;
    }

    /** Member counts by segment name, in declaration order. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        names.forEach(name -> counts.put(name, count(name)));
        return counts;
    }

    /** The segments of the customer at {@code row}. */
    public Set<String> segmentsOfRow(int row) {
        Set<String> segments = new LinkedHashSet<>();
        for (int column = 0; column < names.size(); column++) {
            if (memberships.get(row).get(column)) {
                segments.add(names.get(column));
            }
        }
        return segments;
    }

    /** The ids of the customers in no segment, in input order. */
    public long[] unsegmentedIds() {
        List<Long> none = new ArrayList<>();
        for (int row = 0; row < ids.size(); row++) {
            if (!memberships.get(row).contains(Boolean.TRUE)) {
                none.add(ids.get(row));
            }
        }
        return none.stream().mapToLong(Long::longValue).toArray();
    }

    private int column(String segment) {
        int column = names.indexOf(segment);
        if (column < 0) {
            throw new IllegalArgumentException("no segment named '" + segment + "'; segments are " + names);
        }
        return column;
    }
}
