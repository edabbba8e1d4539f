package io.github.segmentkit.api;

import static io.github.segmentkit.api.Truth.FALSE;
import static io.github.segmentkit.api.Truth.TRUE;
import static io.github.segmentkit.api.Truth.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The full truth tables of SQL's three-valued logic (ISO/IEC 9075, Kleene's strong logic), written out by hand. */
class TruthTest {

    @ParameterizedTest(name = "{0} and {1} = {2}, {0} or {1} = {3}")
    @CsvSource({
        "TRUE,    TRUE,    TRUE,    TRUE",
        "TRUE,    FALSE,   FALSE,   TRUE",
        "TRUE,    UNKNOWN, UNKNOWN, TRUE",
        "FALSE,   TRUE,    FALSE,   TRUE",
        "FALSE,   FALSE,   FALSE,   FALSE",
        "FALSE,   UNKNOWN, FALSE,   UNKNOWN",
        "UNKNOWN, TRUE,    UNKNOWN, TRUE",
        "UNKNOWN, FALSE,   FALSE,   UNKNOWN",
        "UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN",
    })
    void should_follow_sql_truth_tables(Truth a, Truth b, Truth and, Truth or) {
        assertThat(a.and(b)).isEqualTo(and);
        assertThat(a.or(b)).isEqualTo(or);
    }

    @ParameterizedTest
    @CsvSource({"TRUE, FALSE", "FALSE, TRUE", "UNKNOWN, UNKNOWN"})
    void should_negate_with_unknown_staying_unknown(Truth value, Truth negation) {
        assertThat(value.not()).isEqualTo(negation);
    }

    @ParameterizedTest
    @CsvSource({"TRUE, true", "FALSE, false", "UNKNOWN, false"})
    void should_count_only_true_as_membership(Truth value, boolean member) {
        assertThat(value.isTrue()).isEqualTo(member);
        assertThat(Truth.of(member).isTrue()).isEqualTo(member);
        assertThat(UNKNOWN).isNotIn(TRUE, FALSE);
    }
}
