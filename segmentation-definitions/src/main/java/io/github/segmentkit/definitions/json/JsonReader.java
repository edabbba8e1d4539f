package io.github.segmentkit.definitions.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.SourcePosition;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.BooleanAttribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.DateAttribute;
import io.github.segmentkit.api.attribute.DoubleAttribute;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.attribute.GeoPointAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.attribute.OrderedAttribute;
import io.github.segmentkit.api.attribute.TagsAttribute;
import io.github.segmentkit.api.attribute.TemporalAttribute;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.criteria.And;
import io.github.segmentkit.api.criteria.Between;
import io.github.segmentkit.api.criteria.BooleanIs;
import io.github.segmentkit.api.criteria.CategoryIn;
import io.github.segmentkit.api.criteria.Comparison;
import io.github.segmentkit.api.criteria.ComparisonOperator;
import io.github.segmentkit.api.criteria.Criteria;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.criteria.Not;
import io.github.segmentkit.api.criteria.Or;
import io.github.segmentkit.api.criteria.RelativeDate;
import io.github.segmentkit.api.criteria.RelativeDateOperator;
import io.github.segmentkit.api.criteria.TagsOperator;
import io.github.segmentkit.api.criteria.TagsMatch;
import io.github.segmentkit.api.criteria.WithinDistance;
import io.github.segmentkit.api.DefinitionLimits;
import io.github.segmentkit.api.internal.Suggestions;
import io.github.segmentkit.definitions.source.ParsedDefinitions;
import io.github.segmentkit.definitions.source.ParsedSegment;
import io.github.segmentkit.definitions.text.TextParser;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the JSON format into segments. Every object is checked for unknown and missing fields and wrong types;
 * each problem names the JSON pointer of the offending value (e.g. {@code /segments/2/where/operands/0/value}) and
 * the segment. A segment in error is skipped and reading goes on, so one run reports every segment's problems.
 */
public final class JsonReader {
    private static final Set<String> DOCUMENT_FIELDS = Set.of("formatVersion", "classifiers", "segments");
    private static final Set<String> CLASSIFIER_FIELDS = Set.of("type", "settings");
    private static final Set<String> SEGMENT_FIELDS = Set.of("name", "description", "where");

    private final Map<String, Attribute> attributes;
    /** One budget for every "did you mean" of the document, so hostile documents cannot make it slow. */
    private final Suggestions suggestions = Suggestions.withBudget(Suggestions.DEFAULT_BUDGET);
    private final List<Problem> problems;
    private String currentSegment;

    private JsonReader(Map<String, Attribute> attributes, List<Problem> problems) {
        this.attributes = attributes;
        this.problems = problems;
    }

