package io.github.segmentkit.definitions;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.DefinitionLimits;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.SourcePosition;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.internal.Suggestions;
import io.github.segmentkit.definitions.json.JsonLocator;
import io.github.segmentkit.definitions.json.JsonReader;
import io.github.segmentkit.definitions.json.JsonWriter;
import io.github.segmentkit.definitions.source.DocumentValidation;
import io.github.segmentkit.definitions.source.LabelValidation;
import io.github.segmentkit.definitions.source.ParsedDefinitions;
import io.github.segmentkit.definitions.source.SourceLocator;
import io.github.segmentkit.definitions.text.TextLocator;
import io.github.segmentkit.definitions.text.TextParser;
import io.github.segmentkit.definitions.text.TextPrinter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Segment definitions as data: read and print documents of classifiers and segments in the text language
 * ({@code .seg}) or in JSON ({@code .json}), validated against a schema's attributes. Three verbs, each taking the
 * {@link DefinitionsFormat} explicitly or, for files, from the extension:
 * <ul>
 *   <li>{@link #read(Path, Collection)}: a file, the format chosen by its extension;</li>
 *   <li>{@link #parse(String, DefinitionsFormat, Collection)} and {@link #parse(byte[], DefinitionsFormat,
 *       Collection)}: a document in memory, as text or as UTF-8 bytes;</li>
 *   <li>{@link #print(DefinitionsDocument, DefinitionsFormat)} and {@link #print(List, DefinitionsFormat)}: the
 *       canonical form of a document, or of segments alone.</li>
 * </ul>
 * Reading returns a {@link DefinitionsDocument} whatever the document holds; call {@code segments()} on it when it
 * holds segments only. Reading either form of the same document gives equal syntax trees, and printing is
 * canonical, so {@code parse(print(document, f), f, attributes)} equals {@code document}.
 *
 * <pre>{@code
 * List<Segment> segments = Definitions.parse("""
 *         segment "outdoor-young"
 *           where age between 25 and 34 and country in ("US", "CA")
 *         """, DefinitionsFormat.TEXT, schema.attributes()).segments();
 * String json = Definitions.print(segments, DefinitionsFormat.JSON);
 * DefinitionsDocument crm = Definitions.read(file, schema.attributes());   // a .seg or .json file
 * Segmenter<Customer> segmenter = Segmenter.builder(schema).addAll(segments).build();
 * }</pre>
 *
 * <p>Every failure is a {@link DefinitionException} listing all problems of the document, in document order, each
 * with the segment and the position (line and column for text, a JSON pointer for JSON): syntax errors, kinds that
 * do not fit, and the schema checks (impossible ranges, unknown or cyclic {@code in segment} references, repeated
 * names, pointed at the repeat) of every segment that could be read. Input is treated as hostile: nothing is
 * executed or loaded by name, and size, nesting, list and string lengths are limited ({@link DefinitionLimits}).
 * Thread-safe.
 */
public final class Definitions {
    private Definitions() {
    }

    /**
     * Reads a definitions file of classifiers and segments, choosing the format by its extension
     * ({@link DefinitionsFormat#of(Path)}: {@code .json} for JSON, anything else, conventionally {@code .seg}, for
     * the text language). The segments may use the classifiers' labels as categorical attributes.
     *
     * @throws DefinitionException listing every problem, each message naming the file
     * @throws IOException         when the file cannot be read
     */
    public static DefinitionsDocument read(Path file, Collection<? extends Attribute> attributes) throws IOException {
        byte[] content;
        // read at most one byte past the limit, whatever the file is: Files.size says 0 for /dev/zero and a FIFO
        try (InputStream in = Files.newInputStream(file)) {
            content = in.readNBytes(DefinitionLimits.MAX_SOURCE_LENGTH + 1);
        }
        if (content.length > DefinitionLimits.MAX_SOURCE_LENGTH) {
            throw new DefinitionException(Problem.of(null, null, file.getFileName() + " has more than "
                    + DefinitionLimits.MAX_SOURCE_LENGTH + " bytes, the limit of a definitions document"));
        }
        try {
            return parse(content, DefinitionsFormat.of(file), attributes);
        } catch (DefinitionException e) {
            List<Problem> named = e.problems().stream().map(p -> new Problem(p.segment(), p.attribute(),
                    file.getFileName() + ": " + p.message(), p.position())).toList();
            throw new DefinitionException(named);
        }
    }

    /**
     * Parses and validates a document given as text.
     *
     * @throws DefinitionException listing every problem, with positions
     */
    public static DefinitionsDocument parse(String source, DefinitionsFormat format,
            Collection<? extends Attribute> attributes) {
        if (format == DefinitionsFormat.JSON) {
            return parseJson(encode(source), attributes);
        }
        if (source.length() > DefinitionLimits.MAX_SOURCE_LENGTH) {
            throw new DefinitionException(new Problem(null, null, "the document has " + source.length()
                    + " characters, more than the limit of " + DefinitionLimits.MAX_SOURCE_LENGTH,
                    positionOf(source, DefinitionLimits.MAX_SOURCE_LENGTH)));
        }
        // a byte-order mark is no part of the text, as for JSON: editors on Windows write one
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        List<Problem> problems = new ArrayList<>();
        ParsedDefinitions parsed = TextParser.parse(text, index(attributes), problems);
        return validated(parsed, attributes, problems, TextLocator.of(text));
    }

    /**
     * Parses and validates a document given as UTF-8 bytes; malformed UTF-8 is a problem, not a crash.
     *
     * @throws DefinitionException listing every problem, with positions
     */
    public static DefinitionsDocument parse(byte[] utf8, DefinitionsFormat format,
            Collection<? extends Attribute> attributes) {
        return format == DefinitionsFormat.JSON ? parseJson(utf8, attributes) : parse(decode(utf8), format,
                attributes);
    }

    /** The canonical form of a document: its classifiers, then its segments. */
    public static String print(DefinitionsDocument document, DefinitionsFormat format) {
        return format == DefinitionsFormat.JSON ? JsonWriter.write(document.classifiers(), document.segments())
                : TextPrinter.print(document.classifiers(), document.segments());
    }

    /** The canonical form of a document of {@code segments} only. */
    public static String print(List<Segment> segments, DefinitionsFormat format) {
        return print(DefinitionsDocument.ofSegments(segments), format);
    }

    private static DefinitionsDocument parseJson(byte[] utf8, Collection<? extends Attribute> attributes) {
        if (utf8.length > DefinitionLimits.MAX_SOURCE_LENGTH) {
            throw new DefinitionException(new Problem(null, null, "the document has " + utf8.length
                    + " bytes, more than the limit of " + DefinitionLimits.MAX_SOURCE_LENGTH,
                    positionOf(utf8, DefinitionLimits.MAX_SOURCE_LENGTH)));
        }
        decode(utf8);   // reports malformed UTF-8 the same way for both formats
        List<Problem> problems = new ArrayList<>();
        ParsedDefinitions parsed = JsonReader.read(new ByteArrayInputStream(utf8), index(attributes), problems);
        return validated(parsed, attributes, problems, JsonLocator.INSTANCE);
    }

    /**
     * Validates the segments that were read, even when others were in error, and throws every problem of the
     * document in document order: a syntax error in one segment must not hide a schema problem in another.
     */
    private static DefinitionsDocument validated(ParsedDefinitions parsed, Collection<? extends Attribute> attributes,
            List<Problem> problems, SourceLocator locator) {
        List<Attribute> available = DefinitionsDocument.withDerived(attributes, parsed.classifiers());
        problems.addAll(DocumentValidation.validate(parsed, available, locator));
        // a budget of its own: the label hints add at most one more bounded search to the document's validation
        problems.addAll(LabelValidation.validate(parsed, attributes, locator,
                Suggestions.withBudget(Suggestions.DEFAULT_BUDGET)));
        if (!problems.isEmpty()) {
            problems.sort(locator.documentOrder());
            throw new DefinitionException(problems);
        }
        return parsed.document();
    }

    private static Map<String, Attribute> index(Collection<? extends Attribute> attributes) {
        Map<String, Attribute> byName = new LinkedHashMap<>();
        attributes.forEach(a -> byName.put(a.name(), a));
        return byName;
    }

    /** UTF-8 of {@code text}; an unpaired surrogate is a problem, where {@code getBytes} would write '?'. */
    private static byte[] encode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new DefinitionException(Problem.of(null, null, String.format(Locale.ROOT,
                        "the document holds an unpaired surrogate U+%04X at character %d; write it as an escape"
                                + " (\\u%04x) if it is meant", (int) c, i + 1, (int) c)));
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String decode(byte[] utf8) {
        ByteBuffer in = ByteBuffer.wrap(utf8);
        CharBuffer out = CharBuffer.allocate(utf8.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new DefinitionException(new Problem(null, null, String.format(Locale.ROOT,
                    "the document is not valid UTF-8: a malformed sequence of %d byte%s at byte offset %d",
                    result.length(), result.length() == 1 ? "" : "s", offset), positionOf(utf8, offset)));
        }
        return out.flip().toString();
    }

    /** Line and column (1-based; a column counts bytes) of byte {@code offset} of a UTF-8 document. */
    private static SourcePosition positionOf(byte[] utf8, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < utf8.length; i++) {
            if (utf8[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(line, offset - lineStart + 1);
    }

    /** Line and column (1-based) of character {@code offset} of a text. */
    private static SourcePosition positionOf(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(line, offset - lineStart + 1);
    }
}
