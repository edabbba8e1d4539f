package io.github.segmentkit.classifiers.behavioral.rfm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * RFM segmentation from transactions, start to end: clean and aggregate the lines (streamed once, see
 * {@link RfmAggregator}), compute recency, frequency and monetary per customer, fit the quintile model
 * ({@link RfmModel}), score every customer and name the segment ({@link RfmSegmentMap}). The scores equal the
 * pandas recipe ({@code qcut} on recency and monetary, on the {@code rank(method="first")} of frequency) wherever
 * pandas gives a result.
 *
 * <pre>{@code
 * RfmReport report = RfmAnalysis.of(RfmConfig.at(LocalDateTime.parse("2011-12-11T00:00")))
 *         .analyse(transactions);
 * report.segmentCounts();
 * }</pre>
 *
 * <p>Immutable and thread-safe; each call works on its own data.
 */
public final class RfmAnalysis {
    private final RfmConfig config;

    private RfmAnalysis(RfmConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** An analysis with {@code config}. */
    public static RfmAnalysis of(RfmConfig config) {
        return new RfmAnalysis(config);
    }

    /** The configuration. */
    public RfmConfig config() {
        return config;
    }

    /** Reads every transaction once and scores the customers. */
    public RfmReport analyse(Iterable<Transaction> transactions) {
        Objects.requireNonNull(transactions, "transactions");
        RfmAggregator aggregator = new RfmAggregator();
        transactions.forEach(aggregator::accept);
        return analyse(aggregator);
    }

    /** Scores the customers of an aggregator that has read all transactions. */
    public RfmReport analyse(RfmAggregator aggregator) {
        Objects.requireNonNull(aggregator, "aggregator");
        return score(aggregator.metrics(config.analysisTime()), aggregator.cleaning());
    }

    /**
     * Scores customers whose metrics are already known (a customer id must occur once).
     *
     * @throws IllegalArgumentException when a customer id occurs twice
     */
    public RfmReport score(Collection<CustomerMetrics> metrics) {
        return score(metrics, null);
    }

    private RfmReport score(Collection<CustomerMetrics> metrics, CleaningReport cleaning) {
        Objects.requireNonNull(metrics, "metrics");
        if (metrics.isEmpty()) {
            return new RfmReport(List.of(), null, config.segmentMap(), cleaning);
        }
        RfmModel.Scored scored = RfmModel.fitAndScore(metrics, config.strictEdges());
        List<RfmCustomer> customers = new ArrayList<>(scored.customers().size());
        for (int i = 0; i < scored.customers().size(); i++) {
            RfmScore score = scored.scores().get(i);
            customers.add(new RfmCustomer(scored.customers().get(i), score,
                    RfmCustomer.segmentOf(config.segmentMap(), score)));
        }
        return new RfmReport(customers, scored.model(), config.segmentMap(), cleaning);
    }
}
