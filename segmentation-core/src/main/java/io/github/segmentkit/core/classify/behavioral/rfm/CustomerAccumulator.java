package io.github.segmentkit.core.classify.behavioral.rfm;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * What RFM keeps per customer while transactions stream by: the last purchase (as seconds and nanoseconds, not an
 * object), the distinct invoices and the spend.
 *
 * <p>Not thread-safe.
 */
final class CustomerAccumulator {
    private static final long SECONDS_PER_DAY = 86_400;

    private long lastSecond = Long.MIN_VALUE;
    private int lastNano;
    private final DistinctInvoices invoices = new DistinctInvoices();
    private final SpendSum spend = new SpendSum();

    void add(String invoice, LocalDateTime timestamp, long quantity, BigDecimal unitPrice) {
        // zone-less timestamps: UTC is only a fixed reference, so differences are plain clock differences
        long second = timestamp.toEpochSecond(ZoneOffset.UTC);
        int nano = timestamp.getNano();
        if (second > lastSecond || (second == lastSecond && nano > lastNano)) {
            lastSecond = second;
            lastNano = nano;
        }
        invoices.add(invoice);
        spend.add(quantity, unitPrice);
    }

    /** Whole days from the last purchase to {@code analysisTime}, floored (negative if the purchase is later). */
    long recencyDays(LocalDateTime analysisTime) {
        long seconds = analysisTime.toEpochSecond(ZoneOffset.UTC) - lastSecond;
        if (analysisTime.getNano() < lastNano) {
            seconds--; // floor of the fractional second
        }
        return Math.floorDiv(seconds, SECONDS_PER_DAY);
    }

    long frequency() {
        return invoices.count();
    }

    BigDecimal monetary() {
        return spend.total();
    }
}