    /** Parses a UTF-8 JSON document; problems are added to {@code problems}. */
    public static ParsedDefinitions read(InputStream json, Map<String, Attribute> attributes,
            List<Problem> problems) {
        JsonNode root;
        JsonParser parser = null;
        try {
            parser = JsonFormat.MAPPER.createParser(json);
            root = JsonFormat.MAPPER.readTree(parser);
        } catch (JacksonException e) {   // syntax errors and the stream limits (nesting, number and string length)
            // a broken limit carries no location of its own; the parser knows where it stopped
            JsonLocation location = e.getLocation() != null || parser == null ? e.getLocation()
                    : parser.currentLocation();
            problems.add(new Problem(null, null, "not valid JSON: " + withoutParserInternals(e.getOriginalMessage()),
                    position(location)));
            return ParsedDefinitions.EMPTY;
        } catch (IOException e) {
            problems.add(new Problem(null, null, "the JSON could not be read: " + e.getMessage(), null));
            return ParsedDefinitions.EMPTY;
        } finally {
            closeQuietly(parser);
        }
        if (root == null || root.isMissingNode()) {
            problems.add(new Problem(null, null, "the JSON document is empty", new SourcePosition(1, 1)));
            return ParsedDefinitions.EMPTY;
        }
        return new JsonReader(attributes, problems).document(root);
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // the document was read, or refused with its problem, already: closing can lose nothing
            }
        }
    }

    /**
     * The parser's message without what only its authors need: the redacted-source note and the names of its
     * configuration methods ({@code StreamReadConstraints…}), which mean nothing to a user.
     */
    static String withoutParserInternals(String message) {
        return String.valueOf(message)
                .replaceAll("\\[Source: [^;\\]]*; ", "[")
                .replaceAll(", from `[A-Za-z]+\\.[A-Za-z]+\\(\\)`", "")
                .replaceAll(" \\(`StreamReadFeature\\.[A-Z_]+` disabled\\)", "");
    }

    private static SourcePosition position(JsonLocation location) {
        if (location == null || location.getLineNr() < 1 || location.getColumnNr() < 1) {
            return null;
        }
        return new SourcePosition(location.getLineNr(), location.getColumnNr());
    }

    /** Unwinds to the segment level after a problem has been recorded. */
    private static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Invalid() {
            super(null, null, false, false);
        }
    }

    private Invalid invalid(String pointer, String message) {
        problems.add(Problem.of(currentSegment, null, "at " + pointer + ": " + message));
        return new Invalid();
    }

    private ParsedDefinitions document(JsonNode root) {
        List<Classifier> classifiers = new ArrayList<>();
        List<ParsedSegment> segments = new ArrayList<>();
        try {
            object(root, "", DOCUMENT_FIELDS);
            JsonNode version = field(root, "", "formatVersion");
            if (!version.isInt() || version.intValue() != JsonFormat.FORMAT_VERSION) {
                throw invalid("/formatVersion", "unsupported format version " + version + "; this library reads "
                        + JsonFormat.FORMAT_VERSION);
            }
            JsonNode configured = root.get("classifiers");
            if (configured != null) {
                if (!configured.isArray()) {
                    throw invalid("/classifiers", "expected an array of classifiers, found " + type(configured));
                }
                for (int i = 0; i < configured.size(); i++) {
                    try {
                        Classifier classifier = classifier(configured.get(i), "/classifiers/" + i);
                        classifiers.add(classifier);
                        attributes.putIfAbsent(classifier.output(), Attribute.ofCategorical(classifier.output()));
                    } catch (Invalid e) {
                        // recorded; go on
                    }
                }
            }
            JsonNode list = field(root, "", "segments");
            if (!list.isArray()) {
                throw invalid("/segments", "expected an array of segments, found " + type(list));
            }
            if (list.size() > DefinitionLimits.MAX_SEGMENTS) {
                throw invalid("/segments", list.size() + " segments, more than the limit of "
                        + DefinitionLimits.MAX_SEGMENTS);
            }
            for (int i = 0; i < list.size(); i++) {
                currentSegment = null;
                try {
                    Segment segment = segment(list.get(i), "/segments/" + i);
                    segments.add(ParsedSegment.ofJson(i, segment.name(), segment));
                } catch (Invalid e) {
                    // recorded; go on with the next segment, keeping the name so references to it still resolve
                    if (currentSegment != null) {
                        segments.add(ParsedSegment.ofJson(i, currentSegment, null));
                    }
                }
            }
        } catch (Invalid e) {
            // recorded
        }
        return new ParsedDefinitions(classifiers, segments);
    }

    /** {@code {"type": "age-band", "settings": {…}}}: configured through the registry, never by class name. */
    private Classifier classifier(JsonNode node, String pointer) {
        object(node, pointer, CLASSIFIER_FIELDS);
        String type = text(field(node, pointer, "type"), pointer + "/type");
        JsonNode settings = field(node, pointer, "settings");
        if (!settings.isObject()) {
            throw invalid(pointer + "/settings", "expected the settings object, found " + type(settings));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) data(settings, pointer + "/settings");
        Classifier classifier;
        try {
            classifier = ClassifierRegistry.create(type, values);
        } catch (DefinitionException e) {
            for (Problem problem : e.problems()) {
                problems.add(Problem.of(problem.segment(), problem.attribute(), "at " + pointer + ": "
                        + TextParser.namingClassifier(abbreviate(type), problem.message())));
            }
            throw new Invalid();
        } catch (RuntimeException e) {
            // a user's provider may fail in its own way; it is still a problem of this document, not a crash
            throw invalid(pointer, "classifier '" + abbreviate(type) + "': the settings were rejected: " + e);
        }
        String badOutput = TextParser.outputNameProblem(classifier, attributes);
        if (badOutput != null) {
            throw invalid(pointer, TextParser.namingClassifier(abbreviate(type), badOutput));
        }
        return classifier;
    }

    /** Settings as plain Java values: maps, lists, strings, longs, doubles, booleans. */
    private Object data(JsonNode node, String pointer) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                map.put(entry.getKey(), data(entry.getValue(), pointer + "/" + abbreviate(entry.getKey())));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                list.add(data(node.get(i), pointer + "/" + i));
            }
            return list;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return longValue(node, pointer);
        }
        if (node.isNumber()) {
            return doubleValue(node, pointer);
        }
        throw invalid(pointer, "expected a setting value (object, array, string, number or boolean), found "
                + type(node));
    }

    private Segment segment(JsonNode node, String pointer) {
        object(node, pointer, SEGMENT_FIELDS);
        String name = text(field(node, pointer, "name"), pointer + "/name");
        currentSegment = name;
        JsonNode descriptionNode = node.get("description");
        String description = descriptionNode == null ? "" : text(descriptionNode, pointer + "/description");
        Criterion criterion = criterion(field(node, pointer, "where"), pointer + "/where", 1);
        try {
            return Segment.named(name).describedAs(description).where(criterion);
        } catch (IllegalArgumentException e) {
            throw invalid(pointer + "/name", e.getMessage());
        }
    }

    private Criterion criterion(JsonNode node, String pointer, int depth) {
        if (depth > DefinitionLimits.MAX_DEPTH) {
            throw invalid(pointer, "criteria nested deeper than the limit of " + DefinitionLimits.MAX_DEPTH);
        }
        if (!node.isObject()) {
            throw invalid(pointer, "expected a criterion object, found " + type(node));
        }
        String op = text(field(node, pointer, "op"), pointer + "/op");
        return switch (op) {
            case "all" -> only(node, pointer, Criteria.all());
            case "none" -> only(node, pointer, Criteria.none());
            case "and" -> new And(operands(node, pointer, depth));
            case "or" -> new Or(operands(node, pointer, depth));
            case "not" -> {
                object(node, pointer, Set.of("op", "operand"));
                yield new Not(criterion(field(node, pointer, "operand"), pointer + "/operand", depth + 1));
            }
            case "eq", "ne", "lt", "le", "gt", "ge" -> comparison(node, pointer, ComparisonOperator.valueOf(
                    op.toUpperCase(java.util.Locale.ROOT)));
            case "between" -> between(node, pointer);
            case "in" -> {
                object(node, pointer, Set.of("op", "attribute", "values"));
                yield new CategoryIn(kind(node, pointer, CategoricalAttribute.class, "in", "categorical"),
                        strings(field(node, pointer, "values"), pointer + "/values"));
            }
            case "is" -> {
                object(node, pointer, Set.of("op", "attribute", "value"));
                BooleanAttribute flag = kind(node, pointer, BooleanAttribute.class, "is", "boolean");
                JsonNode value = field(node, pointer, "value");
                if (!value.isBoolean()) {
                    throw invalid(pointer + "/value", "expected true or false, found " + type(value));
                }
                yield new BooleanIs(flag, value.booleanValue());
            }
            case "containsAny", "containsAll", "containsNone" -> {
                object(node, pointer, Set.of("op", "attribute", "tags"));
                TagsAttribute tags = kind(node, pointer, TagsAttribute.class, op, "tags");
                TagsOperator match = op.equals("containsAny") ? TagsOperator.ANY
                        : op.equals("containsAll") ? TagsOperator.ALL : TagsOperator.NONE;
                yield new TagsMatch(tags, match, strings(field(node, pointer, "tags"), pointer + "/tags"));
            }
            case "withinDays", "beforeDaysAgo", "afterDaysAgo" -> relativeDate(node, pointer, op);
            case "withinKm" -> withinKm(node, pointer);
            case "isPresent", "isMissing" -> {
                object(node, pointer, Set.of("op", "attribute"));
                Attribute attribute = attribute(node, pointer);
                yield op.equals("isPresent") ? Criteria.isPresent(attribute) : Criteria.isMissing(attribute);
            }
            case "inSegment" -> {
                object(node, pointer, Set.of("op", "segment"));
                yield Criteria.inSegment(text(field(node, pointer, "segment"), pointer + "/segment"));
            }
            default -> throw invalid(pointer + "/op", "unknown op '" + abbreviate(op) + "'; expected one of all,"
                    + " none, and, or, not, eq, ne, lt, le, gt, ge, between, in, is, containsAny, containsAll,"
                    + " containsNone, withinDays, beforeDaysAgo, afterDaysAgo, withinKm, isPresent, isMissing,"
                    + " inSegment");
        };
    }

    private Criterion only(JsonNode node, String pointer, Criterion criterion) {
        object(node, pointer, Set.of("op"));
        return criterion;
    }

    private List<Criterion> operands(JsonNode node, String pointer, int depth) {
        object(node, pointer, Set.of("op", "operands"));
        JsonNode list = field(node, pointer, "operands");
        if (!list.isArray() || list.size() < 2) {
            throw invalid(pointer + "/operands", "expected an array of at least two criteria, found " + type(list));
        }
        if (list.size() > DefinitionLimits.MAX_LIST_SIZE) {
            throw invalid(pointer + "/operands", "more than " + DefinitionLimits.MAX_LIST_SIZE + " operands");
        }
        List<Criterion> operands = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            operands.add(criterion(list.get(i), pointer + "/operands/" + i, depth + 1));
        }
        return operands;
    }

    private Criterion comparison(JsonNode node, String pointer, ComparisonOperator operator) {
        object(node, pointer, Set.of("op", "attribute", "value"));
        Attribute attribute = attribute(node, pointer);
        String value = pointer + "/value";
        if (attribute instanceof CategoricalAttribute categorical
                && (operator == ComparisonOperator.EQ || operator == ComparisonOperator.NE)) {
            throw invalid(pointer + "/op", "'" + operator.methodName() + "' on the categorical '" + attribute.name()
                    + "' is written {\"op\": \"in\", \"values\": […]} (wrapped in \"not\" for ne)");
        }
        OrderedAttribute<?> ordered = ordered(attribute, pointer, operator.methodName());
        return comparisonOf(ordered, operator, field(node, pointer, "value"), value);
    }

    private <V> Criterion comparisonOf(OrderedAttribute<V> attribute, ComparisonOperator operator, JsonNode node,
            String pointer) {
        return new Comparison<>(attribute, operator, value(attribute, node, pointer));
    }

    private Criterion between(JsonNode node, String pointer) {
        object(node, pointer, Set.of("op", "attribute", "low", "high"));
        return betweenOf(ordered(attribute(node, pointer), pointer, "between"), node, pointer);
    }

    private <V> Criterion betweenOf(OrderedAttribute<V> attribute, JsonNode node, String pointer) {
        return new Between<>(attribute, value(attribute, field(node, pointer, "low"), pointer + "/low"),
                value(attribute, field(node, pointer, "high"), pointer + "/high"));
    }

    private Criterion relativeDate(JsonNode node, String pointer, String op) {
        object(node, pointer, Set.of("op", "attribute", "days"));
        Attribute attribute = attribute(node, pointer);
        if (!(attribute instanceof TemporalAttribute<?> temporal)) {
            throw invalid(pointer + "/attribute", "'" + op + "' needs a date or timestamp, but '" + attribute.name()
                    + "' is " + attribute.kind().label());
        }
        RelativeDateOperator operator = switch (op) {
            case "withinDays" -> RelativeDateOperator.WITHIN_LAST_DAYS;
            case "beforeDaysAgo" -> RelativeDateOperator.BEFORE_DAYS_AGO;
            default -> RelativeDateOperator.AFTER_DAYS_AGO;
        };
        return new RelativeDate(temporal, operator, longValue(field(node, pointer, "days"), pointer + "/days"));
    }

    private Criterion withinKm(JsonNode node, String pointer) {
        object(node, pointer, Set.of("op", "attribute", "center", "km"));
        GeoPointAttribute point = kind(node, pointer, GeoPointAttribute.class, "withinKm", "geo point");
        JsonNode center = field(node, pointer, "center");
        String centerPointer = pointer + "/center";
        object(center, centerPointer, Set.of("lat", "lon"));
        double lat = doubleValue(field(center, centerPointer, "lat"), centerPointer + "/lat");
        double lon = doubleValue(field(center, centerPointer, "lon"), centerPointer + "/lon");
        GeoPoint geoPoint;
        try {
            geoPoint = GeoPoint.of(lat, lon);
        } catch (IllegalArgumentException e) {
            throw invalid(centerPointer, e.getMessage());
        }
        return new WithinDistance(point, geoPoint, doubleValue(field(node, pointer, "km"), pointer + "/km"));
    }

    @SuppressWarnings("unchecked")
    private <V> V value(OrderedAttribute<V> attribute, JsonNode node, String pointer) {
        if (attribute instanceof LongAttribute) {
            return (V) Long.valueOf(longValue(node, pointer));
        }
        if (attribute instanceof DoubleAttribute) {
            return (V) Double.valueOf(doubleValue(node, pointer));
        }
        String text = text(node, pointer);
        try {
            return attribute instanceof DateAttribute ? (V) LocalDate.parse(text) : (V) Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(pointer, "'" + abbreviate(text) + "' is not a "
                    + (attribute instanceof DateAttribute ? "date of the form YYYY-MM-DD"
                            : "UTC timestamp of the form 2024-01-31T10:15:30Z"));
        }
    }

    private long longValue(JsonNode node, String pointer) {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw invalid(pointer, "expected a whole number within the range of a long, found " + type(node));
        }
        return node.longValue();
    }

    private double doubleValue(JsonNode node, String pointer) {
        if (node.isTextual() && (node.textValue().equals("Infinity") || node.textValue().equals("-Infinity"))) {
            return node.textValue().startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (!node.isNumber()) {
            throw invalid(pointer, "expected a number (or \"Infinity\", \"-Infinity\"), found " + type(node));
        }
        double value = node.doubleValue();
        if (Double.isInfinite(value) || Double.isNaN(value)) {
            // the parsed node no longer has the digits, only the infinity they round to
            throw invalid(pointer, "a number outside the range of a double; write \"Infinity\" or \"-Infinity\""
                    + " for an unbounded value");
        }
        return value;
    }

    private List<String> strings(JsonNode node, String pointer) {
        if (!node.isArray()) {
            throw invalid(pointer, "expected an array of strings, found " + type(node));
        }
        if (node.size() > DefinitionLimits.MAX_LIST_SIZE) {
            throw invalid(pointer, node.size() + " values, more than the limit of " + DefinitionLimits.MAX_LIST_SIZE);
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            values.add(text(node.get(i), pointer + "/" + i));
        }
        return values;
    }

    private Attribute attribute(JsonNode node, String pointer) {
        String name = text(field(node, pointer, "attribute"), pointer + "/attribute");
        Attribute attribute = attributes.get(name);
        if (attribute == null) {
            String hint = suggestions.suggest(name, attributes.keySet()).map(s -> " (did you mean '" + s + "'?)")
                    .orElse("");
            throw invalid(pointer + "/attribute", "unknown attribute '" + abbreviate(name) + "'" + hint);
        }
        return attribute;
    }

    private <A extends Attribute> A kind(JsonNode node, String pointer, Class<A> type, String op, String expected) {
        Attribute attribute = attribute(node, pointer);
        if (!type.isInstance(attribute)) {
            throw invalid(pointer + "/attribute", "'" + op + "' needs a " + expected + " attribute, but '"
                    + attribute.name() + "' is " + attribute.kind().label());
        }
        return type.cast(attribute);
    }

    private OrderedAttribute<?> ordered(Attribute attribute, String pointer, String op) {
        if (attribute instanceof OrderedAttribute<?> ordered) {
            return ordered;
        }
        throw invalid(pointer + "/attribute", "'" + op + "' needs a number, date or timestamp, but '"
                + attribute.name() + "' is " + attribute.kind().label());
    }

    private void object(JsonNode node, String pointer, Set<String> allowed) {
        if (!node.isObject()) {
            throw invalid(pointer.isEmpty() ? "/" : pointer, "expected an object, found " + type(node));
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw invalid(pointer + "/" + abbreviate(name), "unknown field '" + abbreviate(name) + "'; expected "
                        + new java.util.TreeSet<>(allowed));
            }
        }
    }

    private JsonNode field(JsonNode node, String pointer, String name) {
        JsonNode value = node.get(name);
        if (value == null) {
            throw invalid(pointer.isEmpty() ? "/" : pointer, "the field '" + name + "' is missing");
        }
        return value;
    }

    private String text(JsonNode node, String pointer) {
        if (!node.isTextual()) {
            throw invalid(pointer, "expected a string, found " + type(node));
        }
        return node.textValue();
    }

    private static String type(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "the string \"" + abbreviate(node.textValue()) + "\"";
            case NUMBER -> "the number " + abbreviate(node.asText());
            case BOOLEAN -> node.asText();
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

}
