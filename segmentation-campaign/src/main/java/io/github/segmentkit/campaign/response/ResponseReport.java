package io.github.segmentkit.campaign.response;

import java.util.List;
import java.util.Objects;

/**
 * The response of every segment or campaign of one analysis, in the order of the segments or campaigns.
 *
 * <pre>{@code
 * ResponseReport report = ResponseAnalysis.byCampaign(audiences, outcomes);
 * for (SegmentResponse row : report.rows()) {
 *     log.info("{}: {} of {}", row.name(), row.response().successes(), row.response().trials());
 * }
 * }</pre>
 *
 * @param rows one per segment or campaign
 */
public record ResponseReport(List<SegmentResponse> rows) {
    public ResponseReport {
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
    }

    /**
     * The row of {@code name}.
     *
     * @throws IllegalArgumentException naming it and the known names when there is no such row
     */
    public SegmentResponse row(String name) {
        Objects.requireNonNull(name, "name");
        return rows.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no response row named '" + name + "'; the rows are "
                        + rows.stream().map(SegmentResponse::name).toList()));
    }
}
