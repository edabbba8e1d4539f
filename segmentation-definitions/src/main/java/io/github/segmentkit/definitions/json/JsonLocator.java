package io.github.segmentkit.definitions.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.definitions.ParsedDefinitions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Places problems found after reading (by validation) at a JSON pointer: the first use of the attribute the problem
 * names, else the segment. JSON has no line numbers once parsed, and a pointer survives reformatting.
 *
 * <pre>{@code
 * UnaryOperator<Problem> locate = JsonLocator.locator(parsed);
 * locate.apply(problem).message();   // "at /segments/2/where/operands/0/attribute: age.between(10, 5): …"
 * }</pre>
 *
 * <p>Stateless and thread-safe. The pointer is found by writing the segment's criterion back to its JSON tree,
 * which has the same shape as what was read, because the format maps one node of the syntax tree to one object.
 */
public final class JsonLocator {
    private JsonLocator() {
    }

    /** A function that prefixes a problem's message with the JSON pointer of what it is about. */
    public static UnaryOperator<Problem> locator(ParsedDefinitions parsed) {
        List<Segment> segments = parsed.segments();
        return problem -> {
            if (problem.segment() == null || problem.position() != null) {
                return problem;
            }
            for (int i = 0; i < segments.size(); i++) {
                Segment segment = segments.get(i);
                if (segment.name().equals(problem.segment())) {
                    String pointer = "/segments/" + i;
                    if (problem.attribute() != null) {
                        pointer = firstUse(JsonWriter.criterion(segment.criterion()), pointer + "/where",
                                problem.attribute()).orElse(pointer);
                    }
                    return Problem.of(problem.segment(), problem.attribute(), "at " + pointer + ": "
                            + problem.message());
                }
            }
            return problem;
        };
    }

    /** The pointer of the first {@code "attribute": name} field under {@code node}, depth first in document order. */
    private static Optional<String> firstUse(JsonNode node, String pointer, String name) {
        if (node.isObject()) {
            JsonNode attribute = node.get("attribute");
            if (attribute != null && attribute.isTextual() && attribute.textValue().equals(name)) {
                return Optional.of(pointer + "/attribute");
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                Optional<String> found = firstUse(field.getValue(), pointer + "/" + escape(field.getKey()), name);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> found = firstUse(node.get(i), pointer + "/" + i, name);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** RFC 6901: '~' and '/' in a field name are written ~0 and ~1. */
    private static String escape(String field) {
        return field.replace("~", "~0").replace("/", "~1");
    }
}
