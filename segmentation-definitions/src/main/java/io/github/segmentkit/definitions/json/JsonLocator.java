package io.github.segmentkit.definitions.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.definitions.source.ParsedSegment;
import io.github.segmentkit.definitions.source.SourceLocator;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
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

    /** At the pointer of {@code value} in the first {@code "values"} list of a node on the problem's attribute. */
    @Override
    public Problem atValue(ParsedSegment declaration, Problem problem, String value) {
        if (problem.attribute() == null || !declaration.parsed()) {
            return at(declaration, problem);
        }
        return valuePointer(JsonWriter.criterion(declaration.segment().criterion()),
                describe(declaration) + "/where", problem.attribute(), value)
                .map(pointer -> Problem.of(problem.segment(), problem.attribute(),
                        "at " + pointer + ": " + problem.message()))
                .orElseGet(() -> at(declaration, problem));
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
        return search(node, pointer, (object, at) -> {
            JsonNode attribute = object.get("attribute");
            return attribute != null && attribute.isTextual() && attribute.textValue().equals(name)
                    ? Optional.of(at + "/attribute") : Optional.empty();
        });
    }

    /** The pointer of {@code value} in the first {@code "values"} of a node on {@code attribute}, depth first. */
    private static Optional<String> valuePointer(JsonNode node, String pointer, String attribute, String value) {
        return search(node, pointer, (object, at) -> {
            JsonNode named = object.get("attribute");
            JsonNode values = object.get("values");
            if (named == null || !named.isTextual() || !named.textValue().equals(attribute) || values == null) {
                return Optional.empty();
            }
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i).isTextual() && values.get(i).textValue().equals(value)) {
                    return Optional.of(at + "/values/" + i);
                }
            }
            return Optional.empty();
        });
    }

    /** The first object under {@code node}, depth first in document order, that {@code match} finds a pointer in. */
    private static Optional<String> search(JsonNode node, String pointer,
            BiFunction<JsonNode, String, Optional<String>> match) {
        if (node.isObject()) {
            Optional<String> here = match.apply(node, pointer);
            if (here.isPresent()) {
                return here;
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                Optional<String> found = search(field.getValue(), pointer + "/" + escape(field.getKey()), match);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> found = search(node.get(i), pointer + "/" + i, match);
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
