package io.github.segmentkit.report.internal;

import io.github.segmentkit.insight.profile.Overlap;
import java.util.List;
import java.util.Objects;

/**
 * The overlap heatmap: segments by segments, each cell the Jaccard index |A ∩ B| / |A ∪ B| written in it and shaded
 * from white (0) to dark blue (1). Columns are numbered after the rows, so that no column label has to be turned or
 * can overlap its neighbour.
 */
public final class OverlapSection implements Section {
    static final double CELL_WIDTH = 46;
    static final double CELL_HEIGHT = 26;
    static final double HEADER = 24;
    static final int LABEL_CHARS = 30;

    private final Overlap overlap;

    /** The heatmap of {@code overlap}. */
    public OverlapSection(Overlap overlap) {
        this.overlap = Objects.requireNonNull(overlap, "overlap");
    }

    @Override
    public String id() {
        return "overlap";
    }

    @Override
    public String title() {
        return "Overlap between segments";
    }

    @Override
    public void render(Markup html) {
        html.element("p", "Each cell: the Jaccard index of the row's and the column's segment (customers in both / "
                + "customers in either; 1 on the diagonal). Columns are numbered as the rows.");
        List<String> segments = overlap.segments();
        int longest = segments.stream().mapToInt(s -> s.codePointCount(0, s.length())).max().orElse(0);
        double labelWidth = 36 + Svg.CHAR_WIDTH * Math.min(longest, LABEL_CHARS);
        int n = segments.size();
        Svg chart = new Svg(labelWidth + CELL_WIDTH * n + 4, HEADER + CELL_HEIGHT * n + 4,
                "Heatmap of the Jaccard index between segments");
        for (int column = 0; column < n; column++) {
            chart.text(labelWidth + CELL_WIDTH * (column + 0.5), HEADER - 8, String.valueOf(column + 1), "middle",
                    "label", 4);
        }
        for (int row = 0; row < n; row++) {
            double y = HEADER + CELL_HEIGHT * row;
            chart.text(labelWidth - 8, y + CELL_HEIGHT * 0.65, (row + 1) + "  " + segments.get(row), "end", "label",
                    LABEL_CHARS + 4);
            for (int column = 0; column < n; column++) {
                String a = segments.get(row);
                String b = segments.get(column);
                double jaccard = overlap.jaccard(a, b);
                double x = labelWidth + CELL_WIDTH * column;
                chart.rect(x, y, CELL_WIDTH - 1, CELL_HEIGHT - 1, Palette.heat(jaccard),
                        a + " ∩ " + b + ": " + Formats.count(overlap.count(a, b)) + " customers");
                chart.text(x + CELL_WIDTH / 2, y + CELL_HEIGHT * 0.65, Formats.fixed(jaccard, 2), "middle",
                        Palette.isDark(jaccard) ? "cell dark" : "cell", 6);
            }
        }
        html.open("figure").raw(chart).close("figure");
    }
}
