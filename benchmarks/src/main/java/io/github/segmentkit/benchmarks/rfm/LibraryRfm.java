package io.github.segmentkit.benchmarks.rfm;

import io.github.segmentkit.classifiers.behavioral.rfm.RfmAggregator;
import io.github.segmentkit.classifiers.behavioral.rfm.RfmAnalysis;
import io.github.segmentkit.classifiers.behavioral.rfm.RfmConfig;
import io.github.segmentkit.classifiers.behavioral.rfm.RfmCustomer;
import io.github.segmentkit.classifiers.behavioral.rfm.RfmReport;
import io.github.segmentkit.classifiers.behavioral.rfm.Transaction;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/** The library's RFM, fed line by line, with the segments as a map for comparison. */
public final class LibraryRfm {
    private LibraryRfm() {
    }

    /** Streams the lines once into an aggregator and scores the customers. */
    public static RfmReport run(Iterable<Transaction> lines, LocalDateTime analysis) {
        RfmAggregator aggregator = new RfmAggregator();
        lines.forEach(aggregator::accept);
        return RfmAnalysis.of(RfmConfig.at(analysis)).analyse(aggregator);
    }

    /** Segment per customer id. */
    public static Map<String, String> segments(RfmReport report) {
        Map<String, String> segments = new HashMap<>();
        for (RfmCustomer customer : report.customers()) {
            segments.put(customer.customerId(), customer.segment().value());
        }
        return segments;
    }
}
