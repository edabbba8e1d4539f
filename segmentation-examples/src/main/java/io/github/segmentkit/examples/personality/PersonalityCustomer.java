package io.github.segmentkit.examples.personality;

import java.time.LocalDate;

/**
 * One customer of the Customer Personality Analysis dataset (a grocery retailer, 2,240 customers, 2012–2014), as
 * the CRM would hold it.
 *
 * <pre>{@code
 * List<PersonalityCustomer> customers = MarketingCampaignCsv.readBundled();
 * }</pre>
 *
 * @param id                    the customer id
 * @param birthYear             year of birth
 * @param education             {@code Basic, 2n Cycle, Graduation, Master, PhD}
 * @param maritalStatus         as recorded, including oddities such as {@code YOLO}
 * @param income                yearly household income, or {@code null} when not given
 * @param kidsAtHome            small children at home
 * @param teensAtHome           teenagers at home
 * @param customerSince         date of enrolment
 * @param daysSinceLastPurchase recency in days
 * @param totalSpend            amount spent on all product categories in the last two years
 * @param webPurchases          purchases through the web site
 * @param catalogPurchases      purchases from the catalogue
 * @param storePurchases        purchases in stores
 * @param dealPurchases         purchases made with a discount
 * @param webVisitsPerMonth     visits to the web site last month
 * @param acceptedAnyCampaign   accepted the offer of any of the five earlier campaigns
 * @param respondedLastCampaign accepted the offer of the last campaign
 * @param complained            complained in the last two years
 */
public record PersonalityCustomer(long id, int birthYear, String education, String maritalStatus, Double income,
        int kidsAtHome, int teensAtHome, LocalDate customerSince, int daysSinceLastPurchase, long totalSpend,
        int webPurchases, int catalogPurchases, int storePurchases, int dealPurchases, int webVisitsPerMonth,
        boolean acceptedAnyCampaign, boolean respondedLastCampaign, boolean complained) {
}
