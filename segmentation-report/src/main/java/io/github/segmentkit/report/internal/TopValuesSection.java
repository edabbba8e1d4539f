package io.github.segmentkit.report.internal;

import io.github.segmentkit.insight.profile.CategoryProfile;
import io.github.segmentkit.insight.profile.ProfileReport;
import io.github.segmentkit.insight.profile.SegmentProfile;
import io.github.segmentkit.insight.profile.ValueShare;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The categorical profile table: one row for all customers and one per segment (so that many segments make a longer
 * table, not a wider one), one column per categorical, yes/no or tags attribute, each cell the most common value with
 * its share and lift (coloured by the {@link IndexBand} of the lift × 100).
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
        IndexBand.liftLegend(html);
        List<String> attributes = profiles.population().categories().stream().map(CategoryProfile::attribute)
                .toList();
        html.open("div", "class", "scroll").open("table", "class", "profile").open("thead").open("tr")
                .element("th", "segment", "scope", "col");
        attributes.forEach(html::columnHeader);
        html.close("tr").close("thead").open("tbody").newline();
        List<SegmentProfile> rows = new ArrayList<>();
        rows.add(profiles.population());
        rows.addAll(profiles.segments());
        for (SegmentProfile segment : rows) {
            boolean population = segment == profiles.population();
            html.open("tr").element("th", population ? "all customers" : segment.segment(), "scope", "row");
            for (String attribute : attributes) {
                cell(html, segment, attribute);
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
                // the sign stays with its lift when the cell wraps
                .element("span", Formats.share(top.share()) + " " + band.sign().replace(' ', '\u00a0') + "×"
                        + Formats.fixed(top.lift(), 2), "class", "mean")
                .close("td");
    }
}
