package io.github.segmentkit.api.internal;

/**
 * User-supplied text (segment names, values, descriptions, file content) made safe to print: control characters
 * that a terminal or log viewer would act on (NUL, BEL, ESC and the rest of C0 except newline and tab, DEL, C1) and
 * the invisible bidirectional overrides that can make printed text read differently from what it is, written as
 * Java-style escapes instead: ESC becomes the six characters backslash, u, 0, 0, 1, B. Everything else, any script
 * included, is kept as it is. ({@code SafeTextTest} shows examples; a javadoc example would hold the very characters
 * it escapes.)
 */
public final class SafeText {
    private SafeText() {
    }

    /** {@code text} with every unsafe character escaped; {@code null} stays {@code null}. */
    public static String escapeControls(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && !unsafe(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;   // the common case: nothing to escape, no copy
        }
        StringBuilder safe = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(c)) {
                safe.append(String.format("\\u%04X", (int) c));
            } else {
                safe.append(c);
            }
        }
        return safe.toString();
    }

    private static boolean unsafe(char c) {
        return (c < 0x20 && c != '\n' && c != '\t')
                || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E)    // bidirectional embeddings and overrides
                || (c >= 0x2066 && c <= 0x2069);   // bidirectional isolates
    }
}
