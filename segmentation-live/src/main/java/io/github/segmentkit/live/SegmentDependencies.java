package io.github.segmentkit.live;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.core.row.SegmentPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which segments refer to which with {@code inSegment}: what a segment added while live needs evaluated with it,
 * and which segments stop another from being removed.
 */
final class SegmentDependencies {
    private SegmentDependencies() {
    }

    /**
     * {@code root} and every segment of {@code all} it refers to, directly or not, in the order of {@code all}
     * ({@code root} last when it is not in it): the smallest definition a columnar pass over {@code root} needs.
     */
    static List<Segment> withReferences(List<Segment> all, Segment root) {
        Map<String, Segment> byName = new HashMap<>();
        all.forEach(segment -> byName.put(segment.name(), segment));
        Set<String> needed = new LinkedHashSet<>();
        List<Segment> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            Segment next = pending.remove(pending.size() - 1);
            if (needed.add(next.name())) {
                for (String reference : SegmentPlan.references(next.criterion())) {
                    Segment referenced = byName.get(reference);
                    if (referenced != null) {
                        pending.add(referenced);
                    }
                }
            }
        }
        List<Segment> closure = new ArrayList<>();
        for (Segment segment : all) {
            if (needed.contains(segment.name()) && !segment.name().equals(root.name())) {
                closure.add(segment);
            }
        }
        closure.add(root);
        return closure;
    }

    /** The names of the segments of {@code all} that refer to {@code name} with {@code inSegment}, in order. */
    static List<String> dependants(List<Segment> all, String name) {
        List<String> dependants = new ArrayList<>();
        for (Segment segment : all) {
            if (SegmentPlan.references(segment.criterion()).contains(name)) {
                dependants.add(segment.name());
            }
        }
        return dependants;
    }
}
