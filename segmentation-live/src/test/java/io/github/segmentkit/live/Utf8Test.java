package io.github.segmentkit.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link Utf8} against the JDK's encoder, on strings of any code points: what {@code getBytes} encodes, at any
 * offset; and the strings with a lone surrogate, told apart by whether {@code getBytes} and the decoder give them
 * back unchanged.
 */
class Utf8Test {
    @Property(tries = 2_000)
    void should_encode_as_the_jdk_does(@ForAll("texts") String text, @ForAll @IntRange(max = 7) int offset) {
        byte[] into = new byte[offset + 3 * text.length() + 2];
        Arrays.fill(into, (byte) 0x55);
        int length = Utf8.encode(text, into, offset);
        assertThat(Arrays.copyOfRange(into, offset, offset + length)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < offset; i++) {
            assertThat(into[i]).as("byte %d, before the offset", i).isEqualTo((byte) 0x55);
        }
    }

    @Example
    void should_encode_each_length_boundary_and_the_scripts_of_the_tests_data() {
        for (String text : List.of("", "\u007f", "\u0080", "\u07ff", "\u0800", "\uffff", "\ud800\udc00", "\udbff\udfff",
                "کراچی", "హైదరాబాద్", "Zürich", "😀 ok")) {
            should_encode_as_the_jdk_does(text, 0);
            should_encode_as_the_jdk_does(text, 3);
        }
    }

    @Property(tries = 2_000)
    void should_refuse_exactly_the_strings_with_a_lone_surrogate(@ForAll("withSurrogates") String text) {
        boolean keptByUtf8 = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(text);
        int length = Utf8.encode(text, new byte[3 * text.length()], 0);
        if (keptByUtf8) {
            assertThat(length).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        } else {
            assertThat(length).as("a lone surrogate in %s", text.chars().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(-1);
        }
    }

    @Example
    void should_refuse_the_lone_surrogates_of_the_tests_data() {
        for (String text : List.of("\uD800", "a\uD800b", "\uDC00", "\uDC00\uD800", "😀\uD83D")) {
            assertThat(Utf8.encode(text, new byte[3 * text.length()], 0)).as(text).isEqualTo(-1);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return TextArbitraries.codePointsOfEveryWidth(40);
    }

    @Provide
    Arbitrary<String> withSurrogates() {
        // ASCII, a high and a low surrogate, and a pair: lone ones, pairs and pairs out of order all occur
        return Arbitraries.of("a", "\uD83D", "\uDE00", "\uD83D\uDE00", "\u0800").list().ofMaxSize(6)
                .map(parts -> String.join("", parts));
    }
}
