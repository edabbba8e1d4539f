package io.github.segmentkit.classifiers.behavioral.rfm.transactions;

/**
 * Why RFM left a transaction line out. The {@link RfmAggregator} tries the reasons in declaration order and counts a
 * line under the first that applies, so every line is counted once in the {@link CleaningReport}.
 *
 * <pre>{@code
 * report.cleaning().orElseThrow().dropped(DropReason.RETURN);   // lines with a negative quantity
 * }</pre>
 */
public enum DropReason {
    /** The line has no customer id (a guest purchase). */
    MISSING_CUSTOMER_ID,
    /** The invoice is a cancellation under {@link CancellationRule#ONLINE_RETAIL_C_PREFIX}. */
    CANCELLED_INVOICE,
    /** A negative quantity: goods returned. */
    RETURN,
    /** A quantity of zero. */
    ZERO_QUANTITY,
    /** A unit price of zero or less (free items, accounting adjustments). */
    NON_POSITIVE_PRICE
}
