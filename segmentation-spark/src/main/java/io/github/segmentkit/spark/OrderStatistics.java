package io.github.segmentkit.spark;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * The rows at given ranks of a DataFrame's exact ascending order: a distributed sort (range partitioning, so no
 * executor holds more than its share), a numbering of the sorted rows ({@code zipWithIndex}, one more pass that
 * counts each partition), and only the wanted rows collected to the driver. Exact at any size, unlike
 * {@code approxQuantile}; costs one sort, O(n log n) spread over the executors, and driver memory for the wanted
 * rows only.
 */
final class OrderStatistics {
    private OrderStatistics() {
    }

    /**
     * The rows at the 0-based {@code ranks} of {@code rows} sorted by {@code order} (ascending; the columns must
     * order the rows totally, or ties would be ranked arbitrarily).
     */
    static Map<Long, Row> at(Dataset<Row> rows, long[] ranks, Column... order) {
        long[] wanted = ranks.clone();
        Arrays.sort(wanted);
        List<Tuple2<Row, Long>> picked = rows.orderBy(order).javaRDD().zipWithIndex()
                .filter(numbered -> Arrays.binarySearch(wanted, numbered._2()) >= 0).collect();
        Map<Long, Row> byRank = new HashMap<>();
        for (Tuple2<Row, Long> numbered : picked) {
            byRank.put(numbered._2(), numbered._1());
        }
        return byRank;
    }
}
