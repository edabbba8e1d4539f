package io.github.segmentkit.insight.profile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.segmentkit.insight.internal.Json;
import java.util.Objects;

/**
 * One value of a categorical, yes/no or tags attribute within a segment.
 *
 * @param value the value ({@code "true"}/{@code "false"} for yes/no attributes, the tag for tags)
 * @param count members holding it
 * @param share {@code count} / segment size (members without a value count in the size)
 * @param lift  {@code share} / the share of the whole population holding it: above 1 when the value is more common
 *              in the segment
 */
public record ValueShare(String value, int count, double share, double lift) {
    public ValueShare {
        Objects.requireNonNull(value, "value");
    }

    ObjectNode toJsonNode() {
        ObjectNode node = Json.object().put("value", value).put("count", count);
        Json.put(node, "share", share);
        return Json.put(node, "lift", lift);
    }
}
