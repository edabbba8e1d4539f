package io.github.segmentkit.classifiers.behavioral.rfm;

/**
 * A customer's place in the frequency ranking: frequency first, then the customer id, which is how
 * {@code rank(method="first")} breaks ties after a {@code groupby} on numeric ids. A fitted RFM model keeps the keys
 * at the quintile ranks, so that a single customer's F score can be computed without the population. The id
 * decides only among the fitted customers; a customer the model did not fit is ranked by its frequency alone
 * ({@link RfmModel}).
 *
 * <pre>{@code
 * new FrequencyKey(3, 115).compareTo(new FrequencyKey(3, 107));   // > 0
 * }</pre>
 *
 * @param frequency  distinct invoices
 * @param customerId the customer id
 */
public record FrequencyKey(long frequency, long customerId) implements Comparable<FrequencyKey> {
    @Override
    public int compareTo(FrequencyKey other) {
        int byFrequency = Long.compare(frequency, other.frequency);
        return byFrequency != 0 ? byFrequency : Long.compare(customerId, other.customerId);
    }
}
