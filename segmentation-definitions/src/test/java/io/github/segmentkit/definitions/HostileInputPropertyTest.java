package io.github.segmentkit.definitions;

import static io.github.segmentkit.definitions.DefinitionsFormat.JSON;
import static io.github.segmentkit.definitions.DefinitionsFormat.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.testing.generators.ClassifierSamples;
import io.github.segmentkit.testing.generators.Generators;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random and mutated documents: the only thing that may escape is the library's own {@link DefinitionException}
 * (no stack overflow, no other runtime exception). Each try is small; the nesting tests are in
 * {@link DefinitionErrorsTest}.
 */
class HostileInputPropertyTest {
    private static final List<Attribute> ATTRIBUTES = TestCustomers.SCHEMA.attributes();

    private static void onlyDefinitionExceptions(Runnable parse) {
        try {
            parse.run();
        } catch (DefinitionException expected) {
            assertThat(expected.problems()).isNotEmpty();
        }
    }

    /** Documents with segments and, half of the time, a built-in classifier configuration. */
    private static Arbitrary<DefinitionsDocument> documents() {
        Arbitrary<List<Classifier>> classifiers = Arbitraries.of(List.copyOf(ClassifierSamples.byName().entrySet()))
                .map(sample -> ClassifierRegistry.create(ClassifierSamples.type(sample.getKey()), sample.getValue()))
                .list().ofMaxSize(1);
        return Combinators.combine(classifiers, Generators.segments(3, 4)).as(DefinitionsDocument::new);
    }

    @Provide
    Arbitrary<String> validText() {
        return documents().map(document -> Definitions.print(document, TEXT));
    }

    @Provide
    Arbitrary<String> validJson() {
        return documents().map(document -> Definitions.print(document, JSON));
    }

    /** A valid document with a few characters replaced, deleted or inserted, or truncated. */
    private static Arbitrary<String> mutated(Arbitrary<String> documents) {
        Arbitrary<String> noise = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(3),
                Arbitraries.of("(", ")", "\"", "`", "\\", "{", "}", "[", "]", ",", ":", "not", "and", "-", "1e999",
                        "99999999999999999999999", "\uD800", "\u0000", "segment", "null", "true"));
        return Combinators.combine(documents, Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 8), noise, Arbitraries.of(0, 1, 2, 3)).as((doc, at, length, text, how) -> {
                    int start = doc.isEmpty() ? 0 : at % doc.length();
                    int end = Math.min(doc.length(), start + length);
                    return switch (how) {
                        case 0 -> doc.substring(0, start) + text + doc.substring(end);
                        case 1 -> doc.substring(0, start) + doc.substring(end);
                        case 2 -> doc.substring(0, start);
                        default -> doc.substring(0, start) + text + doc.substring(start);
                    };
                });
    }

    @Provide
    Arbitrary<String> mutatedText() {
        return mutated(validText());
    }

    @Provide
    Arbitrary<String> mutatedJson() {
        return mutated(validJson());
    }

    @Property(tries = 1000)
    void should_survive_mutated_text(@ForAll("mutatedText") String source) {
        onlyDefinitionExceptions(() -> Definitions.parse(source, TEXT, ATTRIBUTES));
    }

    @Property(tries = 1000)
    void should_survive_mutated_json(@ForAll("mutatedJson") String json) {
        onlyDefinitionExceptions(() -> Definitions.parse(json, JSON, ATTRIBUTES));
    }

    @Property(tries = 500)
    void should_survive_random_bytes(@ForAll byte[] bytes) {
        onlyDefinitionExceptions(() -> Definitions.parse(bytes, TEXT, ATTRIBUTES));
        onlyDefinitionExceptions(() -> Definitions.parse(bytes, JSON, ATTRIBUTES));
    }

    @Property(tries = 500)
    void should_survive_random_strings(@ForAll String source) {
        onlyDefinitionExceptions(() -> Definitions.parse(source, TEXT, ATTRIBUTES));
        onlyDefinitionExceptions(() -> Definitions.parse(source.getBytes(StandardCharsets.UTF_8), JSON, ATTRIBUTES));
    }

    @Property(tries = 200)
    void should_parse_what_it_prints_even_after_reformatting(@ForAll("validSegments") List<Segment> segments) {
        // keywords are case-insensitive and white space is free
        String shouted = Definitions.print(segments, TEXT).replace(" where ", " WHERE ").replace(" and ", "\n AND\t");
        assertThat(Definitions.parse(shouted, TEXT, ATTRIBUTES).segments()).isEqualTo(segments);
    }

    @Provide
    Arbitrary<List<Segment>> validSegments() {
        return Generators.segments(3, 4);
    }
}
