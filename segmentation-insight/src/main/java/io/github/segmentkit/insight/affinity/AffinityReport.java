package io.github.segmentkit.insight.affinity;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.segmentkit.insight.internal.Json;
import java.util.List;

/**
 * Item affinity of every segment; made by {@link AffinityAnalysis}.
 *
 * @param customers          customers in the segmentation result
 * @param unmatchedPurchases purchases whose customer id is not in the result (ignored)
 * @param segments           one entry per segment, in declaration order
 */
public record AffinityReport(int customers, long unmatchedPurchases, List<SegmentAffinity> segments) {
    public AffinityReport {
        segments = List.copyOf(segments);
    }

    /**
     * The affinities of {@code segment}.
     *
     * @throws IllegalArgumentException naming the segment when it is not in the report
     */
    public SegmentAffinity segment(String segment) {
        return segments.stream().filter(s -> s.segment().equals(segment)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no segment named '" + segment + "'; segments are "
                        + segments.stream().map(SegmentAffinity::segment).toList()));
    }

    /** The report as JSON: customers, unmatched purchases and each segment's top items. */
    public String toJson() {
        ObjectNode root = Json.object().put("customers", customers).put("unmatchedPurchases", unmatchedPurchases);
        ArrayNode list = root.putArray("segments");
        for (SegmentAffinity segment : segments) {
            ObjectNode node = list.addObject().put("segment", segment.segment()).put("members", segment.members());
            ArrayNode items = node.putArray("top");
            for (ItemAffinity item : segment.top()) {
                ObjectNode entry = items.addObject().put("item", item.item()).put("buyers", item.buyers());
                Json.put(entry, "support", item.support());
                Json.put(entry, "populationSupport", item.populationSupport());
                Json.put(entry, "lift", item.lift());
            }
        }
        return Json.write(root);
    }
}
