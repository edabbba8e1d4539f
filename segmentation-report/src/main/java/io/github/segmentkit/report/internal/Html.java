package io.github.segmentkit.report.internal;

/**
 * Escapes text for HTML and SVG: every piece of user text (segment names, attribute values, items, criteria) goes
 * through here, so that a name such as {@code <script>} is shown, never run. The five characters escaped are the ones
 * that can end a text node or a quoted attribute value.
 */
public final class Html {
    private Html() {
    }

    /** {@code text} with {@code & < > " '} as character references; safe in text and in quoted attribute values. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
