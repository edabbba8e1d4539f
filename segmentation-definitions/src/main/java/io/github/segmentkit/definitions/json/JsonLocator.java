package io.github.segmentkit.definitions.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.definitions.source.ParsedSegment;
import io.github.segmentkit.definitions.source.SourceLocator;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places problems found after reading (by validation) at a JSON pointer: the first use of the attribute the problem
 * names, else the segment. JSON has no line numbers once parsed, and a pointer survives reformatting.
 *
 * <pre>{@code
 * JsonLocator.INSTANCE.at(declaration, problem).message();
 * // "at /segments/2/where/operands/0/attribute: age.between(10, 5): …"
 * }</pre>
 *
 * <p>Stateless and thread-safe. The pointer is found by writing the segment's criterion back to its JSON tree,
 * which has the same shape as what was read, because the format maps one node of the syntax tree to one object.
 */
public final class JsonLocator implements SourceLocator {
    /** The one instance: the locator keeps no state. */
    public static final JsonLocator INSTANCE = new JsonLocator();

    /** The segment index of a message that starts with a pointer into "segments", as every located one does. */
    private static final Pattern SEGMENT_POINTER = Pattern.compile("^at /segments/(\\d+)");

    private JsonLocator() {
    }

    @Override
    public Problem at(ParsedSegment declaration, Problem problem) {
        if (problem.position() != null) {
            return problem;
        }
        String pointer = describe(declaration);
        if (problem.attribute() != null && declaration.parsed()) {
            pointer = firstUse(JsonWriter.criterion(declaration.segment().criterion()), pointer + "/where",
                    problem.attribute()).orElse(pointer);
        }
        return Problem.of(problem.segment(), problem.attribute(), "at " + pointer + ": " + problem.message());
    }

    @Override
    public String describe(ParsedSegment declaration) {
        return "/segments/" + declaration.ordinal();
    }

    /**
     * By the index of the segment a problem's pointer is in; problems outside the segments (the format version,
     * the classifiers, the document as a whole) come first, as they do in a document. The reader and this locator
     * both start messages with the pointer, so the order is read back from it.
     */
    @Override
    public Comparator<Problem> documentOrder() {
        return Comparator.comparingInt(JsonLocator::segmentIndex);
    }

    private static int segmentIndex(Problem problem) {
        Matcher matcher = SEGMENT_POINTER.matcher(problem.message());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
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
