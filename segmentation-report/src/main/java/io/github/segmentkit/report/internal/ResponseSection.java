package io.github.segmentkit.report.internal;

import io.github.segmentkit.campaign.response.ConfidenceInterval;
import io.github.segmentkit.campaign.response.ResponseReport;
import io.github.segmentkit.campaign.response.SegmentResponse;
import java.util.Objects;

/**
 * Response rates: a chart of each row's rate with its Wilson 95 % interval as an error bar, then the table of the
 * figures; with a control group, the lift, the two-proportion test's p-value and the Holm-adjusted one.
 */
public final class ResponseSection implements Section {
    private final ResponseReport responses;

    /** The rates of {@code responses}. */
    public ResponseSection(ResponseReport responses) {
        this.responses = Objects.requireNonNull(responses, "responses");
    }

    @Override
    public String id() {
        return "responses";
    }

    @Override
    public String title() {
        return "Response rates";
    }

    @Override
    public void render(Markup html) {
        html.element("p", "Responders among the contacted customers; the bar is the Wilson 95% interval of the "
                + "rate.");
        html.open("figure").raw(new IntervalChart(responses).draw()).close("figure");
        boolean controls = responses.rows().stream().anyMatch(r -> r.controlComparison().isPresent());
        // without revenue (outcomes that carry none) a column of zeros would read as a finding
        boolean revenue = responses.rows().stream().anyMatch(r -> r.revenue().signum() != 0);
        html.open("div", "class", "scroll").open("table", "class", "figures").open("thead").open("tr");
        for (String column : new String[] {"segment", "responded / contacted", "rate", "Wilson 95%"}) {
            html.element("th", column, "scope", "col");
        }
        if (revenue) {
            html.element("th", "revenue per contacted", "scope", "col");
        }
        if (controls) {
            for (String column : new String[] {"control", "lift", "p-value", "Holm p-value"}) {
                html.element("th", column, "scope", "col");
            }
        }
        html.close("tr").close("thead").open("tbody").newline();
        for (SegmentResponse row : responses.rows()) {
            html.open("tr", "data-segment", row.name()).element("th", row.name(), "scope", "row")
                    .element("td", Formats.count(row.response().successes()) + " / "
                            + Formats.count(row.response().trials()), "class", "num")
                    .element("td", Formats.rate(row.response().rate().orElse(Double.NaN)), "class", "num")
                    .element("td", row.wilson95().map(ResponseSection::interval).orElse(Formats.UNDEFINED),
                            "class", "num");
            if (revenue) {
                html.element("td", row.revenuePerContacted().map(r -> Formats.decimal(r.doubleValue()))
                        .orElse(Formats.UNDEFINED), "class", "num");
            }
            if (controls) {
                controlCells(html, row);
            }
            html.close("tr").newline();
        }
        html.close("tbody").close("table").close("div");
    }

    private static void controlCells(Markup html, SegmentResponse row) {
        if (row.controlComparison().isEmpty()) {
            html.element("td", "no control", "colspan", "4");
            return;
        }
        var comparison = row.controlComparison().get();
        var control = comparison.test().control();
        html.element("td", Formats.count(control.successes()) + " / " + Formats.count(control.trials()), "class",
                        "num")
                .element("td", Formats.fixed(comparison.test().lift().orElse(Double.NaN), 2), "class", "num")
                .element("td", Formats.pValue(comparison.test().pValue()), "class", "num")
                .element("td", Formats.pValue(comparison.adjustedPValue()), "class", "num");
    }

    static String interval(ConfidenceInterval interval) {
        return Formats.rate(interval.low()) + " – " + Formats.rate(interval.high());
    }
}
