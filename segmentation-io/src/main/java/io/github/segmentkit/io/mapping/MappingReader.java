package io.github.segmentkit.io.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.internal.Suggestions;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.io.ColumnMapping;
import io.github.segmentkit.io.CustomerMapping;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Checks a parsed mapping document and builds the mapping. Every object is checked for unknown and missing fields,
 * wrong types and values; each problem names the line and column and the JSON pointer of the offending value. A
 * column in error is skipped and reading goes on, so one run reports every column's problems.
 */
final class MappingReader {
    private static final Set<String> DOCUMENT_FIELDS = Set.of("formatVersion", "id", "columns");
    private static final Set<String> COLUMN_FIELDS = Set.of("column", "attribute", "kind", "latitude", "longitude",
            "format", "zone", "decimalSeparator", "missing", "tagSeparator", "true", "false");

    private final JsonPositions positions;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> attributePointers = new HashMap<>();
    private String currentAttribute;

    MappingReader(JsonPositions positions) {
        this.positions = positions;
    }

    /** The problems found so far, in document order. */
    List<Problem> problems() {
        return problems;
    }

    /** Unwinds to the column level after a problem has been recorded. */
    private static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Invalid() {
            super(null, null, false, false);
        }
    }

    private Invalid invalid(String pointer, String message) {
        problems.add(new Problem(null, currentAttribute, "at " + (pointer.isEmpty() ? "/" : pointer) + ": "
                + message, positions.at(pointer)));
        return new Invalid();
    }

    /** The mapping, or {@code null} when {@link #problems()} is not empty. */
    CustomerMapping mapping(JsonNode root) {
        try {
            object(root, "", DOCUMENT_FIELDS);
            JsonNode version = required(root, "", "formatVersion");
            if (!version.isInt() || version.intValue() != MappingJson.FORMAT_VERSION) {
                throw invalid("/formatVersion", "unsupported format version " + version + "; this library reads "
                        + MappingJson.FORMAT_VERSION);
            }
            CustomerMapping.Builder builder = CustomerMapping.builder(nonEmptyText(root, "", "id"));
            JsonNode columns = required(root, "", "columns");
            if (!columns.isArray()) {
                throw invalid("/columns", "expected an array of columns, found " + type(columns));
            }
            if (columns.size() > CustomerSchema.MAX_ATTRIBUTES) {
                throw invalid("/columns", columns.size() + " columns, more than the limit of "
                        + CustomerSchema.MAX_ATTRIBUTES);
            }
            List<ColumnMapping> read = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                currentAttribute = null;
                try {
                    read.add(column(columns.get(i), "/columns/" + i));
                } catch (Invalid e) {
                    // recorded; go on with the next column
                }
            }
            currentAttribute = null;
            return problems.isEmpty() ? builder.addAll(read).build() : null;
        } catch (Invalid e) {
            return null;
        }
    }

    private ColumnMapping column(JsonNode node, String pointer) {
        object(node, pointer, COLUMN_FIELDS);
        JsonNode named = node.has("attribute") ? node.get("attribute") : node.get("column");
        currentAttribute = named != null && named.isTextual() ? named.textValue() : null;
        String kindName = nonEmptyText(node, pointer, "kind");
        AttributeKind kind = MappingJson.KINDS.get(kindName);
        if (kind == null) {
            String hint = Suggestions.closest(kindName, MappingJson.KINDS.keySet())
                    .map(s -> " (did you mean '" + s + "'?)").orElse("");
            throw invalid(pointer + "/kind", "unknown kind '" + kindName + "'" + hint + "; the kinds are "
                    + MappingJson.KINDS.keySet());
        }
        ColumnMapping mapping = kind == AttributeKind.GEO_POINT ? geoPoint(node, pointer) : single(node, pointer, kind);
        mapping = option(node, pointer, "format", mapping, (m, v) -> m.withFormat(text(v, pointer + "/format")));
        mapping = option(node, pointer, "zone", mapping, (m, v) -> m.withZone(zone(v, pointer + "/zone")));
        mapping = option(node, pointer, "decimalSeparator", mapping,
                (m, v) -> m.withDecimalSeparator(character(v, pointer + "/decimalSeparator")));
        mapping = option(node, pointer, "missing", mapping,
                (m, v) -> m.withMissingMarkers(texts(v, pointer + "/missing")));
        mapping = option(node, pointer, "tagSeparator", mapping,
                (m, v) -> m.withTagSeparator(text(v, pointer + "/tagSeparator")));
        if (node.has("true") || node.has("false")) {
            String at = pointer + (node.has("true") ? "/true" : "/false");
            List<String> yes = node.has("true") ? texts(node.get("true"), pointer + "/true")
                    : List.copyOf(ColumnMapping.DEFAULT_TRUE_VALUES);
            List<String> no = node.has("false") ? texts(node.get("false"), pointer + "/false")
                    : List.copyOf(ColumnMapping.DEFAULT_FALSE_VALUES);
            mapping = applied(at, mapping, m -> m.withBooleanValues(yes, no));
        }
        return mapping;
    }

    private ColumnMapping single(JsonNode node, String pointer, AttributeKind kind) {
        for (String geoOnly : List.of("latitude", "longitude")) {
            if (node.has(geoOnly)) {
                throw invalid(pointer + "/" + geoOnly, "'" + geoOnly + "' is for geoPoint columns; a "
                        + kind.label() + " attribute reads one 'column'");
            }
        }
        String column = nonEmptyText(node, pointer, "column");
        String name = node.has("attribute") ? nonEmptyText(node, pointer, "attribute") : column;
        String at = pointer + (node.has("attribute") ? "/attribute" : "/column");
        currentAttribute = name;
        ColumnMapping mapping = applied(at, null, m -> ColumnMapping.of(column, name, kind));
        unique(name, at);
        return mapping;
    }

    private ColumnMapping geoPoint(JsonNode node, String pointer) {
        if (node.has("column")) {
            throw invalid(pointer + "/column", "a geoPoint reads 'latitude' and 'longitude', not 'column'");
        }
        String name = nonEmptyText(node, pointer, "attribute");
        currentAttribute = name;
        String latitude = nonEmptyText(node, pointer, "latitude");
        String longitude = nonEmptyText(node, pointer, "longitude");
        ColumnMapping mapping = applied(pointer + "/attribute", null,
                m -> ColumnMapping.geoPoint(latitude, longitude, Attribute.ofGeoPoint(name)));
        unique(name, pointer + "/attribute");
        return mapping;
    }

    private void unique(String attribute, String pointer) {
        String first = attributePointers.putIfAbsent(attribute, pointer);
        if (first != null) {
            throw invalid(pointer, "attribute '" + attribute + "' is mapped twice (first at " + first + ")");
        }
    }

    /** {@code change} applied to {@code mapping} when {@code field} is present. */
    private ColumnMapping option(JsonNode node, String pointer, String field, ColumnMapping mapping,
            java.util.function.BiFunction<ColumnMapping, JsonNode, ColumnMapping> change) {
        JsonNode value = node.get(field);
        return value == null ? mapping : applied(pointer + "/" + field, mapping, m -> change.apply(m, value));
    }

    /** {@code change} applied, its refusal (an option that does not fit the kind, say) a problem at {@code pointer}. */
    private ColumnMapping applied(String pointer, ColumnMapping mapping, UnaryOperator<ColumnMapping> change) {
        try {
            return change.apply(mapping);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw invalid(pointer, String.valueOf(e.getMessage()));
        }
    }

    private void object(JsonNode node, String pointer, Set<String> fields) {
        if (!node.isObject()) {
            throw invalid(pointer, "expected an object, found " + type(node));
        }
        boolean unknown = false;
        for (String name : (Iterable<String>) node::fieldNames) {
            if (!fields.contains(name)) {
                String hint = Suggestions.closest(name, fields).map(s -> " (did you mean '" + s + "'?)").orElse("");
                invalid(pointer + "/" + JsonPositions.escape(name), "unknown field '" + name + "'" + hint
                        + "; the fields are " + new java.util.TreeSet<>(fields));
                unknown = true;
            }
        }
        if (unknown) {
            throw new Invalid();
        }
    }

    private JsonNode required(JsonNode node, String pointer, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            throw invalid(pointer, "missing field '" + field + "'");
        }
        return value;
    }

    private String nonEmptyText(JsonNode node, String pointer, String field) {
        String text = text(required(node, pointer, field), pointer + "/" + field);
        if (text.isEmpty()) {
            throw invalid(pointer + "/" + field, "'" + field + "' is empty");
        }
        return text;
    }

    private String text(JsonNode value, String pointer) {
        if (!value.isTextual()) {
            throw invalid(pointer, "expected a string, found " + type(value));
        }
        return value.textValue();
    }

    private List<String> texts(JsonNode value, String pointer) {
        if (!value.isArray()) {
            throw invalid(pointer, "expected an array of strings, found " + type(value));
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            texts.add(text(value.get(i), pointer + "/" + i));
        }
        return texts;
    }

    private char character(JsonNode value, String pointer) {
        String text = text(value, pointer);
        if (text.length() != 1) {
            throw invalid(pointer, "expected one character, found '" + text + "'");
        }
        return text.charAt(0);
    }

    private ZoneId zone(JsonNode value, String pointer) {
        String text = text(value, pointer);
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw invalid(pointer, "unknown time zone '" + text + "' (an id such as UTC, Europe/Paris or +02:00)");
        }
    }

    private static String type(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT:
                return "an object";
            case ARRAY:
                return "an array";
            case STRING:
                return "a string";
            case NUMBER:
                return "a number";
            case BOOLEAN:
                return "a boolean";
            case NULL:
                return "null";
            default:
                return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
