package io.github.segmentkit.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Utf8} against the JDK's encoder, on strings of any code points (lone surrogates excepted). */
class Utf8Test {
    @Property(tries = 2_000)
    void should_encode_as_the_jdk_does(@ForAll("texts") String text) {
        byte[] into = new byte[3 * text.length()];
        int length = Utf8.encode(text, into);
        assertThat(Arrays.copyOf(into, length)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Example
    void should_encode_each_length_boundary_and_the_scripts_of_the_tests_data() {
        for (String text : List.of("", "\u007f", "\u0080", "\u07ff", "\u0800", "\uffff", "\ud800\udc00", "\udbff\udfff",
                "کراچی", "హైదరాబాద్", "Zürich", "😀 ok")) {
            should_encode_as_the_jdk_does(text);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return TextArbitraries.codePointsOfEveryWidth(40);
    }
}
