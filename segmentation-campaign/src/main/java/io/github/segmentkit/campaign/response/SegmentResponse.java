package io.github.segmentkit.campaign.response;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * The response of one segment or campaign: responders among the contacted customers, with a Wilson 95 % interval,
 * the revenue of the contacted customers and, for a campaign with a hold-out, the comparison with its control group.
 *
 * <pre>{@code
 * SegmentResponse row = report.row("win-back");
 * double rate = row.response().rate().orElseThrow();
 * ConfidenceInterval interval = row.wilson95().orElseThrow();
 * BigDecimal perContact = row.revenuePerContacted().orElseThrow();
 * }</pre>
 *
 * @param name                 the segment's or campaign's name
 * @param response             responders among the contacted customers
 * @param revenue              the total revenue of the contacted customers
 * @param comparison           the comparison with the control group, or {@code null} without one
 * @param notContacted         members (of the segment, or of the campaign's audience) who were not contacted, left
 *                             out of the rate
 * @param controlContacted     members of the control group who were contacted all the same, left out of the control
 */
public record SegmentResponse(String name, Proportion response, BigDecimal revenue, ControlComparison comparison,
        long notContacted, long controlContacted) {
    public SegmentResponse {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(revenue, "revenue");
        if (notContacted < 0 || controlContacted < 0) {
            throw new IllegalArgumentException(name + ": negative count " + Math.min(notContacted, controlContacted));
        }
    }

    /** The Wilson 95 % interval of the response rate; empty when nobody was contacted. */
    public Optional<ConfidenceInterval> wilson95() {
        return response.wilson95();
    }

    /** Revenue divided by the contacted customers (to 16 significant digits); empty when nobody was contacted. */
    public Optional<BigDecimal> revenuePerContacted() {
        return response.trials() == 0 ? Optional.empty()
                : Optional.of(revenue.divide(BigDecimal.valueOf(response.trials()), MathContext.DECIMAL64));
    }

    /** The comparison with the control group, if the campaign had one with customers in both groups. */
    public Optional<ControlComparison> controlComparison() {
        return Optional.ofNullable(comparison);
    }
}
