package io.github.segmentkit.definitions.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.SourcePosition;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.internal.Suggestions;
import io.github.segmentkit.definitions.text.TextLocator;
import io.github.segmentkit.definitions.text.TextParser;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of {@code definitions.source}, compiled and run here, in their own package, so that they keep
 * compiling when these types stop being public. Checked by {@code JavadocExamplesTest} in the examples module.
 */
class SourceSnippetsTest {
    private static final String SOURCE = """
            segment "adults"
              where age >= 18

            segment "north-america"
              where country in ("US", "CA")

            segment "lapsed"
              where age between 10 and 5 and last_order before 365 days ago
            """;
    private final Map<String, Attribute> attributes = TestCustomers.SCHEMA.attributes().stream()
            .collect(Collectors.toMap(Attribute::name, a -> a));

    @Test
    void should_list_the_segments_and_declarations_of_a_document() {
        String source = SOURCE;
        List<Problem> problems = new ArrayList<>();
        // javadoc: segmentation-definitions/src/main/java/io/github/segmentkit/definitions/source/ParsedDefinitions.java
        ParsedDefinitions parsed = TextParser.parse(source, attributes, problems);
        parsed.segments();       // the segments that parsed, in document order
        parsed.declarations();   // every declaration, with its position

        assertThat(problems).isEmpty();
        assertThat(parsed.segments()).extracting(s -> s.name()).containsExactly("adults", "north-america", "lapsed");
        assertThat(parsed.declarations()).extracting(ParsedSegment::name)
                .containsExactly("adults", "north-america", "lapsed");
    }

    @Test
    void should_know_where_a_declaration_and_its_attributes_are_written() {
        ParsedDefinitions parsed = TextParser.parse(SOURCE, attributes, new ArrayList<>());
        // javadoc: segmentation-definitions/src/main/java/io/github/segmentkit/definitions/source/ParsedSegment.java
        ParsedSegment lapsed = parsed.declarations().get(2);
        lapsed.ordinal();              // 2: the third segment of the document (its index in JSON's "segments")
        lapsed.start();                // line 7, column 1 (text only)
        lapsed.positionOf("age");      // Optional[line 8, column 9]: where 'age' is first used, else the start
        lapsed.positionOfValue("country", "US");   // where "US" is compared with 'country', else as positionOf

        assertThat(lapsed.ordinal()).isEqualTo(2);
        assertThat(lapsed.start()).isEqualTo(new SourcePosition(7, 1));
        assertThat(lapsed.positionOf("age")).isEqualTo(Optional.of(new SourcePosition(8, 9)));
        assertThat(lapsed.positionOf("income")).isEqualTo(Optional.of(new SourcePosition(7, 1)));
        assertThat(lapsed.positionOfValue("country", "US")).isEqualTo(Optional.of(new SourcePosition(7, 1)));
        // '  where country in ("US", "CA")': "CA" starts in column 27
        assertThat(parsed.declarations().get(1).positionOfValue("country", "CA"))
                .isEqualTo(Optional.of(new SourcePosition(5, 27)));
    }

    @Test
    void should_place_a_problem_at_the_attribute_it_names() {
        String source = SOURCE;
        ParsedSegment declaration = TextParser.parse(SOURCE, attributes, new ArrayList<>()).declarations().get(2);
        // javadoc: segmentation-definitions/src/main/java/io/github/segmentkit/definitions/source/SourceLocator.java
        SourceLocator locator = TextLocator.of(source);
        locator.at(declaration, Problem.of("lapsed", "age", "age.between(10, 5): …"));   // at line 8, column 9

        assertThat(locator.at(declaration, Problem.of("lapsed", "age", "age.between(10, 5): …")).position())
                .isEqualTo(new SourcePosition(8, 9));
    }

    @Test
    void should_validate_a_whole_document_with_positions() {
        String source = SOURCE;
        ParsedDefinitions parsed = TextParser.parse(SOURCE, attributes, new ArrayList<>());
        Collection<Attribute> attributes = TestCustomers.SCHEMA.attributes();
        // javadoc: segmentation-definitions/src/main/java/io/github/segmentkit/definitions/source/DocumentValidation.java
        List<Problem> problems = DocumentValidation.validate(parsed, attributes, TextLocator.of(source));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).segment()).isEqualTo("lapsed");
        assertThat(problems.get(0).position()).isEqualTo(new SourcePosition(8, 9));
    }

    @Test
    void should_report_a_label_a_classifier_never_gives() {
        String source = """
                classifier "rfm" settings {"recency": "age", "frequency": "age", "monetary": "income"}
                segment "best" where rfm_segment = "champion"
                """;
        Map<String, Attribute> known = new java.util.LinkedHashMap<>(attributes);
        ParsedDefinitions parsed = TextParser.parse(source, known, new ArrayList<>());
        Collection<Attribute> schemaAttributes = TestCustomers.SCHEMA.attributes();
        SourceLocator locator = TextLocator.of(source);
        Suggestions suggestions = Suggestions.withBudget(Suggestions.DEFAULT_BUDGET);
        // javadoc: segmentation-definitions/src/main/java/io/github/segmentkit/definitions/source/LabelValidation.java
        List<Problem> problems = LabelValidation.validate(parsed, schemaAttributes, locator, suggestions);
        // line 2, column 36: segment 'best', attribute 'rfm_segment': classifier 'rfm' never gives the label
        // 'champion' (did you mean 'champions'?)

        assertThat(problems).extracting(p -> p.toString().lines().findFirst().orElseThrow()).containsExactly(
                "line 2, column 36: segment 'best', attribute 'rfm_segment': classifier 'rfm' never gives the label"
                        + " 'champion' (did you mean 'champions'?)");
    }

    @Test
    void should_print_a_problem_with_the_source_line_and_a_caret() {
        String source = """
                segment "adults"
                  where age >= 18

                segment "north-america"
                  where country in ("US", "CA")

                segment "lapsed"
                  where age between 10 and 5
                """;
        ParsedSegment declaration = TextParser.parse(source, attributes, new ArrayList<>()).declarations().get(2);
        Problem problem = io.github.segmentkit.api.internal.DefinitionValidator.validate(
                TestCustomers.SCHEMA.attributes(), List.of(declaration.segment()), false).get(0);
        // javadoc: segmentation-definitions/src/main/java/io/github/segmentkit/definitions/text/TextLocator.java
        TextLocator.of(source).at(declaration, problem).toString();
        // line 8, column 9: segment 'lapsed', attribute 'age': age.between(10, 5): low is greater than high, …
        //     where age between 10 and 5
        //           ^

        assertThat(TextLocator.of(source).at(declaration, problem).toString())
                .startsWith("line 8, column 9: segment 'lapsed', attribute 'age': age.between(10, 5): low is greater"
                        + " than high")
                .endsWith("\n    where age between 10 and 5\n          ^");
    }
}
