package io.github.segmentkit.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.DefinitionLimits;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.SourcePosition;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Every problem of a document has a position, even those found before any segment is read (malformed UTF-8, an
 * empty or over-size document, a nesting or number-length limit), and no message shows the JSON parser's internals
 * (its configuration method names, its redacted-source note). A byte-order mark is treated alike in both formats.
 */
class DocumentProblemPositionsTest {
    private static Problem only(byte[] document, DefinitionsFormat format) {
        DefinitionException thrown = assertThrows(DefinitionException.class,
                () -> Definitions.parse(document, format, TestCustomers.SCHEMA.attributes()));
        assertThat(thrown.problems()).hasSize(1);
        return thrown.problems().get(0);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void should_place_malformed_utf8_at_its_byte_in_both_formats() {
        // "segment" then a lone continuation-less lead byte 0xC3 followed by '(' on line 2
        byte[] text = {'#', '\n', 's', 'e', 'g', (byte) 0xC3, '('};
        Problem problem = only(text, DefinitionsFormat.TEXT);
        assertThat(problem.message()).isEqualTo(
                "the document is not valid UTF-8: a malformed sequence of 1 byte at byte offset 5");
        assertThat(problem.position()).isEqualTo(new SourcePosition(2, 4));
        byte[] json = {'{', '"', (byte) 0xC3, '(', '"', '}'};
        assertThat(only(json, DefinitionsFormat.JSON).position()).isEqualTo(new SourcePosition(1, 3));
    }

    @Test
    void should_place_an_empty_json_document_at_its_start() {
        Problem problem = only(new byte[0], DefinitionsFormat.JSON);
        assertThat(problem.message()).isEqualTo("the JSON document is empty");
        assertThat(problem.position()).isEqualTo(new SourcePosition(1, 1));
    }

    @Test
    void should_say_size_limit_and_where_the_limit_was_passed_for_an_over_size_document() {
        byte[] huge = utf8("{\n" + " ".repeat(DefinitionLimits.MAX_SOURCE_LENGTH) + "}");
        Problem problem = only(huge, DefinitionsFormat.JSON);
        assertThat(problem.message()).isEqualTo("the document has 4194307 bytes, more than the limit of 4194304");
        assertThat(problem.position()).isEqualTo(new SourcePosition(2, 4194303));
    }

    @Test
    void should_report_the_json_stream_limits_with_a_position_and_without_parser_internals() {
        Problem nesting = only(utf8("{\"formatVersion\": 1, \"segments\": [" + "[".repeat(3000) + "]".repeat(3000)
                + "]}"), DefinitionsFormat.JSON);
        assertThat(nesting.message()).startsWith("not valid JSON: Document nesting depth")
                .doesNotContain("StreamReadConstraints").doesNotContain("`");
        assertThat(nesting.position()).isNotNull();
        Problem number = only(utf8("{\"formatVersion\": 1" + "1".repeat(2000) + "}"), DefinitionsFormat.JSON);
        assertThat(number.message()).isEqualTo(
                "not valid JSON: Number value length (2001) exceeds the maximum allowed (64)");
        assertThat(number.position()).isNotNull();
        Problem cut = only(utf8("{\"formatVersion\": 1, \"segments\": ["), DefinitionsFormat.JSON);
        assertThat(cut.message()).isEqualTo("not valid JSON: Unexpected end-of-input: expected close marker for"
                + " Array (start marker at [line: 1, column: 34])");
        assertThat(cut.position()).isEqualTo(new SourcePosition(1, 35));
    }

    @Test
    void should_read_a_byte_order_mark_alike_in_both_formats() {
        String text = "\uFEFFsegment \"adults\" where age >= 18";
        String json = "\uFEFF{\"formatVersion\": 1, \"segments\": [{\"name\": \"adults\", \"description\": \"\","
                + " \"where\": {\"op\": \"ge\", \"attribute\": \"age\", \"value\": 18}}]}";

        DefinitionsDocument fromText = Definitions.parse(utf8(text), DefinitionsFormat.TEXT,
                TestCustomers.SCHEMA.attributes());
        DefinitionsDocument fromJson = Definitions.parse(utf8(json), DefinitionsFormat.JSON,
                TestCustomers.SCHEMA.attributes());

        assertThat(fromText.segments()).isEqualTo(fromJson.segments()).hasSize(1);
        assertThat(Definitions.parse(text, DefinitionsFormat.TEXT, TestCustomers.SCHEMA.attributes()).segments())
                .isEqualTo(fromJson.segments());
    }
}
