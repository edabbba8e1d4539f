package io.github.segmentkit.campaign.audience;

import io.github.segmentkit.campaign.holdout.HoldOut;
import io.github.segmentkit.campaign.playbook.Play;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Who one campaign contacts, who it holds out, and why the other eligible customers are left out. The counts always
 * add up: {@code eligible == audience.size() + control.size() + } the sum of {@code suppressed}; the constructor
 * refuses anything else.
 *
 * <pre>{@code
 * CampaignAudience winBack = audiences.campaign("win-back");
 * long contacted = winBack.audience().size();
 * long optedOut = winBack.suppressed().get("opted-out");
 * }</pre>
 *
 * @param play       the playbook line this campaign comes from
 * @param holdOut    the hold-out applied, keyed for this campaign
 * @param eligible   the members of the play's segment
 * @param audience   the customers to contact
 * @param control    the customers held out, not to be contacted
 * @param suppressed by reason, in the order the reasons were applied (suppression lists in the order given, then
 *                   {@value SuppressionList#HIGHER_PRIORITY_CAMPAIGN}), every reason present even at 0
 */
public record CampaignAudience(Play play, HoldOut holdOut, long eligible, CustomerIds audience, CustomerIds control,
        Map<String, Long> suppressed) {
    public CampaignAudience {
        Objects.requireNonNull(play, "play");
        Objects.requireNonNull(holdOut, "holdOut");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(control, "control");
        suppressed = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(suppressed,
                "suppressed")));
        long total = (long) audience.size() + control.size();
        for (Map.Entry<String, Long> reason : suppressed.entrySet()) {
            if (reason.getValue() == null || reason.getValue() < 0) {
                throw new IllegalArgumentException("campaign '" + play.campaign() + "': suppressed count of '"
                        + reason.getKey() + "' is " + reason.getValue());
            }
            total += reason.getValue();
        }
        if (total != eligible) {
            throw new IllegalArgumentException("campaign '" + play.campaign() + "': counts do not add up: eligible "
                    + eligible + " but audience " + audience.size() + " + control " + control.size()
                    + " + suppressed " + suppressed + " = " + total);
        }
        if (audience.stream().anyMatch(control::contains)) {
            throw new IllegalArgumentException("campaign '" + play.campaign() + "': customer "
                    + audience.stream().filter(control::contains).findFirst().getAsLong()
                    + " is both in the audience and in the control group");
        }
    }

    /** The campaign's name: {@code play().campaign()}. */
    public String campaign() {
        return play.campaign();
    }

    /** How many eligible customers were suppressed, for any reason. */
    public long suppressedTotal() {
        return suppressed.values().stream().mapToLong(Long::longValue).sum();
    }
}
