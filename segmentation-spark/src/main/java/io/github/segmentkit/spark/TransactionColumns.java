package io.github.segmentkit.spark;

import java.util.Objects;

/**
 * Which columns of a transactions DataFrame {@link SparkRfm} reads: one row per invoice line.
 *
 * <table>
 * <caption>Accepted column types</caption>
 * <tr><th>column</th><th>types</th></tr>
 * <tr><td>customer id</td><td>BIGINT, INT, SMALLINT, TINYINT; NULL for a line without a customer</td></tr>
 * <tr><td>invoice</td><td>STRING</td></tr>
 * <tr><td>timestamp</td><td>TIMESTAMP_NTZ, or TIMESTAMP read on the session time zone's clock</td></tr>
 * <tr><td>quantity</td><td>BIGINT, INT, SMALLINT, TINYINT</td></tr>
 * <tr><td>unit price</td><td>DECIMAL or a whole-number type (a DOUBLE is refused: sums of it are not exact)</td></tr>
 * </table>
 *
 * <pre>{@code
 * TransactionColumns columns = TransactionColumns.onlineRetail();   // CustomerID, InvoiceNo, InvoiceDate, ...
 * TransactionColumns mine = new TransactionColumns("cust", "order_no", "ordered_at", "qty", "price");
 * }</pre>
 *
 * @param customerId the customer id column
 * @param invoice    the invoice column
 * @param timestamp  the timestamp column
 * @param quantity   the quantity column
 * @param unitPrice  the unit price column
 */
public record TransactionColumns(String customerId, String invoice, String timestamp, String quantity,
        String unitPrice) {
    public TransactionColumns {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
    }

    /** {@code customer_id, invoice, timestamp, quantity, unit_price}. */
    public static TransactionColumns defaults() {
        return new TransactionColumns("customer_id", "invoice", "timestamp", "quantity", "unit_price");
    }

    /** The UCI Online Retail names: {@code CustomerID, InvoiceNo, InvoiceDate, Quantity, UnitPrice}. */
    public static TransactionColumns onlineRetail() {
        return new TransactionColumns("CustomerID", "InvoiceNo", "InvoiceDate", "Quantity", "UnitPrice");
    }
}
