package io.github.segmentkit.classifiers.behavioral.rfm;

import java.util.Objects;

/**
 * A customer's place in the frequency ranking: frequency first, then the customer id in {@link CustomerIdOrder},
 * which is how {@code rank(method="first")} breaks ties after a {@code groupby}. A fitted RFM model keeps the keys at
 * the quintile ranks, so that a single customer's F score can be computed without the population.
 *
 * <pre>{@code
 * new FrequencyKey(3, "115").compareTo(new FrequencyKey(3, "107"));   // > 0
 * }</pre>
 *
 * @param frequency  distinct invoices
 * @param customerId the customer id, not {@code null}
 */
public record FrequencyKey(long frequency, String customerId) implements Comparable<FrequencyKey> {
    public FrequencyKey {
        Objects.requireNonNull(customerId, "customerId");
    }

    @Override
    public int compareTo(FrequencyKey other) {
        int byFrequency = Long.compare(frequency, other.frequency);
        return byFrequency != 0 ? byFrequency : CustomerIdOrder.INSTANCE.compare(customerId, other.customerId);
    }
}
