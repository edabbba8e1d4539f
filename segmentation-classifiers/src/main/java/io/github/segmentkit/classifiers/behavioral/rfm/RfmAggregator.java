package io.github.segmentkit.classifiers.behavioral.rfm;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads transaction lines once, in any order, and keeps per customer only the last purchase, the distinct invoices
 * and the spend: memory grows with customers (plus 8 bytes per distinct numeric invoice), not with lines. Lines are cleaned as
 * the reference recipe does, in this order: no customer id; the invoice number contains {@code 'C'}; quantity
 * &le; 0; unit price &le; 0. Dropped lines are counted in the {@link CleaningReport}.
 *
 * <pre>{@code
 * RfmAggregator aggregator = new RfmAggregator();
 * transactions.forEach(aggregator::accept);
 * List<CustomerMetrics> metrics = aggregator.metrics(LocalDateTime.parse("2011-12-11T00:00"));
 * }</pre>
 *
 * <p>Not thread-safe: feed it from one thread.
 */
public final class RfmAggregator {
    private final Map<String, CustomerAccumulator> customers = new HashMap<>();
    // lines of one invoice usually come together: skip the map lookup while the customer stays the same
    private String lastCustomerId;
    private CustomerAccumulator lastCustomer;
    private long lines;
    private long accepted;
    private long missingCustomerId;
    private long cancelled;
    private long nonPositiveQuantity;
    private long nonPositivePrice;

    /** Reads one line. */
    public void accept(Transaction transaction) {
        accept(transaction.customerId(), transaction.invoice(), transaction.timestamp(), transaction.quantity(),
                transaction.unitPrice());
    }

    /**
     * Reads one line given field by field (saves building a {@link Transaction}).
     *
     * @throws InvalidTransactionException naming the line when the invoice, timestamp or price is {@code null}
     */
    public void accept(String customerId, String invoice, LocalDateTime timestamp, long quantity,
            BigDecimal unitPrice) {
        if (invoice == null || timestamp == null || unitPrice == null) {
            String field = invoice == null ? "invoice" : timestamp == null ? "timestamp" : "unitPrice";
            throw new InvalidTransactionException(lines + 1, field, "the " + field + " is missing");
        }
        lines++;
        String id = customerId == null ? "" : customerId.strip();
        if (id.isEmpty()) {
            missingCustomerId++;
        } else if (invoice.indexOf('C') >= 0) {
            cancelled++;
        } else if (quantity <= 0) {
            nonPositiveQuantity++;
        } else if (unitPrice.signum() <= 0) {
            nonPositivePrice++;
        } else {
            accepted++;
            if (!id.equals(lastCustomerId)) {
                lastCustomer = customers.computeIfAbsent(id, unused -> new CustomerAccumulator());
                lastCustomerId = id;
            }
            lastCustomer.add(invoice, timestamp, quantity, unitPrice);
        }
    }

    /** The number of customers with at least one accepted line so far. */
    public int customerCount() {
        return customers.size();
    }

    /** What was read and dropped so far. */
    public CleaningReport cleaning() {
        return new CleaningReport(lines, accepted, missingCustomerId, cancelled, nonPositiveQuantity,
                nonPositivePrice);
    }

    /**
     * Each customer's metrics at {@code analysisTime}, in {@link CustomerIdOrder}. Recency is
     * {@code floor((analysisTime - last purchase) / 24 h)}: a purchase on 2011-12-09 12:50 analysed at
     * 2011-12-11 00:00 is 1 day old. A purchase after the analysis time gives a negative recency. Customers whose
     * spend is not positive would be left out, as the recipe says; after cleaning every kept line adds a positive
     * amount, so none is.
     */
    public List<CustomerMetrics> metrics(LocalDateTime analysisTime) {
        Objects.requireNonNull(analysisTime, "analysisTime");
        List<Map.Entry<CustomerIdOrder.Key, CustomerAccumulator>> sorted = new ArrayList<>(customers.size());
        customers.forEach((id, accumulator) -> sorted.add(Map.entry(CustomerIdOrder.key(id), accumulator)));
        sorted.sort(Map.Entry.comparingByKey());
        List<CustomerMetrics> metrics = new ArrayList<>(sorted.size());
        for (Map.Entry<CustomerIdOrder.Key, CustomerAccumulator> entry : sorted) {
            CustomerAccumulator accumulator = entry.getValue();
            BigDecimal monetary = accumulator.monetary();
            if (monetary.signum() > 0) {
                metrics.add(new CustomerMetrics(entry.getKey().id(), accumulator.recencyDays(analysisTime),
                        accumulator.frequency(), monetary));
            }
        }
        return metrics;
    }
}
