package io.github.segmentkit.examples.personality;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.BooleanAttribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.DateAttribute;
import io.github.segmentkit.api.attribute.DoubleAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.time.LocalDate;

/**
 * The attributes of {@link PersonalityCustomer} and its schema. Ages are completed calendar years at
 * {@link #AS_OF}, the end of the data period.
 *
 * <pre>{@code
 * Segment families = Segment.named("families").where(PersonalitySchema.KIDS_AT_HOME.ge(1));
 * }</pre>
 */
public final class PersonalitySchema {
    /** The as-of date of the dataset: the end of 2014, after the last enrolment (2014-06-29). */
    public static final LocalDate AS_OF = LocalDate.of(2014, 12, 31);

    public static final LongAttribute AGE = Attribute.ofLong("age");
    public static final DoubleAttribute INCOME = Attribute.ofDouble("income");
    public static final CategoricalAttribute EDUCATION = Attribute.ofCategorical("education");
    public static final CategoricalAttribute MARITAL_STATUS = Attribute.ofCategorical("marital_status");
    public static final LongAttribute KIDS_AT_HOME = Attribute.ofLong("kids_at_home");
    public static final LongAttribute TEENS_AT_HOME = Attribute.ofLong("teens_at_home");
    public static final DateAttribute CUSTOMER_SINCE = Attribute.ofDate("customer_since");
    public static final LongAttribute DAYS_SINCE_LAST_PURCHASE = Attribute.ofLong("days_since_last_purchase");
    public static final LongAttribute TOTAL_SPEND = Attribute.ofLong("total_spend");
    public static final LongAttribute WEB_PURCHASES = Attribute.ofLong("web_purchases");
    public static final LongAttribute STORE_PURCHASES = Attribute.ofLong("store_purchases");
    public static final LongAttribute CATALOG_PURCHASES = Attribute.ofLong("catalog_purchases");
    public static final LongAttribute DEAL_PURCHASES = Attribute.ofLong("deal_purchases");
    public static final LongAttribute WEB_VISITS_PER_MONTH = Attribute.ofLong("web_visits_per_month");
    public static final BooleanAttribute ACCEPTED_ANY_CAMPAIGN = Attribute.ofBoolean("accepted_any_campaign");
    public static final BooleanAttribute RESPONDED_LAST_CAMPAIGN = Attribute.ofBoolean("responded_last_campaign");
    public static final BooleanAttribute COMPLAINED = Attribute.ofBoolean("complained");

    /** How each attribute is read from a {@link PersonalityCustomer}. */
    public static final CustomerSchema<PersonalityCustomer> SCHEMA = CustomerSchema
            .builder(PersonalityCustomer::id)
            .numeric(AGE, c -> AS_OF.getYear() - c.birthYear())
            .nullableNumeric(INCOME, PersonalityCustomer::income)
            .categorical(EDUCATION, PersonalityCustomer::education)
            .categorical(MARITAL_STATUS, PersonalityCustomer::maritalStatus)
            .numeric(KIDS_AT_HOME, PersonalityCustomer::kidsAtHome)
            .numeric(TEENS_AT_HOME, PersonalityCustomer::teensAtHome)
            .date(CUSTOMER_SINCE, PersonalityCustomer::customerSince)
            .numeric(DAYS_SINCE_LAST_PURCHASE, PersonalityCustomer::daysSinceLastPurchase)
            .numeric(TOTAL_SPEND, PersonalityCustomer::totalSpend)
            .numeric(WEB_PURCHASES, PersonalityCustomer::webPurchases)
            .numeric(STORE_PURCHASES, PersonalityCustomer::storePurchases)
            .numeric(CATALOG_PURCHASES, PersonalityCustomer::catalogPurchases)
            .numeric(DEAL_PURCHASES, PersonalityCustomer::dealPurchases)
            .numeric(WEB_VISITS_PER_MONTH, PersonalityCustomer::webVisitsPerMonth)
            .bool(ACCEPTED_ANY_CAMPAIGN, PersonalityCustomer::acceptedAnyCampaign)
            .bool(RESPONDED_LAST_CAMPAIGN, PersonalityCustomer::respondedLastCampaign)
            .bool(COMPLAINED, PersonalityCustomer::complained)
            .build();

    private PersonalitySchema() {
    }
}
