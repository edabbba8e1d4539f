/**
 * RFM from transaction lines: read them ({@link
 * io.github.segmentkit.classifiers.behavioral.rfm.transactions.TransactionCsvReader}), clean and aggregate them in one
 * pass with memory per customer ({@link io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmAggregator},
 * every dropped line counted by reason in a
 * {@link io.github.segmentkit.classifiers.behavioral.rfm.transactions.CleaningReport}), then score and name the
 * customers ({@link io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmAnalysis}) and join the results to
 * the user's customers by their {@code long} id
 * ({@link io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmReport#addTo}).
 *
 * <p>This package feeds the RFM model of the parent package ({@code RfmModel}, {@code RfmSegmentMap}); the
 * {@code rfm} classifier, which reads per-customer metrics already in the schema, does not depend on it.
 *
 * <pre>{@code
 * RfmAnalysis analysis = RfmAnalysis.of(RfmConfig.at(LocalDate.parse("2011-12-11"))
 *         .withCancellations(CancellationRule.ONLINE_RETAIL_C_PREFIX));
 * RfmAggregator aggregator = analysis.aggregator();
 * TransactionCsvReader.onlineRetail().read(onlineRetailCsv, aggregator::accept);   // a Path
 * RfmReport report = analysis.analyse(aggregator);
 * CustomerSchema<Customer> withRfm = report.addTo(schema);
 * }</pre>
 */
package io.github.segmentkit.classifiers.behavioral.rfm.transactions;
