package io.github.segmentkit.examples.personality;

import static io.github.segmentkit.api.criteria.Criteria.inSegment;
import static io.github.segmentkit.api.criteria.Criteria.isMissing;
import static io.github.segmentkit.examples.personality.PersonalitySchema.ACCEPTED_ANY_CAMPAIGN;
import static io.github.segmentkit.examples.personality.PersonalitySchema.AGE;
import static io.github.segmentkit.examples.personality.PersonalitySchema.CUSTOMER_SINCE;
import static io.github.segmentkit.examples.personality.PersonalitySchema.DAYS_SINCE_LAST_PURCHASE;
import static io.github.segmentkit.examples.personality.PersonalitySchema.DEAL_PURCHASES;
import static io.github.segmentkit.examples.personality.PersonalitySchema.EDUCATION;
import static io.github.segmentkit.examples.personality.PersonalitySchema.INCOME;
import static io.github.segmentkit.examples.personality.PersonalitySchema.KIDS_AT_HOME;
import static io.github.segmentkit.examples.personality.PersonalitySchema.RESPONDED_LAST_CAMPAIGN;
import static io.github.segmentkit.examples.personality.PersonalitySchema.STORE_PURCHASES;
import static io.github.segmentkit.examples.personality.PersonalitySchema.TEENS_AT_HOME;
import static io.github.segmentkit.examples.personality.PersonalitySchema.TOTAL_SPEND;
import static io.github.segmentkit.examples.personality.PersonalitySchema.WEB_PURCHASES;

import io.github.segmentkit.api.Segment;
import java.util.List;

/**
 * The segments the {@code demo} command shows on the Customer Personality Analysis data: demographic (families,
 * young adults, education), behavioral (web buyers, lapsed, big spenders, deal seekers) and segments built from
 * segments.
 *
 * <pre>{@code
 * Segmenter<PersonalityCustomer> segmenter = Segmenter.builder(PersonalitySchema.SCHEMA)
 *         .addAll(DemoSegments.ALL).asOf(PersonalitySchema.AS_OF).build();
 * }</pre>
 */
public final class DemoSegments {
    /** The demo segments, in the order they are printed. */
    public static final List<Segment> ALL = List.of(
            Segment.named("high-income-families").describedAs("income of at least 75,000 with children at home")
                    .where(INCOME.ge(75_000).and(KIDS_AT_HOME.ge(1).or(TEENS_AT_HOME.ge(1)))),
            Segment.named("young-adults").describedAs("aged 18 to 34")
                    .where(AGE.between(18, 34)),
            Segment.named("postgraduates").describedAs("Master or PhD")
                    .where(EDUCATION.in("Master", "PhD")),
            Segment.named("frequent-web-buyers").describedAs("8 or more web purchases")
                    .where(WEB_PURCHASES.ge(8)),
            Segment.named("store-loyal").describedAs("10 or more store purchases, at most 2 on the web")
                    .where(STORE_PURCHASES.ge(10).and(WEB_PURCHASES.le(2))),
            Segment.named("lapsed").describedAs("no purchase in the last 75 days")
                    .where(DAYS_SINCE_LAST_PURCHASE.gt(75)),
            Segment.named("big-spenders").describedAs("spent 1,500 or more in two years")
                    .where(TOTAL_SPEND.ge(1_500)),
            Segment.named("deal-seekers").describedAs("5 or more purchases with a discount")
                    .where(DEAL_PURCHASES.ge(5)),
            Segment.named("campaign-responders").describedAs("accepted any campaign offer")
                    .where(ACCEPTED_ANY_CAMPAIGN.isTrue().or(RESPONDED_LAST_CAMPAIGN.isTrue())),
            Segment.named("long-standing").describedAs("customer for more than two years")
                    .where(CUSTOMER_SINCE.beforeDaysAgo(730)),
            Segment.named("income-unknown").describedAs("no income given")
                    .where(isMissing(INCOME)),
            Segment.named("big-spenders-at-risk").describedAs("big spenders who have lapsed")
                    .where(inSegment("big-spenders").and(inSegment("lapsed"))));

    private DemoSegments() {
    }
}
