package io.github.segmentkit.insight.affinity;

import java.util.List;
import java.util.Objects;

/**
 * The items one segment has the highest affinity for: support at least the minimum, ordered by lift, then support
 * (both descending), then item.
 *
 * @param segment the segment's name
 * @param members its members
 * @param top     at most the analysis's {@code topN} items
 */
public record SegmentAffinity(String segment, int members, List<ItemAffinity> top) {
    public SegmentAffinity {
        Objects.requireNonNull(segment, "segment");
        top = List.copyOf(top);
    }
}
