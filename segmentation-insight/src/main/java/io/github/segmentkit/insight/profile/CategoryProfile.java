package io.github.segmentkit.insight.profile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.segmentkit.api.attribute.AttributeKind;
import java.util.List;
import java.util.Objects;

/**
 * The most common values of one categorical, yes/no or tags attribute among a segment's members: by count,
 * descending, then by value; at most the profiler's {@code topValues}.
 *
 * @param attribute the attribute's name
 * @param kind      categorical, boolean or tags
 * @param missing   members without a value (for tags: without a tag set; an empty set is a value)
 * @param top       the top values
 */
public record CategoryProfile(String attribute, AttributeKind kind, int missing, List<ValueShare> top) {
    public CategoryProfile {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(kind, "kind");
        top = List.copyOf(top);
    }

    ObjectNode toJsonNode() {
        ObjectNode node = io.github.segmentkit.insight.internal.Json.object().put("attribute", attribute)
                .put("kind", kind.label()).put("missing", missing);
        var values = node.putArray("top");
        top.forEach(v -> values.add(v.toJsonNode()));
        return node;
    }
}
