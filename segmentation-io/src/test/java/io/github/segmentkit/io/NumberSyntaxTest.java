package io.github.segmentkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The character scans of {@link NumberSyntax} accept exactly the languages of the regular expressions that define
 * the number forms (docs/mapping.md), which the loader used before: the expressions are the oracle here.
 */
class NumberSyntaxTest {
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+(\\.0*)?");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    private static final Pattern INFINITY = Pattern.compile("[+-]?Infinity");

    @Property(tries = 20_000)
    void should_accept_exactly_what_the_expressions_accept(@ForAll("numberLike") String text) {
        assertThat(NumberSyntax.isWholeNumber(text)).as("whole number '%s'", text)
                .isEqualTo(WHOLE.matcher(text).matches());
        assertThat(NumberSyntax.isDecimal(text)).as("decimal '%s'", text)
                .isEqualTo(DECIMAL.matcher(text).matches());
        assertThat(NumberSyntax.isInfinity(text)).as("infinity '%s'", text)
                .isEqualTo(INFINITY.matcher(text).matches());
    }

    @Property(tries = 2_000)
    void should_agree_on_any_text_too(@ForAll String text) {
        assertThat(NumberSyntax.isWholeNumber(text)).isEqualTo(WHOLE.matcher(text).matches());
        assertThat(NumberSyntax.isDecimal(text)).isEqualTo(DECIMAL.matcher(text).matches());
        assertThat(NumberSyntax.isInfinity(text)).isEqualTo(INFINITY.matcher(text).matches());
    }

    @Test
    void should_decide_the_edge_cases_written_by_hand() {
        assertThat(NumberSyntax.isWholeNumber("17850.0")).isTrue();
        assertThat(NumberSyntax.isWholeNumber("17850.")).isTrue();
        assertThat(NumberSyntax.isWholeNumber("17850.5")).isFalse();
        assertThat(NumberSyntax.isWholeNumber("-")).isFalse();
        assertThat(NumberSyntax.isDecimal(".5")).isTrue();
        assertThat(NumberSyntax.isDecimal("5.")).isTrue();
        assertThat(NumberSyntax.isDecimal(".")).isFalse();
        assertThat(NumberSyntax.isDecimal("1e")).isFalse();
        assertThat(NumberSyntax.isDecimal("-1.5E+3")).isTrue();
        assertThat(NumberSyntax.isDecimal("1d")).isFalse();
        assertThat(NumberSyntax.isDecimal("0x1p3")).isFalse();
        assertThat(NumberSyntax.isDecimal("٣")).as("an Arabic-Indic digit").isFalse();
        assertThat(NumberSyntax.isInfinity("-Infinity")).isTrue();
        assertThat(NumberSyntax.isInfinity("Infinityy")).isFalse();
    }

    /** Short strings over the characters numbers are made of, so that most near-misses are tried. */
    @Provide
    Arbitrary<String> numberLike() {
        Arbitrary<String> pieces = Arbitraries.of("0", "1", "9", "5", ".", "+", "-", "e", "E", "Infinity", "x", " ",
                "d", "٣", "00");
        return pieces.list().ofMaxSize(7).map(list -> String.join("", list));
    }
}
