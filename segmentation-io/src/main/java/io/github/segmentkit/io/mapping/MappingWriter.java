package io.github.segmentkit.io.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.segmentkit.io.ColumnMapping;
import io.github.segmentkit.io.CustomerMapping;
import java.util.Collection;
import java.util.Set;

/** Writes a mapping in the JSON format, fields in the documented order, options at their defaults left out. */
final class MappingWriter {
    private MappingWriter() {
    }

    static String write(CustomerMapping mapping) {
        ObjectNode document = MappingJson.MAPPER.createObjectNode();
        document.put("formatVersion", MappingJson.FORMAT_VERSION);
        document.put("id", mapping.idColumn());
        ArrayNode columns = document.putArray("columns");
        for (ColumnMapping column : mapping.columns()) {
            columns.add(column(column));
        }
        try {
            return MappingJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    private static ObjectNode column(ColumnMapping column) {
        ObjectNode node = MappingJson.MAPPER.createObjectNode();
        if (column.longitudeColumn() == null) {
            node.put("column", column.column());
        } else {
            node.put("latitude", column.column());
            node.put("longitude", column.longitudeColumn());
        }
        node.put("attribute", column.attribute().name());
        node.put("kind", MappingJson.kindName(column.attribute().kind()));
        if (column.format() != null) {
            node.put("format", column.format());
        }
        if (!column.zone().equals(ColumnMapping.DEFAULT_ZONE)) {
            node.put("zone", column.zone().getId());
        }
        if (column.decimalSeparator() != '.') {
            node.put("decimalSeparator", String.valueOf(column.decimalSeparator()));
        }
        if (!column.missingMarkers().equals(Set.of(""))) {
            strings(node.putArray("missing"), column.missingMarkers());
        }
        if (!column.tagSeparator().equals(ColumnMapping.DEFAULT_TAG_SEPARATOR)) {
            node.put("tagSeparator", column.tagSeparator());
        }
        if (!column.trueValues().equals(ColumnMapping.DEFAULT_TRUE_VALUES)
                || !column.falseValues().equals(ColumnMapping.DEFAULT_FALSE_VALUES)) {
            strings(node.putArray("true"), column.trueValues());
            strings(node.putArray("false"), column.falseValues());
        }
        return node;
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }
}
