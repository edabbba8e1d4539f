package io.github.segmentkit.report.internal;

import io.github.segmentkit.insight.profile.CategoryProfile;
import io.github.segmentkit.insight.profile.ProfileReport;
import io.github.segmentkit.insight.profile.SegmentProfile;
import io.github.segmentkit.insight.profile.ValueShare;
import java.util.Objects;

/**
 * The categorical profile table: one row per categorical, yes/no or tags attribute, and for the population and each
 * segment its most common value with its share and lift (coloured by {@link IndexBand} of the lift × 100).
 */
public final class TopValuesSection implements Section {
    private final ProfileReport profiles;

    /** The table of {@code profiles}. */
    public TopValuesSection(ProfileReport profiles) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
    }

    @Override
    public String id() {
        return "top-values";
    }

    @Override
    public String title() {
        return "Most common values";
    }

    @Override
    public void render(Markup html) {
        html.element("p", "Each cell: the most common value among the segment's members, its share of them, and "
                + "its lift (that share / its share of all customers).");
        IndexBand.legend(html, "lift × 100");
        html.open("div", "class", "scroll").open("table", "class", "profile").open("thead").open("tr")
                .element("th", "attribute", "scope", "col")
                .element("th", ProfileReport.POPULATION, "scope", "col");
        for (SegmentProfile segment : profiles.segments()) {
            html.element("th", segment.segment(), "scope", "col");
        }
        html.close("tr").close("thead").open("tbody").newline();
        for (CategoryProfile attribute : profiles.population().categories()) {
            html.open("tr").element("th", attribute.attribute(), "scope", "row");
            cell(html, profiles.population(), attribute.attribute());
            for (SegmentProfile segment : profiles.segments()) {
                cell(html, segment, attribute.attribute());
            }
            html.close("tr").newline();
        }
        html.close("tbody").close("table").close("div");
    }

    private static void cell(Markup html, SegmentProfile segment, String attribute) {
        ValueShare top = segment.category(attribute).flatMap(c -> c.top().stream().findFirst()).orElse(null);
        if (top == null) {
            html.element("td", Formats.UNDEFINED, "data-segment", segment.segment(), "data-attribute", attribute);
            return;
        }
        IndexBand band = IndexBand.of(top.lift() * 100);
        html.open("td", "class", band.cssClass(), "data-segment", segment.segment(), "data-attribute", attribute)
                .element("span", top.value(), "class", "value")
                .element("span", Formats.share(top.share()) + " · " + band.sign() + "×" + Formats.fixed(top.lift(), 2),
                        "class", "mean")
                .close("td");
    }
}
