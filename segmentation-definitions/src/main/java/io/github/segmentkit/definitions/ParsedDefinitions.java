package io.github.segmentkit.definitions;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.SourcePosition;
import io.github.segmentkit.api.classify.Classifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Segments read from a document, with where each one starts, so that later problems can point into the source.
 *
 * <pre>{@code
 * ParsedDefinitions parsed = Definitions.parseText(source, schema.attributes());
 * parsed.segments();                    // the segments, in document order
 * parsed.positionOf("lapsed");          // Optional[line 7, column 1]
 * }</pre>
 *
 * @param classifiers the configured classifiers in document order
 * @param segments    the segments in document order
 * @param positions   where each named segment starts (the first one, for a repeated name)
 */
public record ParsedDefinitions(List<Classifier> classifiers, List<Segment> segments,
        Map<String, SourcePosition> positions) {
    public ParsedDefinitions {
        classifiers = List.copyOf(classifiers);
        segments = List.copyOf(segments);
        positions = Map.copyOf(positions);
    }

    /** The document: classifiers and segments. */
    public DefinitionsDocument document() {
        return new DefinitionsDocument(classifiers, segments);
    }

    /** Where the segment named {@code name} starts, if it came from a document with positions. */
    public Optional<SourcePosition> positionOf(String name) {
        return Optional.ofNullable(positions.get(name));
    }
}
