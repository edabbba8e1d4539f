package io.github.segmentkit.report.internal;

import java.util.List;

/**
 * The HTML page around the sections: a title, a line of figures, the contents, each section under its heading, and a
 * footer. It loads nothing: the style is inline, the charts are inline SVG, there is no script and no link to
 * another resource, so that the one file reads the same offline, years later, or printed.
 */
public final class Page {
    private Page() {
    }

    /** The whole page: {@code title}, a {@code summary} line under it, then {@code sections} in order. */
    public static String render(String title, String summary, List<Section> sections) {
        Markup html = new Markup();
        StringBuilder head = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        head.append("<title>").append(Html.escape(title)).append("</title>\n<style>\n").append(Stylesheet.CSS)
                .append("</style>\n</head>\n");
        html.open("body").newline().open("header").element("h1", title);
        if (!summary.isEmpty()) {
            html.element("p", summary, "class", "note");
        }
        if (!sections.isEmpty()) {
            html.open("nav", "aria-label", "contents").open("ol");
            for (Section section : sections) {
                html.open("li").element("a", section.title(), "href", "#" + section.id()).close("li");
            }
            html.close("ol").close("nav");
        }
        html.close("header").newline();
        for (Section section : sections) {
            html.open("section", "id", section.id()).element("h2", section.title()).newline();
            section.render(html);
            html.newline().close("section").newline();
        }
        html.open("footer").text("Made with SegmentKit. This page is self-contained: it loads nothing and needs "
                + "no script.").close("footer").newline().close("body").newline();
        return head + html.toString() + "</html>\n";
    }
}
