package io.github.segmentkit.insight.profile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.segmentkit.insight.internal.Json;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The profile of one segment (or of the whole population): its size and share of all customers, each numeric
 * attribute and each categorical, yes/no and tags attribute, in schema order.
 *
 * @param segment    the segment's name ({@link ProfileReport#POPULATION} for the population)
 * @param size       members
 * @param share      {@code size} / customers in the table; NaN for an empty table
 * @param numeric    the numeric attributes
 * @param categories the categorical, yes/no and tags attributes
 */
public record SegmentProfile(String segment, int size, double share, List<NumericProfile> numeric,
        List<CategoryProfile> categories) {
    public SegmentProfile {
        Objects.requireNonNull(segment, "segment");
        numeric = List.copyOf(numeric);
        categories = List.copyOf(categories);
    }

    /** The profile of the numeric attribute {@code attribute}, if it was profiled. */
    public Optional<NumericProfile> numeric(String attribute) {
        return numeric.stream().filter(p -> p.attribute().equals(attribute)).findFirst();
    }

    /** The profile of the categorical, yes/no or tags attribute {@code attribute}, if it was profiled. */
    public Optional<CategoryProfile> category(String attribute) {
        return categories.stream().filter(p -> p.attribute().equals(attribute)).findFirst();
    }

    ObjectNode toJsonNode() {
        ObjectNode node = Json.object().put("segment", segment).put("size", size);
        Json.put(node, "share", share);
        var numbers = node.putArray("numeric");
        numeric.forEach(p -> numbers.add(p.toJsonNode()));
        var values = node.putArray("categories");
        categories.forEach(p -> values.add(p.toJsonNode()));
        return node;
    }
}
