package io.github.segmentkit.report.internal;

import io.github.segmentkit.insight.affinity.AffinityReport;
import io.github.segmentkit.insight.affinity.ItemAffinity;
import io.github.segmentkit.insight.affinity.SegmentAffinity;
import java.util.Objects;

/**
 * Top products per segment: for each segment a small table of its items by lift, with the buyers, the support within
 * the segment and the lift against the population.
 */
public final class AffinitySection implements Section {
    private final AffinityReport affinity;

    /** The top items of {@code affinity}. */
    public AffinitySection(AffinityReport affinity) {
        this.affinity = Objects.requireNonNull(affinity, "affinity");
    }

    @Override
    public String id() {
        return "affinity";
    }

    @Override
    public String title() {
        return "Top products per segment";
    }

    @Override
    public void render(Markup html) {
        html.element("p", "Support: the share of the segment's members who bought the item; lift: that support / "
                + "the share of all customers who bought it.");
        IndexBand.liftLegend(html);
        html.open("div", "class", "cards");
        for (SegmentAffinity segment : affinity.segments()) {
            html.open("div", "class", "card", "data-segment", segment.segment())
                    .element("h3", segment.segment())
                    .element("p", Formats.count(segment.members()) + " members", "class", "note");
            if (segment.top().isEmpty()) {
                html.element("p", "No item reaches the minimum support.", "class", "note").close("div");
                continue;
            }
            html.open("table", "class", "figures").open("thead").open("tr");
            for (String column : new String[] {"item", "buyers", "support", "lift"}) {
                html.element("th", column, "scope", "col");
            }
            html.close("tr").close("thead").open("tbody");
            for (ItemAffinity item : segment.top()) {
                IndexBand band = IndexBand.of(item.lift() * 100);
                html.open("tr", "data-item", item.item()).element("th", item.item(), "scope", "row")
                        .element("td", Formats.count(item.buyers()), "class", "num")
                        .element("td", Formats.share(item.support()), "class", "num")
                        .element("td", band.sign() + Formats.fixed(item.lift(), 2), "class", "num " + band.cssClass())
                        .close("tr");
            }
            html.close("tbody").close("table").close("div").newline();
        }
        html.close("div");
    }
}
