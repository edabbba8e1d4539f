package io.github.segmentkit.definitions.source;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.definitions.DefinitionsDocument;
import java.util.List;

/**
 * What a reader found in a document: the classifiers that were configured and every segment declaration, those in
 * error included, with where each one is, so that problems found later (by validation) can point into the source.
 *
 * <pre>{@code
 * ParsedDefinitions parsed = TextParser.parse(source, attributes, problems);
 * parsed.segments();       // the segments that parsed, in document order
 * parsed.declarations();   // every declaration, with its position
 * }</pre>
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param classifiers  the configured classifiers in document order
 * @param declarations the segment declarations in document order
 */
public record ParsedDefinitions(List<Classifier> classifiers, List<ParsedSegment> declarations) {
    /** Nothing: what a document that could not be read at all holds. */
    public static final ParsedDefinitions EMPTY = new ParsedDefinitions(List.of(), List.of());

    public ParsedDefinitions {
        classifiers = List.copyOf(classifiers);
        declarations = List.copyOf(declarations);
    }

    /** The segments that parsed, in document order. */
    public List<Segment> segments() {
        return declarations.stream().filter(ParsedSegment::parsed).map(ParsedSegment::segment).toList();
    }

    /** The document: classifiers and the segments that parsed. */
    public DefinitionsDocument document() {
        return new DefinitionsDocument(classifiers, segments());
    }
}
