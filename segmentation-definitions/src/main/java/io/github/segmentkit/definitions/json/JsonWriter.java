package io.github.segmentkit.definitions.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.criteria.And;
import io.github.segmentkit.api.criteria.Between;
import io.github.segmentkit.api.criteria.BooleanIs;
import io.github.segmentkit.api.criteria.CategoryIn;
import io.github.segmentkit.api.criteria.Comparison;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.criteria.CriterionVisitor;
import io.github.segmentkit.api.criteria.All;
import io.github.segmentkit.api.criteria.InSegment;
import io.github.segmentkit.api.criteria.Presence;
import io.github.segmentkit.api.criteria.None;
import io.github.segmentkit.api.criteria.Not;
import io.github.segmentkit.api.criteria.Or;
import io.github.segmentkit.api.criteria.RelativeDate;
import io.github.segmentkit.api.criteria.TagsMatch;
import io.github.segmentkit.api.criteria.WithinDistance;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes segments in the JSON format: fields in a fixed order, two-space indentation, numbers in their shortest
 * round-tripping form, infinities as the strings {@code "Infinity"} and {@code "-Infinity"}.
 */
public final class JsonWriter implements CriterionVisitor<JsonNode> {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonWriter() {
    }

    /** The JSON document for {@code segments}. */
    public static String write(List<Segment> segments) {
        return write(List.of(), segments);
    }

    /** The JSON document for classifiers (omitted when there are none) and segments. */
    public static String write(List<Classifier> classifiers, List<Segment> segments) {
        ObjectNode root = NODES.objectNode();
        root.put("formatVersion", JsonFormat.FORMAT_VERSION);
        if (!classifiers.isEmpty()) {
            ArrayNode configured = root.putArray("classifiers");
            for (Classifier classifier : classifiers) {
                ObjectNode node = configured.addObject();
                node.put("type", classifier.type());
                node.set("settings", data(classifier.settings()));
            }
        }
        ArrayNode list = root.putArray("segments");
        JsonWriter writer = new JsonWriter();
        for (Segment segment : segments) {
            ObjectNode node = list.addObject();
            node.put("name", segment.name());
            node.put("description", segment.description());
            node.set("where", segment.criterion().accept(writer));
        }
        try {
            return JsonFormat.MAPPER.writerWithDefaultPrettyPrinter().with(new SurrogateEscapes()).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON tree of one criterion, as {@link #write} puts it under {@code "where"}. */
    static JsonNode criterion(Criterion criterion) {
        return criterion.accept(new JsonWriter());
    }

    /** Settings as JSON: maps with sorted keys, so that the output is canonical. */
    private static JsonNode data(Object value) {
        if (value instanceof Map<?, ?> map) {
            ObjectNode node = NODES.objectNode();
            new TreeMap<>(map.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                    e -> String.valueOf(e.getKey()), Map.Entry::getValue))).forEach((k, v) -> node.set(k, data(v)));
            return node;
        }
        if (value instanceof List<?> list) {
            ArrayNode node = NODES.arrayNode();
            list.forEach(v -> node.add(data(v)));
            return node;
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        if (value instanceof Double || value instanceof Float) {
            return number(((Number) value).doubleValue());
        }
        if (value instanceof Number number) {
            return NODES.numberNode(number.longValue());
        }
        throw new IllegalArgumentException("a classifier setting of type " + value.getClass().getSimpleName()
                + " cannot be written as data: " + value);
    }

    private static ObjectNode op(String op) {
        return NODES.objectNode().put("op", op);
    }

    private static ObjectNode op(String op, Attribute attribute) {
        return op(op).put("attribute", attribute.name());
    }

    private static JsonNode value(Object value) {
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof Double d) {
            return number(d);
        }
        return NODES.textNode(value.toString());
    }

    private static JsonNode number(double value) {
        if (Double.isInfinite(value)) {
            return NODES.textNode(value > 0 ? "Infinity" : "-Infinity");
        }
        return NODES.numberNode(value);
    }

    private static ArrayNode strings(Collection<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private ObjectNode operands(String op, List<Criterion> operands) {
        ObjectNode node = op(op);
        ArrayNode array = node.putArray("operands");
        operands.forEach(c -> array.add(c.accept(this)));
        return node;
    }

    @Override
    public JsonNode visitAll(All all) {
        return op("all");
    }

    @Override
    public JsonNode visitNone(None none) {
        return op("none");
    }

    @Override
    public JsonNode visitAnd(And and) {
        return operands("and", and.operands());
    }

    @Override
    public JsonNode visitOr(Or or) {
        return operands("or", or.operands());
    }

    @Override
    public JsonNode visitNot(Not not) {
        ObjectNode node = op("not");
        node.set("operand", not.operand().accept(this));
        return node;
    }

    @Override
    public JsonNode visitComparison(Comparison<?> comparison) {
        ObjectNode node = op(comparison.operator().methodName(), comparison.attribute());
        node.set("value", value(comparison.value()));
        return node;
    }

    @Override
    public JsonNode visitBetween(Between<?> between) {
        ObjectNode node = op("between", between.attribute());
        node.set("low", value(between.low()));
        node.set("high", value(between.high()));
        return node;
    }

    @Override
    public JsonNode visitCategoryIn(CategoryIn in) {
        ObjectNode node = op("in", in.attribute());
        node.set("values", strings(in.values()));
        return node;
    }

    @Override
    public JsonNode visitBooleanIs(BooleanIs booleanIs) {
        return op("is", booleanIs.attribute()).put("value", booleanIs.value());
    }

    @Override
    public JsonNode visitTagsMatch(TagsMatch tagsMatch) {
        ObjectNode node = op(tagsMatch.operator().methodName(), tagsMatch.attribute());
        node.set("tags", strings(tagsMatch.tags()));
        return node;
    }

    @Override
    public JsonNode visitRelativeDate(RelativeDate relativeDate) {
        return op(relativeDate.operator().methodName(), relativeDate.attribute()).put("days", relativeDate.days());
    }

    @Override
    public JsonNode visitWithinDistance(WithinDistance withinDistance) {
        ObjectNode node = op("withinKm", withinDistance.attribute());
        ObjectNode center = node.putObject("center");
        center.set("lat", number(withinDistance.center().latitude()));
        center.set("lon", number(withinDistance.center().longitude()));
        node.set("km", number(withinDistance.km()));
        return node;
    }

    @Override
    public JsonNode visitPresence(Presence presence) {
        return op(presence.isPresentTest() ? "isPresent" : "isMissing", presence.attribute());
    }

    @Override
    public JsonNode visitInSegment(InSegment inSegment) {
        return op("inSegment").put("segment", inSegment.segmentName());
    }
}
