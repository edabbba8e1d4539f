package io.github.segmentkit.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.BooleanAttribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.DateAttribute;
import io.github.segmentkit.api.attribute.DoubleAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.criteria.Criteria;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hand-written example files {@code examples/segments.seg} and {@code examples/segments.json} (attributes of
 * the Customer Personality Analysis data) say exactly what the Java DSL below says. The text file is written the
 * way a person would write it ({@code education not in (…)}, clarifying parentheses), not in the printer's
 * canonical form, so it also shows that the sugar reads as the same tree.
 */
class ExampleFilesTest {
    private static final LongAttribute AGE = Attribute.ofLong("age");
    private static final DoubleAttribute INCOME = Attribute.ofDouble("income");
    private static final CategoricalAttribute EDUCATION = Attribute.ofCategorical("education");
    private static final CategoricalAttribute MARITAL_STATUS = Attribute.ofCategorical("marital_status");
    private static final LongAttribute KIDS_AT_HOME = Attribute.ofLong("kids_at_home");
    private static final LongAttribute TEENS_AT_HOME = Attribute.ofLong("teens_at_home");
    private static final DateAttribute CUSTOMER_SINCE = Attribute.ofDate("customer_since");
    private static final LongAttribute DAYS_SINCE_LAST_PURCHASE = Attribute.ofLong("days_since_last_purchase");
    private static final LongAttribute TOTAL_SPEND = Attribute.ofLong("total_spend");
    private static final LongAttribute WEB_PURCHASES = Attribute.ofLong("web_purchases");
    private static final LongAttribute STORE_PURCHASES = Attribute.ofLong("store_purchases");
    private static final LongAttribute CATALOG_PURCHASES = Attribute.ofLong("catalog_purchases");
    private static final LongAttribute DEAL_PURCHASES = Attribute.ofLong("deal_purchases");
    private static final LongAttribute WEB_VISITS_PER_MONTH = Attribute.ofLong("web_visits_per_month");
    private static final BooleanAttribute ACCEPTED_ANY_CAMPAIGN = Attribute.ofBoolean("accepted_any_campaign");
    private static final BooleanAttribute RESPONDED_LAST_CAMPAIGN = Attribute.ofBoolean("responded_last_campaign");
    private static final BooleanAttribute COMPLAINED = Attribute.ofBoolean("complained");
    private static final List<Attribute> ATTRIBUTES = List.of(AGE, INCOME, EDUCATION, MARITAL_STATUS, KIDS_AT_HOME,
            TEENS_AT_HOME, CUSTOMER_SINCE, DAYS_SINCE_LAST_PURCHASE, TOTAL_SPEND, WEB_PURCHASES, STORE_PURCHASES,
            CATALOG_PURCHASES, DEAL_PURCHASES, WEB_VISITS_PER_MONTH, ACCEPTED_ANY_CAMPAIGN, RESPONDED_LAST_CAMPAIGN,
            COMPLAINED);

    private static final List<Segment> JAVA = List.of(
            Segment.named("everyone").describedAs("all customers, a baseline for shares").where(Criteria.all()),
            Segment.named("young-singles").describedAs("aged 18 to 34, single, divorced or widowed")
                    .where(AGE.between(18, 34).and(MARITAL_STATUS.in("Single", "Divorced", "Widow"))),
            Segment.named("families-without-teens").where(KIDS_AT_HOME.ge(1).and(TEENS_AT_HOME.eq(0))),
            Segment.named("affluent").describedAs("known income of at least 75,000 a year")
                    .where(Criteria.isPresent(INCOME).and(INCOME.between(75_000.0, Double.POSITIVE_INFINITY))),
            Segment.named("not-graduates").where(EDUCATION.notIn("Graduation", "Master", "PhD")),
            Segment.named("recent-customers").describedAs("joined in 2014 or later")
                    .where(CUSTOMER_SINCE.ge(LocalDate.of(2014, 1, 1))),
            Segment.named("active-catalogue-buyers").where(Criteria.and(CATALOG_PURCHASES.gt(5),
                    DAYS_SINCE_LAST_PURCHASE.le(30), WEB_VISITS_PER_MONTH.ne(0))),
            Segment.named("unhappy").describedAs("complained, or never accepted a campaign")
                    .where(COMPLAINED.isTrue().or(ACCEPTED_ANY_CAMPAIGN.isFalse()
                            .and(RESPONDED_LAST_CAMPAIGN.isFalse()))),
            Segment.named("quiet-big-spenders").where(Criteria.and(Criteria.inSegment("affluent"),
                    TOTAL_SPEND.ge(1500), Criteria.not(WEB_PURCHASES.gt(3).or(STORE_PURCHASES.gt(3))))),
            Segment.named("new-deal-seekers")
                    .describedAs("5 or more purchases with a discount, customer for less than ten years")
                    .where(DEAL_PURCHASES.ge(5).and(CUSTOMER_SINCE.afterDaysAgo(3650))));

    private static Path example(String name) throws URISyntaxException {
        return Path.of(ExampleFilesTest.class.getResource("/examples/" + name).toURI());
    }

    @Test
    void should_read_the_text_example_as_the_java_segments() throws Exception {
        assertThat(Definitions.read(example("segments.seg"), ATTRIBUTES).segments()).isEqualTo(JAVA);
    }

    @Test
    void should_read_the_json_example_as_the_java_segments() throws Exception {
        assertThat(Definitions.read(example("segments.json"), ATTRIBUTES).segments()).isEqualTo(JAVA);
    }
}
