package io.github.segmentkit.definitions.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.segmentkit.api.DefinitionLimits;

/**
 * The JSON document format of segment definitions, version {@value #FORMAT_VERSION}; documented by the JSON Schema
 * {@code io/github/segmentkit/definitions/segment-definitions.schema.json} on the class path.
 *
 * <pre>{@code
 * {
 *   "formatVersion": 1,
 *   "segments": [
 *     { "name": "adults", "description": "", "where": { "op": "ge", "attribute": "age", "value": 18 } }
 *   ]
 * }
 * }</pre>
 */
public final class JsonFormat {
    /** The format version this library reads and writes. */
    public static final int FORMAT_VERSION = 1;

    /**
     * A mapper that rejects duplicate keys and trailing content and enforces size limits while parsing, before any
     * tree is built; nesting allows two JSON levels per criterion level plus the document's own.
     */
    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(2 * DefinitionLimits.MAX_DEPTH + 8)
                    .maxNumberLength(DefinitionLimits.MAX_NUMBER_LENGTH)
                    .maxStringLength(DefinitionLimits.MAX_STRING_LENGTH * 6)
                    .maxDocumentLength(DefinitionLimits.MAX_SOURCE_LENGTH)
                    .build())
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonFormat() {
    }
}
