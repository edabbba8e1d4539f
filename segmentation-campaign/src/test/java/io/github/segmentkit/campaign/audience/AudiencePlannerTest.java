package io.github.segmentkit.campaign.audience;

import static io.github.segmentkit.campaign.Runs.SCORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.InvalidCustomerDataException;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.campaign.Runs;
import io.github.segmentkit.campaign.Runs.Scored;
import io.github.segmentkit.campaign.holdout.HoldOut;
import io.github.segmentkit.campaign.playbook.Action;
import io.github.segmentkit.campaign.playbook.Playbook;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class AudiencePlannerTest {
    static final Segment TOP = Segment.named("top").where(SCORE.ge(10));      // customers 10..20
    static final Segment BROAD = Segment.named("broad").where(SCORE.ge(5));   // customers 5..20
    static final Segment LOW = Segment.named("low").where(SCORE.le(2));       // customers 1, 2: no play
    static final Playbook PLAYBOOK = Playbook.builder()
            .play("broad", Action.of("broad-mailing", "email", "tpl-broad"), 2)
            .play("top", Action.of("top-preview", "email", "tpl-top").withOffer("early access"), 1)
            .build();
    static final AudiencePlanner PLANNER = AudiencePlanner.of(PLAYBOOK)
            .suppress(SuppressionList.of("opted-out", CustomerIds.of(6, 12, 99)))
            .suppress(SuppressionList.of("recently-contacted", CustomerIds.of(12, 13, 7)))
            .holdOut(HoldOut.of("t", 0.3));

    /** The customers of {@code ids} the independent rule puts in (or out of) the control group of salt {@code salt}. */
    static CustomerIds split(String salt, boolean control, long... ids) {
        return CustomerIds.of(LongStream.of(ids).filter(id -> IndependentHoldOut.isControl(salt, id, "0.3") == control)
                .toArray());
    }

    @Test
    void should_plan_by_priority_with_suppressions_counted_by_reason() {
        SegmentationResult result = Runs.segment(Runs.customers(20), TOP, BROAD, LOW);

        CampaignAudiences audiences = PLANNER.plan(result);

        // top (priority 1): eligible 10..20 = 11; 12 opted out; 13 recently contacted (12 is counted once, under the
        // first list); the other 9 split by the hold-out keyed "t/top"
        CampaignAudience top = audiences.campaign("top-preview");
        long[] topKept = {10, 11, 14, 15, 16, 17, 18, 19, 20};
        assertThat(top.eligible()).isEqualTo(11);
        assertThat(top.suppressed()).containsExactly(Map.entry("opted-out", 1L), Map.entry("recently-contacted", 1L),
                Map.entry(SuppressionList.HIGHER_PRIORITY_CAMPAIGN, 0L));
        assertThat(top.audience()).isEqualTo(split("t/top-preview", false, topKept));
        assertThat(top.control()).isEqualTo(split("t/top-preview", true, topKept));
        assertThat(top.control()).as("SHA-256 by Python's hashlib").isEqualTo(CustomerIds.of(10));
        assertThat(top.holdOut()).isEqualTo(HoldOut.of("t/top-preview", 0.3));

        // broad (priority 2): eligible 5..20 = 16; opted out 6, 12; recently contacted 7, 13; the 9 of top;
        // 5, 8, 9 left: 16 = 2 + 2 + 9 + 3
        CampaignAudience broad = audiences.campaign("broad-mailing");
        assertThat(broad.eligible()).isEqualTo(16);
        assertThat(broad.suppressed()).containsExactly(Map.entry("opted-out", 2L),
                Map.entry("recently-contacted", 2L), Map.entry(SuppressionList.HIGHER_PRIORITY_CAMPAIGN, 9L));
        assertThat(broad.audience()).isEqualTo(split("t/broad-mailing", false, 5, 8, 9));
        assertThat(broad.control()).isEqualTo(split("t/broad-mailing", true, 5, 8, 9));
        assertThat(broad.control()).as("SHA-256 by Python's hashlib").isEqualTo(CustomerIds.of(5, 8));
        assertThat(broad.suppressedTotal()).isEqualTo(13);
        assertThat(audiences.campaignNames()).containsExactly("top-preview", "broad-mailing");
    }

    @Test
    void should_give_the_same_audiences_whatever_the_input_order() {
        List<Scored> shuffled = new ArrayList<>(Runs.customers(20));
        Collections.shuffle(shuffled, new Random(7));

        assertThat(PLANNER.plan(Runs.segment(shuffled, TOP, BROAD, LOW)))
                .isEqualTo(PLANNER.plan(Runs.segment(Runs.customers(20), TOP, BROAD, LOW)));
    }

    @Test
    void should_name_a_play_segment_the_run_does_not_have() {
        SegmentationResult result = Runs.segment(Runs.customers(20), Segment.named("tops").where(SCORE.ge(10)),
                BROAD);

        assertThatThrownBy(() -> PLANNER.plan(result)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("campaign 'top-preview' targets segment 'top' (did you mean 'tops'?), which the "
                        + "segmentation run does not have; its segments are [tops, broad]");
    }

    @Test
    void should_refuse_a_run_with_two_customers_of_one_id() {
        List<Scored> customers = new ArrayList<>(Runs.customers(5));
        customers.add(new Scored(3, 12));
        SegmentationResult result = Runs.segment(customers, TOP, BROAD);

        assertThatThrownBy(() -> PLANNER.plan(result)).isInstanceOf(InvalidCustomerDataException.class)
                .hasMessageContaining("the id is also the id of row 2 (0-based)");
    }

    @Test
    void should_refuse_two_lists_of_one_reason_and_the_planner_s_own_reason() {
        assertThatThrownBy(() -> PLANNER.suppress(SuppressionList.of("opted-out", CustomerIds.of(1))))
                .hasMessageContaining("reason 'opted-out' was already given");
        assertThatThrownBy(() -> SuppressionList.of(SuppressionList.HIGHER_PRIORITY_CAMPAIGN, CustomerIds.empty()))
                .hasMessageContaining("name the list differently");
    }

    @Property(tries = 60)
    void should_keep_every_customer_in_one_campaign_and_every_count_adding_up(
            @ForAll @Size(max = 80) List<@IntRange(min = 0, max = 30) Integer> scores,
            @ForAll @Size(max = 20) List<@IntRange(min = 0, max = 100) Integer> optedOut,
            @ForAll @IntRange(min = 0, max = 9) int shareTenths) {
        List<Scored> customers = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            customers.add(new Scored(i + 1, scores.get(i)));
        }
        SegmentationResult result = Runs.segment(customers, TOP, BROAD, LOW);
        String share = "0." + shareTenths;
        CustomerIds suppressed = CustomerIds.of(optedOut.stream().mapToLong(Integer::longValue).toArray());

        CampaignAudiences audiences = AudiencePlanner.of(PLAYBOOK)
                .suppress(SuppressionList.of("opted-out", suppressed))
                .holdOut(HoldOut.of("p", Double.parseDouble(share))).plan(result);

        Map<Long, String> campaignOf = new LinkedHashMap<>();
        for (CampaignAudience campaign : audiences.campaigns()) {
            String segment = campaign.play().segment();
            assertThat(campaign.eligible()).isEqualTo(result.count(segment));
            assertThat(campaign.audience().size() + campaign.control().size() + campaign.suppressedTotal())
                    .isEqualTo(campaign.eligible());
            campaign.audience().stream().forEach(id -> {
                assertThat(result.isMemberById(segment, id)).isTrue();
                assertThat(suppressed.contains(id)).isFalse();
                assertThat(IndependentHoldOut.isControl("p/" + campaign.campaign(), id, share)).isFalse();
                assertThat(campaignOf.put(id, campaign.campaign())).isNull();
            });
            campaign.control().stream().forEach(id -> {
                assertThat(result.isMemberById(segment, id)).isTrue();
                assertThat(IndependentHoldOut.isControl("p/" + campaign.campaign(), id, share)).isTrue();
                assertThat(campaignOf.put(id, campaign.campaign())).isNull();
            });
        }
        // every top member not suppressed is in top's campaign, since top has the higher priority
        for (long id : result.memberIds("top")) {
            assertThat(campaignOf.get(id)).isEqualTo(suppressed.contains(id) ? null : "top-preview");
        }
    }
}
