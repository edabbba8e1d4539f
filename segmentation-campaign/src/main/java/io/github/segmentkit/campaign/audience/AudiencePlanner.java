package io.github.segmentkit.campaign.audience;

import io.github.segmentkit.api.InvalidCustomerDataException;
import io.github.segmentkit.api.internal.Suggestions;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.campaign.holdout.HoldOut;
import io.github.segmentkit.campaign.playbook.Play;
import io.github.segmentkit.campaign.playbook.Playbook;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PrimitiveIterator;

/**
 * Turns a segmentation run and a {@link Playbook} into campaign audiences. Campaigns are planned by priority; for
 * each, every member of its segment is eligible and goes, in this order, to:
 * <ol>
 *   <li>the first suppression list that holds it (lists in the order given), counted under the list's reason;</li>
 *   <li>{@value SuppressionList#HIGHER_PRIORITY_CAMPAIGN}, when a campaign of higher priority already has it (in its
 *       audience or its control group: a held-out customer is not contacted by another campaign either, or the
 *       control would not be one);</li>
 *   <li>the control group, when the hold-out (keyed for this campaign, {@link HoldOut#forCampaign}) holds it out;</li>
 *   <li>the audience.</li>
 * </ol>
 * So each customer is in at most one campaign, and per campaign eligible = audience + control + suppressed by
 * reason. The result depends only on the ids, the segments and the settings: not on the input order, nor on the run.
 *
 * <pre>{@code
 * CampaignAudiences audiences = AudiencePlanner.of(playbook)
 *         .suppress(SuppressionList.of("opted-out", optedOutIds))
 *         .suppress(SuppressionList.of("contacted-last-30-days", recentlyContactedIds))
 *         .holdOut(HoldOut.of("spring-2024", 0.10))
 *         .plan(result);
 * }</pre>
 *
 * <p>Immutable and thread-safe: each setting returns a new planner.
 */
public final class AudiencePlanner {
    private final Playbook playbook;
    private final List<SuppressionList> suppressions;
    private final HoldOut holdOut;

    private AudiencePlanner(Playbook playbook, List<SuppressionList> suppressions, HoldOut holdOut) {
        this.playbook = playbook;
        this.suppressions = suppressions;
        this.holdOut = holdOut;
    }

    /** A planner for {@code playbook}, with no suppression list and no hold-out. */
    public static AudiencePlanner of(Playbook playbook) {
        return new AudiencePlanner(Objects.requireNonNull(playbook, "playbook"), List.of(), HoldOut.none());
    }

    /**
     * The same planner also suppressing {@code list}, after the lists already given.
     *
     * @throws IllegalArgumentException when a list of the same reason was already given
     */
    public AudiencePlanner suppress(SuppressionList list) {
        Objects.requireNonNull(list, "list");
        if (suppressions.stream().anyMatch(s -> s.reason().equals(list.reason()))) {
            throw new IllegalArgumentException("a suppression list with reason '" + list.reason()
                    + "' was already given; merge the two into one list");
        }
        List<SuppressionList> more = new ArrayList<>(suppressions);
        more.add(list);
        return new AudiencePlanner(playbook, List.copyOf(more), holdOut);
    }

    /** The same planner holding out customers by {@code holdOut}, keyed per campaign. */
    public AudiencePlanner holdOut(HoldOut holdOut) {
        return new AudiencePlanner(playbook, suppressions, Objects.requireNonNull(holdOut, "holdOut"));
    }

    /**
     * The audiences of every play's campaign, from the memberships of {@code result}.
     *
     * @throws IllegalArgumentException     naming the segment, with a did-you-mean and the run's segments, when a
     *                                      play's segment is not one of the run's
     * @throws InvalidCustomerDataException naming the id and its two rows when two customers of the run share an id
     */
    public CampaignAudiences plan(SegmentationResult result) {
        Objects.requireNonNull(result, "result");
        for (Play play : playbook.plays()) {
            requireSegment(result, play);
        }
        requireUniqueIds(result);
        boolean[] taken = new boolean[result.customerCount()];
        List<CampaignAudience> campaigns = new ArrayList<>();
        for (Play play : playbook.plays()) {
            campaigns.add(planOne(result, play, taken));
        }
        return new CampaignAudiences(campaigns);
    }

    private CampaignAudience planOne(SegmentationResult result, Play play, boolean[] taken) {
        HoldOut keyed = holdOut.forCampaign(play.campaign());
        long[] bySuppression = new long[suppressions.size()];
        long higherPriority = 0;
        long eligible = 0;
        IdBuffer audience = new IdBuffer();
        IdBuffer control = new IdBuffer();
        PrimitiveIterator.OfInt rows = result.memberRows(play.segment());
        while (rows.hasNext()) {
            int row = rows.nextInt();
            long id = result.customerId(row);
            eligible++;
            int list = firstListHolding(id);
            if (list >= 0) {
                bySuppression[list]++;
            } else if (taken[row]) {
                higherPriority++;
            } else {
                taken[row] = true;
                (keyed.isControl(id) ? control : audience).add(id);
            }
        }
        Map<String, Long> suppressed = new LinkedHashMap<>();
        for (int i = 0; i < suppressions.size(); i++) {
            suppressed.put(suppressions.get(i).reason(), bySuppression[i]);
        }
        suppressed.put(SuppressionList.HIGHER_PRIORITY_CAMPAIGN, higherPriority);
        return new CampaignAudience(play, keyed, eligible, audience.ids(), control.ids(), suppressed);
    }

    private int firstListHolding(long id) {
        for (int i = 0; i < suppressions.size(); i++) {
            if (suppressions.get(i).customers().contains(id)) {
                return i;
            }
        }
        return -1;
    }

    private static void requireSegment(SegmentationResult result, Play play) {
        if (!result.segmentNames().contains(play.segment())) {
            String hint = Suggestions.closest(play.segment(), result.segmentNames())
                    .map(s -> " (did you mean '" + s + "'?)").orElse("");
            throw new IllegalArgumentException("campaign '" + play.campaign() + "' targets segment '"
                    + play.segment() + "'" + hint + ", which the segmentation run does not have; its segments are "
                    + result.segmentNames());
        }
    }

    /** Campaigns are keyed by customer id, so an id naming two rows would make "one campaign per customer" moot. */
    static void requireUniqueIds(SegmentationResult result) {
        long[] ids = new long[result.customerCount()];
        for (int row = 0; row < ids.length; row++) {
            ids[row] = result.customerId(row);
        }
        long[] sorted = ids.clone();
        Arrays.sort(sorted);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                long id = sorted[i];
                int first = -1;
                int second = -1;
                for (int row = 0; row < ids.length && second < 0; row++) {
                    if (ids[row] == id) {
                        if (first < 0) {
                            first = row;
                        } else {
                            second = row;
                        }
                    }
                }
                throw new InvalidCustomerDataException(second, Long.toString(id), null, "the id is also the id of "
                        + "row " + first + " (0-based); campaigns are keyed by customer id, so ids must be unique "
                        + "within a run", null);
            }
        }
    }

    /** A growable array of ids, without boxing. */
    private static final class IdBuffer {
        private long[] ids = new long[16];
        private int size;

        void add(long id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        CustomerIds ids() {
            return CustomerIds.of(Arrays.copyOf(ids, size));
        }
    }
}
