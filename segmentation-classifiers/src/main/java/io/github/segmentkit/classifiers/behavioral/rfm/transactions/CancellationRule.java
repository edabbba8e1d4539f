package io.github.segmentkit.classifiers.behavioral.rfm.transactions;

/**
 * How RFM recognises lines that undo a sale. Whatever the rule, a negative quantity is a return and is dropped
 * ({@link DropReason#RETURN}); invoice numbers mean nothing by default, so {@code "CRM-1"} or {@code "INV-C1"} are
 * ordinary invoices.
 *
 * <pre>{@code
 * RfmConfig.at(analysisTime).withCancellations(CancellationRule.ONLINE_RETAIL_C_PREFIX);
 * }</pre>
 */
public enum CancellationRule {
    /** The default: only a negative quantity undoes a sale (a return). */
    NEGATIVE_QUANTITY,
    /**
     * The UCI Online Retail convention, on top of the default: an invoice number starting with {@code 'C'}
     * ({@code C536379}) is a cancellation, and every line of it is dropped ({@link DropReason#CANCELLED_INVOICE}),
     * whatever its quantity. Use it for that data set and its copies, where a cancellation line may carry a positive
     * quantity.
     */
    ONLINE_RETAIL_C_PREFIX;

    /** Whether every line of {@code invoice} is a cancellation under this rule. */
    boolean cancels(String invoice) {
        return this == ONLINE_RETAIL_C_PREFIX && !invoice.isEmpty() && invoice.charAt(0) == 'C';
    }
}
