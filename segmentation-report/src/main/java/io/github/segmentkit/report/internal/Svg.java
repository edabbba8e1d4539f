package io.github.segmentkit.report.internal;

import java.util.Locale;

/**
 * An inline SVG chart: shapes and text placed in pixels of a fixed view box that scales with the page (CSS keeps it
 * within the page's width). Text is escaped; coordinates are written with one decimal in {@link Locale#ROOT}, so the
 * same chart is always the same bytes. No namespace URL: inline SVG in HTML needs none, and the report holds no URL.
 *
 * <p>Not thread-safe: one per chart.
 */
public final class Svg {
    /** An average character width of the 12px sans-serif text, to leave room for labels without measuring them. */
    static final double CHAR_WIDTH = 7.0;

    private final StringBuilder out = new StringBuilder(8 * 1024);
    private final double width;
    private final double height;
    private final String label;

    /** A chart of {@code width} × {@code height} pixels, described by {@code label} for screen readers. */
    public Svg(double width, double height, String label) {
        this.width = width;
        this.height = height;
        this.label = label;
    }

    /** A filled rectangle with a tooltip ({@code title} may be null). */
    public Svg rect(double x, double y, double w, double h, String fill, String title) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" fill=\"").append(Html.escape(fill)).append('"');
        closeWithTitle(title, "rect");
        return this;
    }

    /** A line of the CSS class {@code cssClass}. */
    public Svg line(double x1, double y1, double x2, double y2, String cssClass) {
        out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" class=\"").append(Html.escape(cssClass))
                .append("\"/>");
        return this;
    }

    /** A circle of the CSS class {@code cssClass}, with a tooltip ({@code title} may be null). */
    public Svg circle(double cx, double cy, double r, String cssClass, String title) {
        out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append("\" class=\"").append(Html.escape(cssClass)).append('"');
        closeWithTitle(title, "circle");
        return this;
    }

    /**
     * Text at {@code (x, y)} (the baseline), anchored {@code start}, {@code middle} or {@code end}, of the CSS class
     * {@code cssClass}; cut to {@code maxChars} characters with an ellipsis, the whole text then in its tooltip.
     */
    public Svg text(double x, double y, String text, String anchor, String cssClass, int maxChars) {
        String shown = text;
        String title = null;
        if (text.codePointCount(0, text.length()) > maxChars) {
            shown = text.substring(0, text.offsetByCodePoints(0, maxChars - 1)) + "…";
            title = text;
        }
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" class=\"").append(Html.escape(cssClass)).append("\">");
        if (title != null) {
            out.append("<title>").append(Html.escape(title)).append("</title>");
        }
        out.append(Html.escape(shown)).append("</text>");
        return this;
    }

    private void closeWithTitle(String title, String tag) {
        if (title == null) {
            out.append("/>");
        } else {
            out.append("><title>").append(Html.escape(title)).append("</title></").append(tag).append('>');
        }
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    @Override
    public String toString() {
        return "<svg viewBox=\"0 0 " + n(width) + " " + n(height) + "\" width=\"" + n(width) + "\" height=\""
                + n(height) + "\" role=\"img\" aria-label=\"" + Html.escape(label) + "\">" + out + "</svg>";
    }
}
