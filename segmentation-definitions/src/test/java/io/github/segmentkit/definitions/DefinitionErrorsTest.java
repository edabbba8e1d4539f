package io.github.segmentkit.definitions;

import static io.github.segmentkit.definitions.DefinitionsFormat.JSON;
import static io.github.segmentkit.definitions.DefinitionsFormat.TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.SourcePosition;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Representative error messages, checked exactly: they are part of the user experience. */
class DefinitionErrorsTest {
    private static final List<Attribute> ATTRIBUTES = TestCustomers.SCHEMA.attributes();

    private static List<Problem> textProblems(String source) {
        return assertThrows(DefinitionException.class, () -> Definitions.parse(source, TEXT, ATTRIBUTES)).problems();
    }

    private static List<Problem> jsonProblems(String json) {
        return assertThrows(DefinitionException.class, () -> Definitions.parse(json, JSON, ATTRIBUTES)).problems();
    }

    @Test
    void should_show_line_column_token_expectation_and_caret() {
        List<Problem> problems = textProblems("""
                segment "adults"
                  wher age >= 18
                """);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).position()).isEqualTo(new SourcePosition(2, 3));
        // the source line is quoted (with its own two leading spaces) under an indent of two
        assertThat(problems.get(0).toString()).isEqualTo("""
                line 2, column 3: segment 'adults': expected 'where' and the segment's criterion, but found 'wher'
                    wher age >= 18
                    ^""");
    }

    @Test
    void should_report_errors_of_several_segments_at_once() {
        List<Problem> problems = textProblems("""
                segment "a" where agee >= 18
                segment "b" where country in ("US" "CA")
                segment "c" where age between "x" and 3
                segment "ok" where age >= 3
                """);
        assertThat(problems).extracting(p -> p.message().lines().findFirst().orElseThrow()).containsExactly(
                "unknown attribute 'agee' (did you mean 'age'?)",
                "expected ',' or ')' to end the list, but found the string \"CA\"",
                "expected a whole number for 'age', but found the string \"x\"");
        assertThat(problems).extracting(Problem::segment).containsExactly("a", "b", "c");
        assertThat(problems).extracting(p -> p.position().line()).containsExactly(1, 2, 3);
    }

    @Test
    void should_report_wrong_types_with_the_attribute_kind() {
        assertThat(textProblems("segment \"s\" where country > \"US\"").get(0).message())
                .startsWith("'>' needs an ordered attribute, but 'country' is categorical: use =, !=, in or not in");
        assertThat(textProblems("segment \"s\" where interests between 1 and 2").get(0).message())
                .startsWith("'between' needs a number, date or timestamp, but 'interests' is tags");
        assertThat(textProblems("segment \"s\" where age = \"ten\"").get(0).message())
                .startsWith("expected a whole number for 'age', but found the string \"ten\"");
    }

    @Test
    void should_report_validation_problems_at_the_segment_position() {
        List<Problem> problems = textProblems("""
                segment "a" where age between 10 and 5

                segment "b" where in segment "c"
                segment "c" where in segment "b"
                segment "a" where all
                segment "d" where in segment "x"
                """);
        // a problem about an attribute points at its first use in the segment, others at the segment (a repeated
        // name at the repeat); the problems come in document order
        assertThat(problems).extracting(p -> p.toString().lines().findFirst().orElseThrow()).containsExactly(
                "line 1, column 19: segment 'a', attribute 'age': age.between(10, 5): low is greater than high, so no"
                        + " customer can match",
                "line 3, column 1: segment 'b': segments reference each other in a cycle: b -> c -> b",
                "line 5, column 1: segment 'a': the segment name is used twice (first at line 1, column 1)",
                "line 6, column 1: segment 'd': inSegment(\"x\"): no segment is named 'x'");
        assertThat(problems.get(0).toString()).isEqualTo("""
                line 1, column 19: segment 'a', attribute 'age': age.between(10, 5): low is greater than high, so no\
                 customer can match
                  segment "a" where age between 10 and 5
                                    ^""");
    }

    @Test
    void should_point_validation_problems_in_json_at_the_attribute() {
        assertThat(jsonProblems("""
                {"formatVersion": 1, "segments": [
                  {"name": "a", "where": {"op": "all"}},
                  {"name": "b", "where": {"op": "or", "operands": [{"op": "inSegment", "segment": "a"},
                      {"op": "between", "attribute": "age", "low": 10, "high": 5}]}},
                  {"name": "c", "where": {"op": "inSegment", "segment": "x"}}
                ]}""")).extracting(Problem::toString).containsExactly(
                "segment 'b', attribute 'age': at /segments/1/where/operands/1/attribute: age.between(10, 5): low is"
                        + " greater than high, so no customer can match",
                "segment 'c': at /segments/2: inSegment(\"x\"): no segment is named 'x'");
    }

    @Test
    void should_reject_deep_nesting_without_overflowing_the_stack() {
        String deep = "segment \"deep\" where " + "(".repeat(100_000) + "all" + ")".repeat(100_000);
        List<Problem> problems = textProblems(deep);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).message()).startsWith("criteria nested deeper than the limit of 128");
        String deepJson = "{\"formatVersion\":1,\"segments\":[{\"name\":\"d\",\"where\":"
                + "{\"op\":\"not\",\"operand\":".repeat(50_000) + "{\"op\":\"all\"}" + "}".repeat(50_000) + "}]}";
        assertThat(jsonProblems(deepJson).get(0).message()).startsWith("not valid JSON: Document nesting depth");
    }

    @Test
    void should_call_settings_nested_too_deeply_settings_not_criteria() {
        // the settings object is level 1, so the 128th '[' is level 129; the first '[' is in column 52, this in 179
        String deep = "classifier \"age-band\" settings {\"age\": \"age\", \"x\": " + "[".repeat(200)
                + "]".repeat(200) + "}";
        List<Problem> problems = textProblems(deep);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).message()).startsWith("settings nested deeper than the limit of 128");
        assertThat(problems.get(0).position()).isEqualTo(new SourcePosition(1, 179));
    }

    @Test
    void should_report_json_problems_with_pointers() {
        assertThat(jsonProblems("""
                {"formatVersion": 1, "segments": [
                  {"name": "a", "where": {"op": "ge", "attribute": "agee", "value": 18}},
                  {"name": "b", "where": {"op": "ge", "attribute": "age", "value": "18"}},
                  {"name": "c", "where": {"op": "all", "extra": 1}}
                ]}""")).extracting(Problem::toString).containsExactly(
                "segment 'a': at /segments/0/where/attribute: unknown attribute 'agee' (did you mean 'age'?)",
                "segment 'b': at /segments/1/where/value: expected a whole number within the range of a long,"
                        + " found the string \"18\"",
                "segment 'c': at /segments/2/where/extra: unknown field 'extra'; expected [op]");
    }

    @Test
    void should_reject_duplicate_json_keys_and_unknown_versions() {
        assertThat(jsonProblems("{\"formatVersion\": 1, \"formatVersion\": 1, \"segments\": []}").get(0).toString())
                .matches("(?s)line 1, column \\d+: not valid JSON: Duplicate field 'formatVersion'.*");
        assertThat(jsonProblems("{\"formatVersion\": 2, \"segments\": []}").get(0).toString())
                .isEqualTo("at /formatVersion: unsupported format version 2; this library reads 1");
    }

    @Test
    void should_reject_malformed_utf8() {
        byte[] bad = "segment \"caf\u00e9\" where all".getBytes(StandardCharsets.ISO_8859_1);
        DefinitionException e = assertThrows(DefinitionException.class, () -> Definitions.parse(bad, TEXT, ATTRIBUTES));
        // 'é' in ISO-8859-1 is the byte 0xE9 at offset 12, a UTF-8 lead byte without its continuation bytes
        assertThat(e.getMessage()).isEqualTo(
                "line 1, column 13: the document is not valid UTF-8: a malformed sequence of 1 byte at byte offset 12");
    }
}
