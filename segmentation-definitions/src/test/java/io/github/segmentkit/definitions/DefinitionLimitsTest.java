package io.github.segmentkit.definitions;

import static io.github.segmentkit.definitions.DefinitionsFormat.JSON;
import static io.github.segmentkit.definitions.DefinitionsFormat.TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.criteria.Criteria;
import io.github.segmentkit.api.DefinitionLimits;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every limit of {@link DefinitionLimits} is reported as a problem, in both forms, just past the limit; the
 * nesting limit is checked in {@link DefinitionErrorsTest}.
 */
class DefinitionLimitsTest {
    private static final List<Attribute> ATTRIBUTES = TestCustomers.SCHEMA.attributes();

    private static String firstText(String source) {
        return first(assertThrows(DefinitionException.class, () -> Definitions.parse(source, TEXT, ATTRIBUTES)));
    }

    private static String firstJson(String json) {
        return first(assertThrows(DefinitionException.class, () -> Definitions.parse(json, JSON, ATTRIBUTES)));
    }

    private static String first(DefinitionException e) {
        return e.problems().stream().map(Problem::toString).findFirst().orElseThrow().lines().findFirst().orElseThrow();
    }

    private static String jsonSegment(String where) {
        return "{\"formatVersion\": 1, \"segments\": [{\"name\": \"a\", \"where\": " + where + "}]}";
    }

    @Test
    void should_limit_the_list_length() {
        String values = "\"x\", ".repeat(DefinitionLimits.MAX_LIST_SIZE) + "\"y\"";
        // text reports where the list ends: 30 characters before the list, 100,000 times 5, then "y" and ')'
        assertThat(firstText("segment \"a\" where country in (" + values + ")"))
                .isEqualTo("line 1, column 500034: segment 'a': more than 100000 values in one list");
        assertThat(firstJson(jsonSegment("{\"op\": \"in\", \"attribute\": \"country\", \"values\": [" + values + "]}")))
                .isEqualTo("segment 'a': at /segments/0/where/values: 100001 values, more than the limit of 100000");
    }

    @Test
    void should_limit_the_number_of_operands() {
        String text = "segment \"a\" where " + "all or ".repeat(DefinitionLimits.MAX_LIST_SIZE) + "all";
        // reported where the chain ends, just after the last 'all': 18 + 700,000 + 3 + 1
        assertThat(firstText(text)).isEqualTo("line 1, column 700022: segment 'a': more than 100000 'or' operands");
    }

    @Test
    void should_limit_the_string_length() {
        String longest = "x".repeat(DefinitionLimits.MAX_STRING_LENGTH);
        assertThat(Definitions.parse("segment \"a\" where country = \"" + longest + "\"", TEXT, ATTRIBUTES).segments())
                .hasSize(1);
        assertThat(firstText("segment \"a\" where country = \"" + longest + "x\""))
                .isEqualTo("line 1, column 29: a string longer than the limit of 10000 characters");
        assertThat(firstJson(jsonSegment("{\"op\": \"in\", \"attribute\": \"country\", \"values\": [\"" + longest
                + "x\"]}"))).isEqualTo("segment 'a', attribute 'country': at /segments/0/where/attribute: country.in(…)"
                        + " has a value of 10001"
                        + " characters, more than the limit of 10000");
    }

    @Test
    void should_apply_the_string_limit_to_descriptions_in_both_forms() {
        // a description that JSON accepted but text refused would make a stored definition impossible to convert
        String description = "d".repeat(DefinitionLimits.MAX_STRING_LENGTH + 1);
        List<Segment> segments = List.of(Segment.named("a").describedAs(description).where(Criteria.all()));
        assertThat(first(assertThrows(DefinitionException.class,
                () -> Definitions.parse(Definitions.print(segments, JSON), JSON, ATTRIBUTES))))
                .isEqualTo("segment 'a': at /segments/0: the description has 10001 characters, more than the limit"
                        + " of 10000");
        assertThat(first(assertThrows(DefinitionException.class,
                () -> Definitions.parse(Definitions.print(segments, TEXT), TEXT, ATTRIBUTES))))
                .isEqualTo("line 2, column 15: a string longer than the limit of 10000 characters");
    }

    @Test
    void should_limit_the_number_of_segments() {
        StringBuilder text = new StringBuilder();
        StringBuilder json = new StringBuilder("{\"formatVersion\": 1, \"segments\": [");
        for (int i = 0; i <= DefinitionLimits.MAX_SEGMENTS; i++) {
            text.append("segment \"s").append(i).append("\" where all\n");
            json.append(i == 0 ? "" : ",").append("{\"name\": \"s").append(i).append("\", \"where\": {\"op\": \"all\"}}");
        }
        json.append("]}");
        assertThat(firstText(text.toString()))
                .isEqualTo("line 10001, column 1: more than 10000 segments in one document");
        assertThat(firstJson(json.toString())).isEqualTo("at /segments: 10001 segments, more than the limit of 10000");
    }

    @Test
    void should_limit_the_document_size() {
        String huge = "#" + " ".repeat(DefinitionLimits.MAX_SOURCE_LENGTH);
        // placed where the limit is passed: character (and byte) 4,194,305 of the only line
        assertThat(firstText(huge)).isEqualTo(
                "line 1, column 4194305: the document has 4194305 characters, more than the limit of 4194304");
        assertThat(firstJson(huge)).isEqualTo(
                "line 1, column 4194305: the document has 4194305 bytes, more than the limit of 4194304");
    }

    @Test
    void should_limit_the_length_of_numbers() {
        assertThat(firstText("segment \"a\" where age = 1" + "0".repeat(64)))
                .isEqualTo("line 1, column 25: a number of 65 characters, more than the limit of 64");
        assertThat(firstJson(jsonSegment("{\"op\": \"eq\", \"attribute\": \"age\", \"value\": 1" + "0".repeat(64) + "}")))
                .startsWith("line 1, column ")
                .endsWith(": not valid JSON: Number value length (65) exceeds the maximum allowed (64)");
    }
}
