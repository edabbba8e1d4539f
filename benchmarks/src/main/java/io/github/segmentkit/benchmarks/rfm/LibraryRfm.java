package io.github.segmentkit.benchmarks.rfm;

import io.github.segmentkit.classifiers.behavioral.rfm.transactions.CancellationRule;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmAggregator;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmAnalysis;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmConfig;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmCustomer;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmReport;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.Transaction;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * The library's RFM, fed line by line, with the segments as a map for comparison. The generated lines follow the
 * Online Retail conventions, so the analysis names its cancellation rule.
 */
public final class LibraryRfm {
    private LibraryRfm() {
    }

    /** The analysis at {@code analysis}, with the Online Retail cancellation rule. */
    public static RfmAnalysis analysis(LocalDateTime analysis) {
        return RfmAnalysis.of(RfmConfig.at(analysis).withCancellations(CancellationRule.ONLINE_RETAIL_C_PREFIX));
    }

    /** Streams the lines once into an aggregator and scores the customers. */
    public static RfmReport run(Iterable<Transaction> lines, LocalDateTime analysis) {
        RfmAnalysis rfm = analysis(analysis);
        RfmAggregator aggregator = rfm.aggregator();
        lines.forEach(aggregator::accept);
        return rfm.analyse(aggregator);
    }

    /** Segment per customer id. */
    public static Map<Long, String> segments(RfmReport report) {
        Map<Long, String> segments = new HashMap<>();
        for (RfmCustomer customer : report.customers()) {
            segments.put(customer.customerId(), customer.segment().value());
        }
        return segments;
    }
}
