package io.github.segmentkit.benchmarks.workload;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * One customer of the benchmark workload, as an application would hold it: boxed values where a value may be
 * missing ({@code null}), {@code NaN} for a missing double, {@code null} for a missing tag set or home.
 *
 * <pre>{@code
 * List<BenchCustomer> customers = CustomerGenerator.generate(1_000_000);
 * Integer age = customers.get(0).age();   // null when missing
 * }</pre>
 *
 * @param id           unique, never missing
 * @param age          years, 18–90
 * @param income       yearly, log-normal; NaN when missing
 * @param country      ISO code, Zipf-distributed
 * @param channel      acquisition channel
 * @param loyaltyTier  none, bronze, silver, gold or platinum
 * @param device       main device
 * @param language     preferred language, including Urdu and Telugu speakers
 * @param newsletter   subscribed to the newsletter
 * @param premium      pays for a premium plan
 * @param churnScore   0–1; NaN when missing
 * @param orders       lifetime orders
 * @param totalSpend   lifetime spend; NaN when missing
 * @param household    household size, 1–8
 * @param lastOrder    date of the last order, never after the as-of date
 * @param signup       sign-up date
 * @param lastLogin    time of the last login, whole seconds
 * @param interests    interest tags (a set; may be empty)
 * @param homeLat      latitude of home; NaN when home is missing
 * @param homeLon      longitude of home; NaN when home is missing
 * @param emailOpens   newsletters opened in the last 30 days
 */
public record BenchCustomer(
        long id,
        Integer age,
        double income,
        String country,
        String channel,
        String loyaltyTier,
        String device,
        String language,
        Boolean newsletter,
        Boolean premium,
        double churnScore,
        Integer orders,
        double totalSpend,
        Integer household,
        LocalDate lastOrder,
        LocalDate signup,
        Instant lastLogin,
        Set<String> interests,
        double homeLat,
        double homeLon,
        Integer emailOpens) {

    /**
     * This customer with other dates and interests, every other field the same: the live benchmarks' changes (an
     * order today), their stretched activity dates, and copies in new objects.
     */
    public BenchCustomer withDatesAndInterests(LocalDate lastOrder, LocalDate signup, Instant lastLogin,
            Set<String> interests) {
        return new BenchCustomer(id, age, income, country, channel, loyaltyTier, device, language, newsletter, premium,
                churnScore, orders, totalSpend, household, lastOrder, signup, lastLogin, interests, homeLat, homeLon,
                emailOpens);
    }

    /** Whether the home location is known. */
    public boolean hasHome() {
        return !Double.isNaN(homeLat);
    }
}
