package io.github.segmentkit.report.internal;

/**
 * HTML being written: elements opened and closed in order, every text and attribute value escaped by {@link Html}.
 * Only {@link #raw} takes markup as is, for the SVG that {@link Svg} built (and escaped) itself.
 *
 * <p>Not thread-safe: one per page.
 */
public final class Markup {
    private final StringBuilder out = new StringBuilder(64 * 1024);

    /** Opens {@code tag} with attributes given as name, value pairs (values escaped). */
    public Markup open(String tag, String... attributes) {
        out.append('<').append(tag);
        appendAttributes(out, attributes);
        out.append('>');
        return this;
    }

    /** Closes {@code tag}. */
    public Markup close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** {@code <tag ...>text</tag>}, the text escaped. */
    public Markup element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** Escaped text. */
    public Markup text(String text) {
        out.append(Html.escape(text));
        return this;
    }

    /**
     * Escaped text that may wrap after each {@code _} and {@code -} ({@code <wbr>}), for column headers holding
     * names such as {@code responded_last_campaign}: they wrap between words instead of inside one.
     */
    public Markup breakable(String text) {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '_' || c == '-') && i + 1 < text.length()) {
                out.append(Html.escape(text.substring(start, i + 1))).append("<wbr>");
                start = i + 1;
            }
        }
        out.append(Html.escape(text.substring(start)));
        return this;
    }

    /** A column header ({@code <th scope="col">}) whose text may wrap after {@code _} and {@code -}. */
    public Markup columnHeader(String text) {
        return open("th", "scope", "col").breakable(text).close("th");
    }

    /** A line break in the source, to keep the page readable as text. */
    public Markup newline() {
        out.append('\n');
        return this;
    }

    /** Markup built elsewhere and already escaped: an {@link Svg} chart. */
    public Markup raw(Svg svg) {
        out.append(svg.toString());
        return this;
    }

    static void appendAttributes(StringBuilder out, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs; got " + attributes.length
                    + " strings");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(Html.escape(attributes[i + 1])).append('"');
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
