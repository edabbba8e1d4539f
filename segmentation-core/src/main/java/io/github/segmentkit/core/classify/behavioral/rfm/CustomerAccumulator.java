package io.github.segmentkit.core.classify.behavioral.rfm;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * What RFM keeps per customer while transactions stream by: the last purchase, the distinct invoices and the spend.
 *
 * <p>Not thread-safe.
 */
final class CustomerAccumulator {
    private LocalDateTime lastPurchase;
    private final DistinctInvoices invoices = new DistinctInvoices();
    private final SpendSum spend = new SpendSum();

    void add(String invoice, LocalDateTime timestamp, long quantity, BigDecimal unitPrice) {
        if (lastPurchase == null || timestamp.isAfter(lastPurchase)) {
            lastPurchase = timestamp;
        }
        invoices.add(invoice);
        spend.add(quantity, unitPrice);
    }

    LocalDateTime lastPurchase() {
        return lastPurchase;
    }

    long frequency() {
        return invoices.count();
    }

    BigDecimal monetary() {
        return spend.total();
    }
}
