package io.github.segmentkit.insight.whatif;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.segmentkit.insight.CriterionLeaf;
import io.github.segmentkit.insight.internal.Json;
import java.util.List;
import java.util.Objects;

/**
 * What a segment's size would be at each candidate bound of one of its numeric leaves; made by {@link WhatIf}.
 *
 * <pre>{@code
 * ThresholdSweep sweep = WhatIf.sweep(definition, table, "big-spenders", 0, SweptBound.VALUE, 100.0, 200.0, 500.0);
 * int atTwoHundred = sweep.points().get(1).members();
 * }</pre>
 *
 * @param segment the segment's name
 * @param leaf    the leaf whose bound moves
 * @param bound   which of its bounds
 * @param members the segment's members with the bound as defined
 * @param points  one point per candidate, in the order given
 */
public record ThresholdSweep(String segment, CriterionLeaf leaf, SweptBound bound, int members,
        List<SweepPoint> points) {
    public ThresholdSweep {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(leaf, "leaf");
        Objects.requireNonNull(bound, "bound");
        points = List.copyOf(points);
    }

    /** The sweep as JSON: the segment, the leaf, the bound moved, the current size and the points. */
    public String toJson() {
        ObjectNode root = Json.object().put("segment", segment).put("leaf", leaf.index())
                .put("criterion", leaf.criterion().toString()).put("bound", bound.name()).put("members", members);
        ArrayNode list = root.putArray("points");
        for (SweepPoint point : points) {
            ObjectNode node = list.addObject();
            if (point.bound() instanceof Long whole) {
                node.put("bound", whole.longValue());
            } else {
                Json.put(node, "bound", point.bound().doubleValue());
            }
            node.put("members", point.members());
        }
        return Json.write(root);
    }
}
