package io.github.segmentkit.spark;

import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmCustomer;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;

/**
 * One customer's RFM result as text, the form both the golden file and the engines are compared in: monetary
 * without trailing zeros (310.5 and 310.50 are one amount), a missing segment as {@code <none>}.
 */
final class RfmRows {
    private RfmRows() {
    }

    static String of(long id, long recency, long frequency, BigDecimal monetary, int r, int f, int m,
            String segment) {
        return id + " recency=" + recency + " frequency=" + frequency + " monetary="
                + monetary.stripTrailingZeros().toPlainString() + " R" + r + " F" + f + " M" + m + " "
                + (segment == null ? "<none>" : segment);
    }

    /** By customer id, from the rows of {@code SparkRfmResult.customers()}. */
    static Map<Long, String> ofSpark(List<Row> rows) {
        Map<Long, String> byId = new TreeMap<>();
        for (Row row : rows) {
            long id = row.getLong(row.fieldIndex("customer_id"));
            byId.put(id, of(id, row.getLong(row.fieldIndex("recency")), row.getLong(row.fieldIndex("frequency")),
                    row.getDecimal(row.fieldIndex("monetary")), row.getInt(row.fieldIndex("r")),
                    row.getInt(row.fieldIndex("f")), row.getInt(row.fieldIndex("m")),
                    row.getString(row.fieldIndex("segment"))));
        }
        return byId;
    }

    /** By customer id, from the in-memory analysis. */
    static Map<Long, String> ofCore(RfmReport report) {
        Map<Long, String> byId = new TreeMap<>();
        for (RfmCustomer c : report.customers()) {
            byId.put(c.customerId(), of(c.customerId(), c.metrics().recency(), c.metrics().frequency(),
                    c.metrics().monetary(), c.score().recency(), c.score().frequency(), c.score().monetary(),
                    c.segment().isClassified() ? c.segment().value() : null));
        }
        return byId;
    }
}
