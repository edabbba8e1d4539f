package io.github.segmentkit.classifiers.behavioral.rfm.transactions;

import io.github.segmentkit.classifiers.behavioral.rfm.CustomerMetrics;
import io.github.segmentkit.classifiers.behavioral.rfm.RfmModel;
import io.github.segmentkit.classifiers.behavioral.rfm.RfmScore;
import io.github.segmentkit.classifiers.behavioral.rfm.RfmSegmentMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
 * RfmAnalysis analysis = RfmAnalysis.of(RfmConfig.at(LocalDate.parse("2011-12-11")));
 * RfmAggregator aggregator = analysis.aggregator();
 * TransactionCsvReader.onlineRetail().read(path, aggregator::accept);
 * RfmReport report = analysis.analyse(aggregator);
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

    /** A new, empty aggregator that cleans lines with the configured {@link CancellationRule}. */
    public RfmAggregator aggregator() {
        return new RfmAggregator(config.cancellations());
    }

    /**
     * Reads every transaction once and scores the customers.
     *
     * @throws AnalysisTimeBeforeTransactionException when the analysis time is before the newest transaction
     */
    public RfmReport analyse(Iterable<Transaction> transactions) {
        Objects.requireNonNull(transactions, "transactions");
        RfmAggregator aggregator = aggregator();
        transactions.forEach(aggregator::accept);
        return analyse(aggregator);
    }

    /**
     * Scores the customers of an aggregator that has read all transactions.
     *
     * @throws IllegalArgumentException when the aggregator applies another cancellation rule than this analysis
     * @throws AnalysisTimeBeforeTransactionException when the analysis time is before the newest transaction
     */
    public RfmReport analyse(RfmAggregator aggregator) {
        Objects.requireNonNull(aggregator, "aggregator");
        if (aggregator.cancellations() != config.cancellations()) {
            throw new IllegalArgumentException("the aggregator cleans with " + aggregator.cancellations()
                    + " but this analysis is configured with " + config.cancellations()
                    + "; take the aggregator from RfmAnalysis.aggregator()");
        }
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
            return new RfmReport(List.of(), null, config, cleaning);
        }
        RfmModel model = RfmModel.fit(metrics, config.strictEdges());
        List<CustomerMetrics> inIdOrder = new ArrayList<>(metrics);
        inIdOrder.sort(Comparator.comparingLong(CustomerMetrics::customerId));
        List<RfmCustomer> customers = new ArrayList<>(inIdOrder.size());
        // the model scores each member of its population exactly as the bulk pandas computation does
        for (CustomerMetrics customer : inIdOrder) {
            RfmScore score = model.score(customer);
            customers.add(new RfmCustomer(customer, score, config.segmentMap().labelOf(score)));
        }
        return new RfmReport(customers, model, config, cleaning);
    }
}
