package io.github.segmentkit.definitions;

import static io.github.segmentkit.definitions.DefinitionsFormat.JSON;
import static io.github.segmentkit.definitions.DefinitionsFormat.TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.DoubleAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.criteria.Criteria;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Values that are easy to change by accident on the way through text or JSON: they either stay exact or fail. */
class ExactValuesTest {
    private static final DoubleAttribute INCOME = Attribute.ofDouble("income");
    private static final LongAttribute AGE = Attribute.ofLong("age");
    private static final CategoricalAttribute CITY = Attribute.ofCategorical("city");
    private static final List<Attribute> ATTRIBUTES = List.of(INCOME, AGE, CITY);

    private static String first(DefinitionException e) {
        return e.problems().stream().map(Problem::toString).findFirst().orElseThrow().lines().findFirst().orElseThrow();
    }

    @Test
    void should_reject_a_number_that_would_round_to_infinity() {
        assertThat(first(assertThrows(DefinitionException.class,
                () -> Definitions.parse("segment \"a\" where income > 1e400", TEXT, ATTRIBUTES))))
                .isEqualTo("line 1, column 28: segment 'a': the number 1e400 for 'income' is outside the range of a"
                        + " double; write infinity or -infinity for an unbounded value");
        assertThat(first(assertThrows(DefinitionException.class, () -> Definitions.parse("{\"formatVersion\": 1,"
                + " \"segments\": [{\"name\": \"a\", \"where\": {\"op\": \"gt\", \"attribute\": \"income\", \"value\":"
                + " -1e400}}]}", JSON, ATTRIBUTES).segments())))
                .isEqualTo("segment 'a': at /segments/0/where/value: a number outside the range of a double; write"
                        + " \"Infinity\" or \"-Infinity\" for an unbounded value");
        // the explicit forms are values like any other
        List<Segment> unbounded = List.of(Segment.named("a").where(INCOME.between(Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY)));
        assertThat(Definitions.parse("segment \"a\" where income between -infinity and infinity", TEXT, ATTRIBUTES)
                .segments())
                .isEqualTo(unbounded);
        assertThat(Definitions.parse(Definitions.print(unbounded, JSON), JSON, ATTRIBUTES).segments())
                .isEqualTo(unbounded);
    }

    @Test
    void should_keep_long_values_beyond_two_to_the_53_exactly() {
        long beyond = (1L << 53) + 1;   // the first whole number a double cannot hold
        List<Segment> segments = List.of(Segment.named("a").where(AGE.between(beyond, Long.MAX_VALUE)
                .or(AGE.eq(Long.MIN_VALUE))));
        assertThat(Definitions.print(segments, TEXT)).contains("9007199254740993", "9223372036854775807",
                "-9223372036854775808");
        assertThat(Definitions.print(segments, JSON)).contains("9007199254740993");
        assertThat(Definitions.parse(Definitions.print(segments, TEXT), TEXT, ATTRIBUTES).segments())
                .isEqualTo(segments);
        assertThat(Definitions.parse(Definitions.print(segments, JSON), JSON, ATTRIBUTES).segments())
                .isEqualTo(segments);
    }

    @Test
    void should_keep_unpaired_surrogates_and_supplementary_characters_through_both_forms() {
        // Java strings may hold a lone surrogate; UTF-8 cannot, so the printers must escape it
        List<Segment> segments = List.of(
                Segment.named("lone\uD800").describedAs("x\uDC00y").where(CITY.in("\uD83D\uDE00", "\uDBFF")),
                Segment.named("ok").describedAs("کراچی 😀").where(Criteria.all()));
        String json = Definitions.print(segments, JSON);
        assertThat(json).contains("lone\\ud800", "x\\udc00y", "\\ud83d\\ude00", "کراچی");
        assertThat(Definitions.parse(json, JSON, ATTRIBUTES).segments()).isEqualTo(segments);
        assertThat(Definitions.parse(json.getBytes(StandardCharsets.UTF_8), JSON, ATTRIBUTES).segments())
                .isEqualTo(segments);
        String text = Definitions.print(segments, TEXT);
        assertThat(Definitions.parse(text.getBytes(StandardCharsets.UTF_8), TEXT, ATTRIBUTES).segments())
                .isEqualTo(segments);
    }

    @Test
    void should_refuse_a_json_string_argument_holding_an_unpaired_surrogate() {
        // encoding it to UTF-8 would quietly turn it into '?'
        String raw = "{\"formatVersion\": 1, \"segments\": [{\"name\": \"a\uD800\", \"where\": {\"op\": \"all\"}}]}";
        assertThat(first(assertThrows(DefinitionException.class, () -> Definitions.parse(raw, JSON, ATTRIBUTES))))
                .isEqualTo("the document holds an unpaired surrogate U+D800 at character 46; write it as an escape"
                        + " (\\ud800) if it is meant");
    }
}
