package io.github.segmentkit.io.mapping;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.segmentkit.api.SourcePosition;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON document starts, by JSON pointer ({@code /columns/2/kind}): a parsed tree has no line
 * numbers, so the reader streams the document once to note them and places each problem at its line and column.
 */
final class JsonPositions {
    private final Map<String, SourcePosition> positions = new HashMap<>();

    /** Notes the start of every value {@code parser} reads; the parser's exceptions (syntax, limits) pass through. */
    static JsonPositions of(JsonParser parser) throws IOException {
        JsonPositions index = new JsonPositions();
        Deque<String> containers = new ArrayDeque<>();   // the pointer of each open object or array
        Deque<Integer> nextIndex = new ArrayDeque<>();    // the next element index of each, -1 for objects
        String field = null;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            if (token == JsonToken.FIELD_NAME) {
                field = parser.currentName();
                continue;
            }
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                containers.pop();
                nextIndex.pop();
                continue;
            }
            String pointer;
            if (containers.isEmpty()) {
                pointer = "";
            } else if (nextIndex.peek() < 0) {
                pointer = containers.peek() + "/" + escape(field);
            } else {
                int element = nextIndex.pop();
                nextIndex.push(element + 1);
                pointer = containers.peek() + "/" + element;
            }
            index.positions.put(pointer, position(parser.currentTokenLocation()));
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                containers.push(pointer);
                nextIndex.push(token == JsonToken.START_OBJECT ? -1 : 0);
            }
        }
        return index;
    }

    /** RFC 6901: '~' and '/' in a field name are written ~0 and ~1. */
    static String escape(String field) {
        return field.replace("~", "~0").replace("/", "~1");
    }

    /** A position from the parser's location, or {@code null} when it has none. */
    static SourcePosition position(JsonLocation location) {
        if (location == null || location.getLineNr() < 1 || location.getColumnNr() < 1) {
            return null;
        }
        return new SourcePosition(location.getLineNr(), location.getColumnNr());
    }

    /** Where the value at {@code pointer} starts, or where its nearest enclosing value does. */
    SourcePosition at(String pointer) {
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            SourcePosition found = positions.get(p);
            if (found != null || p.isEmpty()) {
                return found;
            }
        }
    }
}
