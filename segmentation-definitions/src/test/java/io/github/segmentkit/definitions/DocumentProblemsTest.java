package io.github.segmentkit.definitions;

import static io.github.segmentkit.definitions.DefinitionsFormat.JSON;
import static io.github.segmentkit.definitions.DefinitionsFormat.TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every problem of a document is reported in one run, in document order (docs/definitions.md, "Errors"): a segment in
 * error hides neither the next segment nor the schema problems of the others, and a repeated name is reported where
 * it is repeated. Messages are checked exactly (first line; the rest quotes the source).
 */
class DocumentProblemsTest {
    private static final List<Attribute> ATTRIBUTES = TestCustomers.SCHEMA.attributes();

    private static List<Problem> problems(String document, DefinitionsFormat format) {
        return assertThrows(DefinitionException.class, () -> Definitions.parse(document, format, ATTRIBUTES))
                .problems();
    }

    private static List<String> firstLines(String document, DefinitionsFormat format) {
        return problems(document, format).stream().map(p -> p.toString().lines().findFirst().orElseThrow()).toList();
    }

    @Test
    void should_read_the_next_segment_after_one_cut_off_before_its_value() {
        assertThat(firstLines("""
                segment "a" where age >
                segment "b" where agee >= 18
                """, TEXT)).containsExactly(
                "line 2, column 1: segment 'a': expected a whole number for 'age', but found 'segment'",
                "line 2, column 19: segment 'b': unknown attribute 'agee' (did you mean 'age'?)");
    }

    @Test
    void should_read_the_next_segment_after_one_cut_off_after_in_segment() {
        assertThat(firstLines("""
                segment "a" where in segment
                segment "b" where agee >= 18
                """, TEXT)).containsExactly(
                "line 2, column 1: segment 'a': expected the segment name in double quotes, but found 'segment'",
                "line 2, column 19: segment 'b': unknown attribute 'agee' (did you mean 'age'?)");
    }

    @Test
    void should_report_the_schema_problems_of_other_segments_beside_a_segment_cut_off_at_the_end() {
        assertThat(firstLines("""
                segment "a" where age between 10 and 5
                segment "b" where country in ("US",
                """, TEXT)).containsExactly(
                "line 1, column 19: segment 'a', attribute 'age': age.between(10, 5): low is greater than high, so no"
                        + " customer can match",
                "line 3, column 1: segment 'b': expected a value in double quotes, but found the end of the document");
    }

    @Test
    void should_report_type_errors_and_schema_problems_of_one_document_together() {
        // 'b' is in error, so it is not validated, but 'c' may still refer to it
        assertThat(firstLines("""
                segment "a" where age between 10 and 5
                segment "b" where country > "US"
                segment "c" where in segment "b"
                segment "d" where in segment "x"
                segment "e" where in segment "f"
                segment "f" where in segment "e"
                """, TEXT)).containsExactly(
                "line 1, column 19: segment 'a', attribute 'age': age.between(10, 5): low is greater than high, so no"
                        + " customer can match",
                "line 2, column 19: segment 'b': '>' needs an ordered attribute, but 'country' is categorical: use =,"
                        + " !=, in or not in",
                "line 4, column 1: segment 'd': inSegment(\"x\"): no segment is named 'x'",
                "line 5, column 1: segment 'e': segments reference each other in a cycle: e -> f -> e");
    }

    @Test
    void should_point_a_repeated_name_at_the_repeat_and_still_check_the_repeat() {
        List<Problem> problems = problems("""
                segment "a" where all
                segment "b" where in segment "a"
                segment "a" where age between 10 and 5
                """, TEXT);
        assertThat(problems).extracting(Problem::toString).containsExactly("""
                line 3, column 1: segment 'a': the segment name is used twice (first at line 1, column 1)
                  segment "a" where age between 10 and 5
                  ^""", """
                line 3, column 19: segment 'a', attribute 'age': age.between(10, 5): low is greater than high, so no\
                 customer can match
                  segment "a" where age between 10 and 5
                                    ^""");
    }

    @Test
    void should_report_json_reading_and_schema_problems_together_in_document_order() {
        assertThat(problems("""
                {"formatVersion": 1, "segments": [
                  {"name": "a", "where": {"op": "between", "attribute": "age", "low": 10, "high": 5}},
                  {"name": "b", "where": {"op": "ge", "attribute": "age", "value": "18"}},
                  {"name": "c", "where": {"op": "inSegment", "segment": "b"}},
                  {"name": "a", "where": {"op": "inSegment", "segment": "x"}}
                ]}""", JSON)).extracting(Problem::toString).containsExactly(
                "segment 'a', attribute 'age': at /segments/0/where/attribute: age.between(10, 5): low is greater than"
                        + " high, so no customer can match",
                "segment 'b': at /segments/1/where/value: expected a whole number within the range of a long, found"
                        + " the string \"18\"",
                "segment 'a': at /segments/3: the segment name is used twice (first at /segments/0)",
                "segment 'a': at /segments/3: inSegment(\"x\"): no segment is named 'x'");
    }
}
