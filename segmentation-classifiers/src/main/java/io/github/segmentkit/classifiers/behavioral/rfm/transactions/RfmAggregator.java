package io.github.segmentkit.classifiers.behavioral.rfm.transactions;

import io.github.segmentkit.classifiers.behavioral.rfm.CustomerMetrics;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads transaction lines once, in any order, and keeps per customer only the last purchase, the distinct invoices
 * and the spend: memory grows with customers (plus 8 bytes per distinct numeric invoice), not with lines. Lines are
 * cleaned in {@link DropReason} order: no customer id; a cancelled invoice (only under
 * {@link CancellationRule#ONLINE_RETAIL_C_PREFIX}); a negative quantity (a return); a zero quantity; a unit price
 * &le; 0. Every dropped line is counted by reason in the {@link CleaningReport}. Get one from
 * {@link RfmAnalysis#aggregator()}, which applies the configured {@link CancellationRule}.
 *
 * <pre>{@code
 * RfmAggregator aggregator = RfmAnalysis.of(config).aggregator();
 * transactions.forEach(aggregator::accept);
 * List<CustomerMetrics> metrics = aggregator.metrics(LocalDateTime.parse("2011-12-11T00:00"));
 * }</pre>
 *
 * <p>Not thread-safe: feed it from one thread.
 */
public final class RfmAggregator {
    private final CancellationRule cancellations;
    private final Map<Long, CustomerAccumulator> customers = new HashMap<>();
    // lines of one invoice usually come together: skip the map lookup while the customer stays the same
    private long lastCustomerId;
    private CustomerAccumulator lastCustomer;
    private LocalDateTime newest;
    private long read;
    private long kept;
    private final long[] dropped = new long[DropReason.values().length];

    RfmAggregator(CancellationRule cancellations) {
        this.cancellations = Objects.requireNonNull(cancellations, "cancellations");
    }

    /** The cancellation rule applied. */
    public CancellationRule cancellations() {
        return cancellations;
    }

    /** Reads one line. */
    public void accept(Transaction transaction) {
        accept(transaction.customerId(), transaction.invoice(), transaction.timestamp(), transaction.quantity(),
                transaction.unitPrice());
    }

    /**
     * Reads one line given field by field (saves building a {@link Transaction}).
     *
     * @param customerId the customer id, {@code null} for a line without a customer
     * @throws InvalidTransactionException naming the line when the invoice, timestamp or price is {@code null}
     */
    public void accept(Long customerId, String invoice, LocalDateTime timestamp, long quantity,
            BigDecimal unitPrice) {
        if (invoice == null || timestamp == null || unitPrice == null) {
            String field = invoice == null ? "invoice" : timestamp == null ? "timestamp" : "unitPrice";
            throw new InvalidTransactionException(read + 1, field, "the " + field + " is missing");
        }
        read++;
        if (newest == null || timestamp.isAfter(newest)) {
            newest = timestamp;
        }
        DropReason reason = dropReason(customerId, invoice, quantity, unitPrice);
        if (reason != null) {
            dropped[reason.ordinal()]++;
            return;
        }
        kept++;
        if (lastCustomer == null || customerId != lastCustomerId) {
            lastCustomer = customers.computeIfAbsent(customerId, unused -> new CustomerAccumulator());
            lastCustomerId = customerId;
        }
        lastCustomer.add(invoice, timestamp, quantity, unitPrice);
    }

    private DropReason dropReason(Long customerId, String invoice, long quantity, BigDecimal unitPrice) {
        if (customerId == null) {
            return DropReason.MISSING_CUSTOMER_ID;
        }
        if (cancellations.cancels(invoice)) {
            return DropReason.CANCELLED_INVOICE;
        }
        if (quantity < 0) {
            return DropReason.RETURN;
        }
        if (quantity == 0) {
            return DropReason.ZERO_QUANTITY;
        }
        if (unitPrice.signum() <= 0) {
            return DropReason.NON_POSITIVE_PRICE;
        }
        return null;
    }

    /** The number of customers with at least one kept line so far. */
    public int customerCount() {
        return customers.size();
    }

    /** The timestamp of the newest line read so far, kept or dropped; empty before the first line. */
    public Optional<LocalDateTime> newestTransaction() {
        return Optional.ofNullable(newest);
    }

    /** What was read, kept and dropped so far. */
    public CleaningReport cleaning() {
        Map<DropReason, Long> byReason = new EnumMap<>(DropReason.class);
        for (DropReason reason : DropReason.values()) {
            byReason.put(reason, dropped[reason.ordinal()]);
        }
        return new CleaningReport(read, kept, byReason);
    }

    /**
     * Each customer's metrics at {@code analysisTime}, in ascending id order. Recency is
     * {@code floor((analysisTime - last purchase) / 24 h)}: a purchase on 2011-12-09 12:50 analysed at
     * 2011-12-11 00:00 is 1 day old. Customers whose spend is not positive would be left out, as the recipe says;
     * after cleaning every kept line adds a positive amount, so none is.
     *
     * @throws AnalysisTimeBeforeTransactionException naming both times when {@code analysisTime} is before the
     *                                                newest line read
     */
    public List<CustomerMetrics> metrics(LocalDateTime analysisTime) {
        Objects.requireNonNull(analysisTime, "analysisTime");
        if (newest != null && analysisTime.isBefore(newest)) {
            throw new AnalysisTimeBeforeTransactionException(analysisTime, newest);
        }
        long[] ids = new long[customers.size()];
        int i = 0;
        for (long id : customers.keySet()) {
            ids[i++] = id;
        }
        Arrays.sort(ids);
        List<CustomerMetrics> metrics = new ArrayList<>(ids.length);
        for (long id : ids) {
            CustomerAccumulator accumulator = customers.get(id);
            BigDecimal monetary = accumulator.monetary();
            if (monetary.signum() > 0) {
                metrics.add(new CustomerMetrics(id, accumulator.recencyDays(analysisTime), accumulator.frequency(),
                        monetary));
            }
        }
        return metrics;
    }
}
