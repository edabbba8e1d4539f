package io.github.segmentkit.campaign.playbook;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.segmentkit.api.internal.BoundedDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A {@link Playbook} as a small JSON document (version {@value #FORMAT_VERSION}, described in
 * {@code docs/campaigns.md}), so that marketers can change actions and priorities without Java code.
 *
 * <pre>{@code
 * Playbook playbook = PlaybookJson.read("""
 *         {
 *           "formatVersion": 1,
 *           "plays": [
 *             { "segment": "champions", "priority": 1, "campaign": "vip-preview",
 *               "channel": "email", "template": "tpl-vip-1" },
 *             { "segment": "at-risk", "priority": 2, "campaign": "win-back",
 *               "channel": "email", "template": "tpl-winback-3", "offer": "15% off" }
 *           ]
 *         }
 *         """, "playbook.json");
 * String json = PlaybookJson.write(playbook);   // reads back equal
 * }</pre>
 *
 * <p>Every problem of a document is reported at once in an {@link InvalidPlaybookException}, each with its line,
 * column and JSON pointer: unknown fields (with a did-you-mean), missing fields, wrong types, values out of range
 * and a segment, campaign or priority used twice. Documents larger than {@value #MAX_DOCUMENT_BYTES} bytes, nesting
 * deeper than 4 levels, strings longer than {@value Action#MAX_LENGTH} characters and more than
 * {@value Playbook#MAX_PLAYS} plays are refused. Thread-safe.
 */
public final class PlaybookJson {
    /** The format version this library reads and writes. */
    public static final int FORMAT_VERSION = 1;
    /** The largest playbook document read, in bytes. */
    public static final int MAX_DOCUMENT_BYTES = 256 * 1024;

    /** Rejects duplicate keys and enforces the size limits while parsing. */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(4)
                    .maxNumberLength(16)
                    .maxStringLength(4 * Action.MAX_LENGTH)   // longer names are refused by the reader, with a place
                    .maxDocumentLength(MAX_DOCUMENT_BYTES)
                    .build())
            .build();

    private static final ObjectMapper WRITER = new ObjectMapper();

    private PlaybookJson() {
    }

    /**
     * Reads the UTF-8 playbook document {@code file}; problems name its file name.
     *
     * @throws InvalidPlaybookException listing every problem, with line, column and JSON pointer
     */
    public static Playbook read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, String.valueOf(file.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a playbook document.
     *
     * @param source the name problems give the document, or {@code null}
     * @throws InvalidPlaybookException listing every problem, with line, column and JSON pointer
     */
    public static Playbook read(String json, String source) {
        return PlaybookReader.read(Objects.requireNonNull(json, "json").getBytes(StandardCharsets.UTF_8), source);
    }

    /**
     * Reads a UTF-8 playbook document from {@code in}; does not close it.
     *
     * @param source the name problems give the document, or {@code null}
     * @throws InvalidPlaybookException listing every problem, with line, column and JSON pointer
     */
    public static Playbook read(InputStream in, String source) {
        return PlaybookReader.read(BoundedDocument.read(in, MAX_DOCUMENT_BYTES, "PlaybookJson.MAX_DOCUMENT_BYTES",
                problems -> new InvalidPlaybookException(source, problems)), source);
    }

    /** {@code playbook} as a document of this format, plays by priority; reading it back gives an equal playbook. */
    public static String write(Playbook playbook) {
        ObjectNode document = WRITER.createObjectNode();
        document.put("formatVersion", FORMAT_VERSION);
        ArrayNode plays = document.putArray("plays");
        for (Play play : Objects.requireNonNull(playbook, "playbook").plays()) {
            ObjectNode node = plays.addObject();
            node.put("segment", play.segment());
            node.put("priority", play.priority());
            node.put("campaign", play.campaign());
            node.put("channel", play.action().channel());
            node.put("template", play.action().templateId());
            play.action().offerIfAny().ifPresent(offer -> node.put("offer", offer));
        }
        try {
            return WRITER.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }
}
