package io.github.segmentkit.report.internal;

import io.github.segmentkit.campaign.response.ConfidenceInterval;
import io.github.segmentkit.campaign.response.ResponseReport;
import io.github.segmentkit.campaign.response.SegmentResponse;
import java.util.Locale;

/**
 * The chart of response rates: one row per segment, a point at its rate and an error bar over its Wilson 95 %
 * interval, on an axis from 0 to a round rate above the highest bound, with grid lines every tenth of it.
 */
final class IntervalChart {
    static final double LABEL_WIDTH = 230;
    static final double PLOT_WIDTH = 440;
    static final double VALUE_WIDTH = 90;
    static final double ROW = 24;
    static final double AXIS = 22;
    static final int TICKS = 5;

    private final ResponseReport responses;

    IntervalChart(ResponseReport responses) {
        this.responses = responses;
    }

    Svg draw() {
        double top = axisTop();
        int rows = responses.rows().size();
        double plotHeight = ROW * rows;
        Svg chart = new Svg(LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH, plotHeight + AXIS + 6,
                "Response rates with their Wilson 95% intervals");
        for (int tick = 0; tick <= TICKS; tick++) {
            double rate = top * tick / TICKS;
            double x = LABEL_WIDTH + PLOT_WIDTH * tick / TICKS;
            chart.line(x, 2, x, plotHeight + 2, "grid");
            chart.text(x, plotHeight + AXIS - 4, String.format(Locale.ROOT, "%.0f%%", rate * 100), "middle", "tick",
                    8);
        }
        double y = 2;
        for (SegmentResponse row : responses.rows()) {
            double middle = y + ROW / 2;
            chart.text(LABEL_WIDTH - 8, y + ROW * 0.65, row.name(), "end", "label", SizesSection.LABEL_CHARS);
            ConfidenceInterval interval = row.wilson95().orElse(null);
            if (interval == null) {
                chart.text(LABEL_WIDTH + 4, y + ROW * 0.65, "nobody contacted", "start", "tick", 20);
            } else {
                double low = x(interval.low(), top);
                double high = x(interval.high(), top);
                String title = row.name() + ": " + Formats.rate(row.response().rate().orElseThrow()) + ", Wilson 95% "
                        + ResponseSection.interval(interval);
                chart.line(low, middle, high, middle, "error");
                chart.line(low, middle - 5, low, middle + 5, "error");
                chart.line(high, middle - 5, high, middle + 5, "error");
                chart.circle(x(row.response().rate().orElseThrow(), top), middle, 4.5, "point", title);
                chart.text(LABEL_WIDTH + PLOT_WIDTH + 8, y + ROW * 0.65,
                        Formats.rate(row.response().rate().orElseThrow()), "start", "value", 10);
            }
            y += ROW;
        }
        return chart;
    }

    private static double x(double rate, double top) {
        return LABEL_WIDTH + PLOT_WIDTH * rate / top;
    }

    /** The axis' end: the highest upper bound rounded up to a multiple of 5 %, at least 5 %, at most 100 %. */
    private double axisTop() {
        double highest = responses.rows().stream().flatMap(r -> r.wilson95().stream())
                .mapToDouble(ConfidenceInterval::high).max().orElse(0);
        return Math.min(1, Math.max(0.05, Math.ceil(highest * 20 - 1e-9) / 20));
    }
}
