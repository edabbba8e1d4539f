package io.github.segmentkit.live;

/**
 * UTF-8 encoding into an array the caller keeps, so that a snapshot file's millions of strings are written without
 * an array each ({@code String.getBytes} makes one). Encodes exactly as {@code getBytes(StandardCharsets.UTF_8)}
 * does for a string without lone surrogates, and tells the strings with one apart (which {@code getBytes} would
 * change into {@code '?'}), so that the caller stores those as UTF-16 code units instead.
 */
final class Utf8 {
    private Utf8() {
    }

    /**
     * Writes the UTF-8 bytes of {@code text} into {@code into} from {@code offset} (which leaves at least three bytes
     * per char) and returns how many; or returns -1 when {@code text} holds a lone surrogate, which UTF-8 cannot
     * keep, having written some bytes.
     */
    static int encode(String text, byte[] into, int offset) {
        int at = offset;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                into[at++] = (byte) c;
            } else if (c < 0x800) {
                into[at++] = (byte) (0xC0 | c >>> 6);
                into[at++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                into[at++] = (byte) (0xE0 | c >>> 12);
                into[at++] = (byte) (0x80 | c >>> 6 & 0x3F);
                into[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                into[at++] = (byte) (0xF0 | codePoint >>> 18);
                into[at++] = (byte) (0x80 | codePoint >>> 12 & 0x3F);
                into[at++] = (byte) (0x80 | codePoint >>> 6 & 0x3F);
                into[at++] = (byte) (0x80 | codePoint & 0x3F);
            } else {
                return -1;
            }
        }
        return at - offset;
    }
}
