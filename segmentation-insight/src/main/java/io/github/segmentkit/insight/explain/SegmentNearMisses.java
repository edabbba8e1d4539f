package io.github.segmentkit.insight.explain;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.segmentkit.insight.internal.Json;
import java.util.List;
import java.util.Objects;

/**
 * The near misses of one segment, by leaf in depth-first order.
 *
 * @param segment the segment's name
 * @param members its members
 * @param leaves  for each leaf, the non-members that fail it and no other leaf
 */
public record SegmentNearMisses(String segment, int members, List<LeafNearMisses> leaves) {
    public SegmentNearMisses {
        Objects.requireNonNull(segment, "segment");
        leaves = List.copyOf(leaves);
    }

    /** Non-members that fail exactly one leaf, whichever. */
    public int total() {
        return leaves.stream().mapToInt(LeafNearMisses::customers).sum();
    }

    ObjectNode toJsonNode() {
        ObjectNode node = Json.object().put("segment", segment).put("members", members).put("nearMisses", total());
        ArrayNode list = node.putArray("leaves");
        for (LeafNearMisses leaf : leaves) {
            list.addObject().put("leaf", leaf.leaf().index()).put("criterion", leaf.leaf().criterion().toString())
                    .put("negated", leaf.leaf().negated()).put("customers", leaf.customers());
        }
        return node;
    }
}
