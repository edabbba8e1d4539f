package io.github.segmentkit.definitions.source;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.SourcePosition;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One segment declaration of a document as read: its name, where it is and, unless it was in error, its syntax
 * tree. A declaration in error is kept so that other segments' references to its name are not reported as unknown.
 *
 * <pre>{@code
 * ParsedSegment lapsed = parsed.declarations().get(2);
 * lapsed.ordinal();              // 2: the third segment of the document (its index in JSON's "segments")
 * lapsed.start();                // line 7, column 1 (text only)
 * lapsed.positionOf("age");      // Optional[line 8, column 9]: where 'age' is first used, else the start
 * lapsed.positionOfValue("country", "US");   // where "US" is compared with 'country', else as positionOf
 * }</pre>
 *
 * @param name               the segment's name as written
 * @param ordinal            the 0-based index of the declaration among the document's segments
 * @param start              where the declaration starts; {@code null} for JSON, which has pointers instead
 * @param attributePositions where each attribute is first used in the declaration (text only)
 * @param valuePositions     by categorical attribute, where each value is first compared with it (text only)
 * @param segment            the syntax tree, or {@code null} when the declaration is in error
 */
public record ParsedSegment(String name, int ordinal, SourcePosition start,
        Map<String, SourcePosition> attributePositions, Map<String, Map<String, SourcePosition>> valuePositions,
        Segment segment) {
    public ParsedSegment {
        attributePositions = Map.copyOf(attributePositions);
        Map<String, Map<String, SourcePosition>> copy = new HashMap<>();
        valuePositions.forEach((attribute, values) -> copy.put(attribute, Map.copyOf(values)));
        valuePositions = Map.copyOf(copy);
    }

    /** A segment read from JSON, where positions are pointers computed from {@code ordinal}. */
    public static ParsedSegment ofJson(int ordinal, String name, Segment segment) {
        return new ParsedSegment(name, ordinal, null, Map.of(), Map.of(), segment);
    }

    /** Whether the declaration parsed, so that {@link #segment()} is not null. */
    public boolean parsed() {
        return segment != null;
    }

    /** Where {@code attribute} is first used, else where the declaration starts; {@code attribute} may be null. */
    public Optional<SourcePosition> positionOf(String attribute) {
        SourcePosition used = attribute == null ? null : attributePositions.get(attribute);
        return Optional.ofNullable(used != null ? used : start);
    }

    /** Where {@code value} is first compared with {@code attribute}, else as {@link #positionOf(String)}. */
    public Optional<SourcePosition> positionOfValue(String attribute, String value) {
        SourcePosition used = valuePositions.getOrDefault(attribute, Map.of()).get(value);
        return used != null ? Optional.of(used) : positionOf(attribute);
    }
}
