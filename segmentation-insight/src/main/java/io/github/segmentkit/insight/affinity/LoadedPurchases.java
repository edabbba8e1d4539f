package io.github.segmentkit.insight.affinity;

import io.github.segmentkit.io.LoadReport;
import java.util.List;
import java.util.Objects;

/**
 * The purchases a {@link PurchaseCsvReader} read, with the report of the lines behind them. Every line read is in
 * the report as loaded (it could be read) or rejected (a bad cell, with line, column and value); a line loaded is a
 * purchase unless it has no customer (a guest), is not a purchase by its quantity (a return or cancellation, 0 or
 * less), or falls outside the dates asked for: {@code report().loaded() == purchases().size() + withoutCustomer() +
 * notPurchases() + outsideDates()}.
 *
 * <pre>{@code
 * LoadedPurchases read = PurchaseCsvReader.builder("CustomerID", "StockCode").quantityColumn("Quantity").build()
 *         .read(file);
 * AffinityReport report = AffinityAnalysis.withMinimumSupport(0.05).analyse(result, read.purchases());
 * }</pre>
 *
 * @param purchases       the purchases, in file order
 * @param report          the lines read, loaded and rejected
 * @param withoutCustomer lines with an empty customer id
 * @param notPurchases    lines whose quantity is 0 or less
 * @param outsideDates    lines dated outside the reader's dates
 */
public record LoadedPurchases(List<Purchase> purchases, LoadReport report, long withoutCustomer, long notPurchases,
        long outsideDates) {
    public LoadedPurchases {
        purchases = List.copyOf(purchases);
        Objects.requireNonNull(report, "report");
    }
}
