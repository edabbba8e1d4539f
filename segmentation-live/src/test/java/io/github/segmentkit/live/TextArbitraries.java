package io.github.segmentkit.live;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Random text for the tests of the snapshot file's string encoding and decoding. */
final class TextArbitraries {
    private TextArbitraries() {
    }

    /**
     * Strings of up to {@code maxCodePoints} code points of every UTF-8 width (lone surrogates excepted), with the
     * ASCII and two-byte ranges drawn often enough to mix with the others.
     */
    static Arbitrary<String> codePointsOfEveryWidth(int maxCodePoints) {
        Arbitrary<Integer> codePoints = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 0x7f),
                Arbitraries.integers().between(0x80, 0x7ff),
                Arbitraries.integers().between(0x800, 0xffff)
                        .filter(c -> c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE),
                Arbitraries.integers().between(0x10000, Character.MAX_CODE_POINT));
        return codePoints.list().ofMaxSize(maxCodePoints).map(points -> {
            StringBuilder text = new StringBuilder();
            points.forEach(text::appendCodePoint);
            return text.toString();
        });
    }
}
