package io.github.segmentkit.definitions;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.DefinitionLimits;
import io.github.segmentkit.api.internal.DefinitionValidator;
import io.github.segmentkit.definitions.json.JsonLocator;
import io.github.segmentkit.definitions.json.JsonReader;
import io.github.segmentkit.definitions.json.JsonWriter;
import io.github.segmentkit.definitions.text.TextParser;
import io.github.segmentkit.definitions.text.TextPrinter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
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
import java.util.function.UnaryOperator;

/**
 * Segment definitions as data: read and write the text language ({@code .seg}) and JSON ({@code .json}), both
 * validated against a schema's attributes. Reading either form of the same segments gives equal syntax trees, and
 * printing is canonical, so {@code parse(print(segments))} equals {@code segments}.
 *
 * <pre>{@code
 * List<Segment> segments = Definitions.parseText("""
 *         segment "outdoor-young"
 *           where age between 25 and 34 and country in ("US", "CA")
 *         """, schema.attributes());
 * String json = Definitions.printJson(segments);
 * Segmenter<Customer> segmenter = Segmenter.builder(schema).addAll(segments).build();
 * }</pre>
 *
 * <p>Every failure is a {@link DefinitionException} listing all problems found, each with the segment and the
 * position (line and column for text, a JSON pointer for JSON). Input is treated as hostile: nothing is executed or
 * loaded by name, and size, nesting, list and string lengths are limited ({@link DefinitionLimits}). Thread-safe.
 */
public final class Definitions {
    private Definitions() {
    }

    /**
     * Parses and validates a text document.
     *
     * @throws DefinitionException listing every syntax and validation problem, with positions
     */
    public static List<Segment> parseText(String source, Collection<? extends Attribute> attributes) {
        return parseTextWithPositions(source, attributes).segments();
    }

    /**
     * Parses and validates a text document of classifiers and segments; the segments may use the classifiers'
     * labels as categorical attributes.
     *
     * @throws DefinitionException listing every problem, with positions
     */
    public static DefinitionsDocument parseTextDocument(String source, Collection<? extends Attribute> attributes) {
        return parseTextWithPositions(source, attributes).document();
    }

    /** Like {@link #parseTextDocument} for a JSON document. */
    public static DefinitionsDocument parseJsonDocument(byte[] utf8, Collection<? extends Attribute> attributes) {
        return parseJsonWithPositions(utf8, attributes).document();
    }

    /** Like {@link #parseText} but also returns where each segment starts. */
    public static ParsedDefinitions parseTextWithPositions(String source, Collection<? extends Attribute> attributes) {
        if (source.length() > DefinitionLimits.MAX_SOURCE_LENGTH) {
            throw new DefinitionException(Problem.of(null, null, "the document has " + source.length()
                    + " characters, more than the limit of " + DefinitionLimits.MAX_SOURCE_LENGTH));
        }
        List<Problem> problems = new ArrayList<>();
        ParsedDefinitions parsed = TextParser.parse(source, index(attributes), problems);
        return validated(parsed, attributes, problems, TextParser.locator(source, parsed));
    }

    /**
     * Parses and validates a text document given as UTF-8 bytes; malformed UTF-8 is a problem, not a crash.
     *
     * @throws DefinitionException listing every problem
     */
    public static List<Segment> parseText(byte[] utf8, Collection<? extends Attribute> attributes) {
        return parseText(decode(utf8), attributes);
    }

    /**
     * Parses and validates a JSON document.
     *
     * @throws DefinitionException listing every problem, each with the JSON pointer of the offending value
     */
    public static List<Segment> parseJson(String json, Collection<? extends Attribute> attributes) {
        return parseJson(encode(json), attributes);
    }

    /** Parses and validates a JSON document given as UTF-8 bytes. */
    public static List<Segment> parseJson(byte[] utf8, Collection<? extends Attribute> attributes) {
        return parseJsonWithPositions(utf8, attributes).segments();
    }

    private static ParsedDefinitions parseJsonWithPositions(byte[] utf8, Collection<? extends Attribute> attributes) {
        if (utf8.length > DefinitionLimits.MAX_SOURCE_LENGTH) {
            throw new DefinitionException(Problem.of(null, null, "the document has " + utf8.length
                    + " bytes, more than the limit of " + DefinitionLimits.MAX_SOURCE_LENGTH));
        }
        decode(utf8);   // reports malformed UTF-8 the same way for both formats
        List<Problem> problems = new ArrayList<>();
        ParsedDefinitions parsed = JsonReader.read(new ByteArrayInputStream(utf8), index(attributes), problems);
        return validated(parsed, attributes, problems, JsonLocator.locator(parsed));
    }

    /**
     * Reads a definitions file, choosing the format by its extension: {@code .json} for JSON, anything else
     * (conventionally {@code .seg}) for the text language.
     *
     * @throws DefinitionException listing every problem, naming the file
     * @throws IOException         when the file cannot be read
     */
    public static List<Segment> read(Path file, Collection<? extends Attribute> attributes) throws IOException {
        return readDocument(file, attributes).segments();
    }

    /**
     * Reads a definitions file of classifiers and segments, choosing the format by its extension.
     *
     * @throws DefinitionException listing every problem, naming the file
     * @throws IOException         when the file cannot be read
     */
    public static DefinitionsDocument readDocument(Path file, Collection<? extends Attribute> attributes)
            throws IOException {
        if (Files.size(file) > DefinitionLimits.MAX_SOURCE_LENGTH) {
            throw new DefinitionException(Problem.of(null, null, file + " has " + Files.size(file)
                    + " bytes, more than the limit of " + DefinitionLimits.MAX_SOURCE_LENGTH));
        }
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            content = in.readAllBytes();
        }
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        try {
            return json ? parseJsonDocument(content, attributes) : parseTextDocument(decode(content), attributes);
        } catch (DefinitionException e) {
            List<Problem> named = e.problems().stream().map(p -> new Problem(p.segment(), p.attribute(),
                    file.getFileName() + ": " + p.message(), p.position())).toList();
            throw new DefinitionException(named);
        }
    }

    /** The canonical text form of {@code segments}. */
    public static String printText(List<Segment> segments) {
        return TextPrinter.print(segments);
    }

    /** The canonical JSON form of {@code segments}. */
    public static String printJson(List<Segment> segments) {
        return JsonWriter.write(segments);
    }

    /** The canonical text form of a document: its classifiers, then its segments. */
    public static String printText(DefinitionsDocument document) {
        return TextPrinter.print(document.classifiers(), document.segments());
    }

    /** The canonical JSON form of a document. */
    public static String printJson(DefinitionsDocument document) {
        return JsonWriter.write(document.classifiers(), document.segments());
    }

    /** Validates what parsed cleanly; each problem is placed in the source by {@code locate}. */
    private static ParsedDefinitions validated(ParsedDefinitions parsed, Collection<? extends Attribute> attributes,
            List<Problem> problems, UnaryOperator<Problem> locate) {
        if (problems.isEmpty()) {
            List<Attribute> available = DefinitionsDocument.withDerived(attributes, parsed.classifiers());
            for (Problem problem : DefinitionValidator.validate(available, parsed.segments(), true)) {
                problems.add(locate.apply(problem));
            }
        }
        if (!problems.isEmpty()) {
            throw new DefinitionException(problems);
        }
        return parsed;
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
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(utf8)).toString();
        } catch (CharacterCodingException e) {
            throw new DefinitionException(Problem.of(null, null, "the document is not valid UTF-8: "
                    + e.getMessage()));
        }
    }
}
