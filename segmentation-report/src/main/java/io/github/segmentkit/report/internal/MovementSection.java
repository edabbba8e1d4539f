package io.github.segmentkit.report.internal;

import io.github.segmentkit.campaign.movement.SegmentMovement;
import java.util.List;
import java.util.Objects;

/**
 * The migration matrix between two runs: rows the earlier run's segments, columns the later run's, each cell the
 * customers who moved so and their share of the row, shaded by that share.
 */
public final class MovementSection implements Section {
    private final SegmentMovement movement;

    /** The matrix of {@code movement}. */
    public MovementSection(SegmentMovement movement) {
        this.movement = Objects.requireNonNull(movement, "movement");
    }

    @Override
    public String id() {
        return "movement";
    }

    @Override
    public String title() {
        return "Movement between runs";
    }

    @Override
    public void render(Markup html) {
        html.element("p", "Rows: the segment in the earlier run; columns: the segment in the later run. Each cell: "
                + "the customers who moved so, and their share of the row (the shading).");
        html.open("div", "class", "scroll").open("table", "class", "matrix").open("thead").open("tr")
                .element("th", "earlier ↓ / later →", "scope", "col");
        for (String to : movement.to()) {
            html.element("th", to, "scope", "col");
        }
        html.element("th", "total", "scope", "col").close("tr").close("thead").open("tbody").newline();
        for (int row = 0; row < movement.from().size(); row++) {
            String from = movement.from().get(row);
            List<Long> counts = movement.counts().get(row);
            long total = counts.stream().mapToLong(Long::longValue).sum();
            html.open("tr").element("th", from, "scope", "row");
            for (int column = 0; column < counts.size(); column++) {
                long count = counts.get(column);
                double share = total == 0 ? 0 : (double) count / total;
                html.open("td", "class", "num", "style", "background:" + Palette.move(share), "data-from", from,
                                "data-to", movement.to().get(column))
                        .element("span", Formats.count(count), "class", "count")
                        .element("span", total == 0 ? Formats.UNDEFINED : Formats.share(share), "class", "mean")
                        .close("td");
            }
            html.element("td", Formats.count(total), "class", "num total").close("tr").newline();
        }
        html.close("tbody").close("table").close("div");
    }
}
