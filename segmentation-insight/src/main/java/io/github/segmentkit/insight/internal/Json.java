package io.github.segmentkit.insight.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * The JSON writing shared by every result of this module: a tree built field by field (so that the order is fixed),
 * two-space indentation, and {@code null} for a figure that is undefined (NaN, such as the mean of no values), since
 * JSON has no NaN.
 *
 * <p>Internal: not exported.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** A new empty object. */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** Puts {@code value} under {@code field}, or {@code null} when it is NaN or infinite. */
    public static ObjectNode put(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
        return node;
    }

    /** The indented text of {@code node}, ending with a line break. */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
