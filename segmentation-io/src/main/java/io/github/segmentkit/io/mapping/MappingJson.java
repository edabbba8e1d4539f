package io.github.segmentkit.io.mapping;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.segmentkit.api.DefinitionLimits;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.SourcePosition;
import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.internal.BoundedDocument;
import io.github.segmentkit.io.CustomerMapping;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link CustomerMapping} as a small JSON document, so that a schema exists without Java code; the format
 * (version {@value #FORMAT_VERSION}) is described in {@code docs/mapping.md} and by the JSON Schema
 * {@value #SCHEMA_RESOURCE} on the class path.
 *
 * <pre>{@code
 * CustomerMapping mapping = MappingJson.read("""
 *         {
 *           "formatVersion": 1,
 *           "id": "customer_id",
 *           "columns": [
 *             { "column": "age", "kind": "long" },
 *             { "column": "revenu", "attribute": "income", "kind": "double", "decimalSeparator": "," },
 *             { "latitude": "lat", "longitude": "lon", "attribute": "home", "kind": "geoPoint" }
 *           ]
 *         }
 *         """, "customers.mapping.json");
 * String json = MappingJson.write(mapping);   // reads back equal
 * }</pre>
 *
 * <p>Every problem of a document is reported at once in an {@link InvalidMappingException} (a
 * {@link io.github.segmentkit.api.DefinitionException}), each with its line and column and JSON pointer. Documents
 * larger than {@value #MAX_DOCUMENT_BYTES} bytes, strings longer than
 * {@link DefinitionLimits#MAX_STRING_LENGTH} characters and more columns than a schema holds are refused. Thread-safe.
 */
public final class MappingJson {
    /** The format version this library reads and writes. */
    public static final int FORMAT_VERSION = 1;
    /** The largest mapping document read, in bytes. */
    public static final int MAX_DOCUMENT_BYTES = 1 << 20;
    /** The class-path resource of the format's JSON Schema. */
    public static final String SCHEMA_RESOURCE = "/io/github/segmentkit/io/mapping/customer-mapping.schema.json";

    /** The kind names of the format, in the order of {@link AttributeKind}. */
    static final Map<String, AttributeKind> KINDS = kinds();

    /** Rejects duplicate keys and trailing content and enforces size limits while parsing, before a tree is built. */
    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(8)
                    .maxNumberLength(32)
                    .maxStringLength(DefinitionLimits.MAX_STRING_LENGTH)
                    .maxDocumentLength(MAX_DOCUMENT_BYTES)
                    .build())
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private MappingJson() {
    }

    private static Map<String, AttributeKind> kinds() {
        Map<String, AttributeKind> kinds = new LinkedHashMap<>();
        kinds.put("long", AttributeKind.LONG);
        kinds.put("double", AttributeKind.DOUBLE);
        kinds.put("categorical", AttributeKind.CATEGORICAL);
        kinds.put("boolean", AttributeKind.BOOLEAN);
        kinds.put("date", AttributeKind.DATE);
        kinds.put("timestamp", AttributeKind.TIMESTAMP);
        kinds.put("tags", AttributeKind.TAGS);
        kinds.put("geoPoint", AttributeKind.GEO_POINT);
        return Collections.unmodifiableMap(kinds);
    }

    /** The format's name of {@code kind}, e.g. {@code geoPoint}. */
    static String kindName(AttributeKind kind) {
        return KINDS.entrySet().stream().filter(e -> e.getValue() == kind).findFirst().orElseThrow().getKey();
    }

    /**
     * Reads the UTF-8 mapping document {@code file}; problems name its file name.
     *
     * @throws InvalidMappingException listing every problem, with line, column and JSON pointer
     */
    public static CustomerMapping read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, String.valueOf(file.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a mapping document.
     *
     * @param source the name problems give the document, or {@code null}
     * @throws InvalidMappingException listing every problem, with line, column and JSON pointer
     */
    public static CustomerMapping read(String json, String source) {
        return parse(json.getBytes(StandardCharsets.UTF_8), source);
    }

    /**
     * Reads a UTF-8 mapping document from {@code in}; does not close it.
     *
     * @param source the name problems give the document, or {@code null}
     * @throws InvalidMappingException listing every problem, with line, column and JSON pointer
     */
    public static CustomerMapping read(InputStream in, String source) {
        return parse(BoundedDocument.read(in, MAX_DOCUMENT_BYTES, "MappingJson.MAX_DOCUMENT_BYTES",
                problems -> new InvalidMappingException(source, problems)), source);
    }

    private static CustomerMapping parse(byte[] json, String source) {
        JsonPositions positions;
        JsonNode root;
        JsonParser parser = null;
        try {
            parser = MAPPER.createParser(json);
            positions = JsonPositions.of(parser);
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {   // syntax errors and the stream limits (size, nesting, string length)
            SourcePosition at = JsonPositions.position(e.getLocation() != null || parser == null ? e.getLocation()
                    : parser.currentLocation());
            throw new InvalidMappingException(source, List.of(new Problem(null, null, "not valid JSON: "
                    + withoutParserInternals(e.getOriginalMessage()), at)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeQuietly(parser);
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidMappingException(source, List.of(new Problem(null, null, "the document is empty",
                    new SourcePosition(1, 1))));
        }
        MappingReader reader = new MappingReader(positions);
        CustomerMapping mapping = reader.mapping(root);
        if (mapping == null) {
            throw new InvalidMappingException(source, new ArrayList<>(reader.problems()));
        }
        return mapping;
    }

    /** The parser's message without its source note and configuration names, which mean nothing to a user. */
    private static String withoutParserInternals(String message) {
        return String.valueOf(message)
                .replaceAll("\\[Source: [^;\\]]*; ", "[")
                .replaceAll(", from `[A-Za-z]+\\.[A-Za-z]+\\(\\)`", "")
                .replaceAll(" \\(`StreamReadFeature\\.[A-Z_]+` disabled\\)", "");
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
     * {@code mapping} as a document of this format, options at their defaults left out; reading it back gives an
     * equal mapping.
     */
    public static String write(CustomerMapping mapping) {
        return MappingWriter.write(mapping);
    }
}
