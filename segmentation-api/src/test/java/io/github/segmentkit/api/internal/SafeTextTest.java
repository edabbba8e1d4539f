package io.github.segmentkit.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.InvalidCustomerDataException;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No raw control character of user text reaches a message: a segment named with ESC prints as an escape. */
class SafeTextTest {
    private static final LongAttribute AGE = Attribute.ofLong("age");

    @Test
    void should_escape_terminal_controls_and_bidi_overrides_and_keep_every_script() {
        assertThat(SafeText.escapeControls("\u001b[31mred\u0000\u0007\u007f\u0085\u202e"))
                .isEqualTo("\\u001B[31mred\\u0000\\u0007\\u007F\\u0085\\u202E");
        assertThat(SafeText.escapeControls("line 1\n\tline 2 اردو తెలుగు")).isEqualTo("line 1\n\tline 2 اردو తెలుగు");
        assertThat(SafeText.escapeControls(null)).isNull();
    }

    @Test
    void should_print_a_hostile_segment_or_attribute_name_escaped_when_refusing_it() {
        Throwable segment = catchThrowable(() -> Segment.named("\u001b[31mred"));
        Throwable attribute = catchThrowable(() -> Attribute.ofLong("a\u0007b"));

        assertThat(segment).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("segment name contains a control character: '\\u001B[31mred'");
        assertThat(attribute).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute name contains a control character: 'a\\u0007b'");
    }

    @Test
    void should_print_a_quoted_value_escaped_in_a_definition_error_and_keep_the_data() {
        Segment segment = Segment.named("tags").where(AGE.eq(3L));
        Problem problem = Problem.of("tags", "age", "value '\u001b]0;pwned\u0007' is not allowed");

        DefinitionException thrown = new DefinitionException(List.of(problem));

        assertThat(thrown.getMessage()).contains("value '\\u001B]0;pwned\\u0007'").doesNotContain("\u001b");
        assertThat(problem.toString()).isEqualTo(
                "segment 'tags', attribute 'age': value '\\u001B]0;pwned\\u0007' is not allowed");
        assertThat(problem.message()).contains("\u001b");   // the data itself is kept for programs
        assertThat(segment.name()).isEqualTo("tags");
    }

    @Test
    void should_escape_a_value_quoted_in_a_customer_data_error() {
        InvalidCustomerDataException thrown = new InvalidCustomerDataException(3, "C\u00007", "age",
                "'\u0007' is not a number", null);

        assertThat(thrown.getMessage()).isEqualTo(
                "row 3 (0-based), customer C\\u00007: attribute 'age': '\\u0007' is not a number");
    }
}
