package io.github.segmentkit.definitions;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.SourcePosition;
import io.github.segmentkit.api.classify.Classifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Segments read from a document, with where each one starts and where each attribute is first used in it, so that
 * later problems (found by validation) can point into the source.
 *
 * <pre>{@code
 * ParsedDefinitions parsed = Definitions.parseTextWithPositions(source, schema.attributes());
 * parsed.segments();                    // the segments, in document order
 * parsed.positionOf("lapsed");          // Optional[line 7, column 1]
 * parsed.positionOf("lapsed", "age");   // Optional[line 8, column 9], else where the segment starts
 * }</pre>
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param classifiers        the configured classifiers in document order
 * @param segments           the segments in document order
 * @param positions          where each named segment starts (the first one, for a repeated name)
 * @param attributePositions per segment name, where each attribute is first used in that segment's criterion
 */
public record ParsedDefinitions(List<Classifier> classifiers, List<Segment> segments,
        Map<String, SourcePosition> positions, Map<String, Map<String, SourcePosition>> attributePositions) {
    public ParsedDefinitions {
        classifiers = List.copyOf(classifiers);
        segments = List.copyOf(segments);
        positions = Map.copyOf(positions);
        Map<String, Map<String, SourcePosition>> copy = new LinkedHashMap<>();
        attributePositions.forEach((segment, used) -> copy.put(segment, Map.copyOf(used)));
        attributePositions = Map.copyOf(copy);
    }

    /** Segments with the positions where they start, and no attribute positions. */
    public ParsedDefinitions(List<Classifier> classifiers, List<Segment> segments,
            Map<String, SourcePosition> positions) {
        this(classifiers, segments, positions, Map.of());
    }

    /** The document: classifiers and segments. */
    public DefinitionsDocument document() {
        return new DefinitionsDocument(classifiers, segments);
    }

    /** Where the segment named {@code name} starts, if it came from a document with positions. */
    public Optional<SourcePosition> positionOf(String name) {
        return Optional.ofNullable(positions.get(name));
    }

    /**
     * Where {@code attribute} is first used in the segment named {@code segment}, falling back to where the segment
     * starts; {@code attribute} may be null.
     */
    public Optional<SourcePosition> positionOf(String segment, String attribute) {
        SourcePosition used = attribute == null ? null
                : attributePositions.getOrDefault(segment, Map.of()).get(attribute);
        return used != null ? Optional.of(used) : positionOf(segment);
    }
}
