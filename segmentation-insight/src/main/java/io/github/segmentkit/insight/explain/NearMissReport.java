package io.github.segmentkit.insight.explain;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.segmentkit.insight.internal.Json;
import java.util.List;

/**
 * Near misses of every segment; made by {@link NearMisses}.
 *
 * @param segments one entry per segment, in declaration order
 */
public record NearMissReport(List<SegmentNearMisses> segments) {
    public NearMissReport {
        segments = List.copyOf(segments);
    }

    /**
     * The near misses of {@code segment}.
     *
     * @throws IllegalArgumentException naming the segment when it is not in the report
     */
    public SegmentNearMisses segment(String segment) {
        return segments.stream().filter(s -> s.segment().equals(segment)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no segment named '" + segment + "'; segments are "
                        + segments.stream().map(SegmentNearMisses::segment).toList()));
    }

    /** The report as JSON: {@code segments}, each with its leaves. */
    public String toJson() {
        ObjectNode root = Json.object();
        ArrayNode list = root.putArray("segments");
        segments.forEach(s -> list.add(s.toJsonNode()));
        return Json.write(root);
    }
}
