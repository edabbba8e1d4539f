package io.github.segmentkit.core.column;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DictionaryTest {

    @Test
    void should_code_values_in_first_seen_order_exactly_and_case_sensitively() {
        Dictionary dictionary = Dictionary.EMPTY.toBuilder().add("US").add("").add("پاکستان").add("us").add("US")
                .build();

        assertThat(dictionary.size()).isEqualTo(4);
        assertThat(dictionary.codeOf("US")).isZero();
        assertThat(dictionary.codeOf("")).isEqualTo(1);
        assertThat(dictionary.codeOf("پاکستان")).isEqualTo(2);
        assertThat(dictionary.codeOf("us")).isEqualTo(3);
        assertThat(dictionary.codeOf("GB")).isEqualTo(-1);
        assertThat(dictionary.valueOf(2)).isEqualTo("پاکستان");
    }

    @Test
    void should_keep_codes_when_extended() {
        Dictionary first = Dictionary.EMPTY.toBuilder().add("a").add("b").build();
        Dictionary extended = first.toBuilder().add("c").add("a").build();

        assertThat(extended.codeOf("a")).isZero();
        assertThat(extended.codeOf("b")).isEqualTo(1);
        assertThat(extended.codeOf("c")).isEqualTo(2);
        assertThat(first.size()).isEqualTo(2);
    }
}
