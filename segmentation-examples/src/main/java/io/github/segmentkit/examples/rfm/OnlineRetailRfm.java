package io.github.segmentkit.examples.rfm;

import io.github.segmentkit.classifiers.behavioral.rfm.RfmModel;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.CancellationRule;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.CleaningReport;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.DropReason;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmAggregator;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmAnalysis;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmConfig;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmReport;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.TransactionCsvReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * RFM segmentation of real data: the bundled 20 % customer sample of the UCI Online Retail dataset (Chen, D. (2015),
 * CC BY 4.0, https://doi.org/10.24432/C5BW33), streamed once from the class path, cleaned with the data set's own
 * cancellation convention (invoices starting with {@code C}), scored in quintiles and named with the canonical
 * 10-segment map, analysed at 2011-12-11 (two days after the last invoice).
 *
 * <pre>{@code
 * OnlineRetailRfm.print(System.out);
 * List<OnlineRetailRfm.SegmentRow> table = OnlineRetailRfm.segmentTable(OnlineRetailRfm.analyse());
 * }</pre>
 */
public final class OnlineRetailRfm {
    /** The bundled sample on the class path. */
    public static final String RESOURCE = "/data/online_retail_sample20.csv.gz";
    /** When recency is measured. */
    public static final LocalDateTime ANALYSIS_TIME = LocalDateTime.of(2011, 12, 11, 0, 0);

    private OnlineRetailRfm() {
    }

    /** Reads the bundled sample and runs the analysis. */
    public static RfmReport analyse() {
        RfmAnalysis analysis = RfmAnalysis.of(RfmConfig.at(ANALYSIS_TIME)
                .withCancellations(CancellationRule.ONLINE_RETAIL_C_PREFIX));
        RfmAggregator aggregator = analysis.aggregator();
        try (InputStream raw = OnlineRetailRfm.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("the bundled sample " + RESOURCE + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                    StandardCharsets.UTF_8));
            TransactionCsvReader.onlineRetail().read(reader, RESOURCE, aggregator::accept);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return analysis.analyse(aggregator);
    }

    /** One line of the segment table: the segment, its customers and their share of all scored customers. */
    public record SegmentRow(String segment, long customers, double share) {
    }

    /** Customers and shares per segment, largest first (ties in the map's order). */
    public static List<SegmentRow> segmentTable(RfmReport report) {
        long total = report.customers().size();
        List<SegmentRow> rows = new ArrayList<>();
        for (Map.Entry<String, Long> entry : report.segmentCounts().entrySet()) {
            rows.add(new SegmentRow(entry.getKey(), entry.getValue(),
                    total == 0 ? 0 : (double) entry.getValue() / total));
        }
        rows.sort((a, b) -> Long.compare(b.customers(), a.customers()));
        return rows;
    }

    /** Runs the analysis and prints the cleaning summary, the quintile edges and the segment table. */
    public static void print(PrintStream out) {
        RfmReport report = analyse();
        CleaningReport cleaning = report.cleaning().orElseThrow();
        out.printf(Locale.ROOT, "Online Retail sample (UCI, CC BY 4.0): %,d lines, %,d kept; dropped: %,d without "
                + "customer, %,d cancellations, %,d returns, %,d quantity 0, %,d price <= 0%n", cleaning.read(),
                cleaning.kept(), cleaning.dropped(DropReason.MISSING_CUSTOMER_ID),
                cleaning.dropped(DropReason.CANCELLED_INVOICE), cleaning.dropped(DropReason.RETURN),
                cleaning.dropped(DropReason.ZERO_QUANTITY), cleaning.dropped(DropReason.NON_POSITIVE_PRICE));
        RfmModel model = report.model().orElseThrow();
        out.printf(Locale.ROOT, "%,d customers at %s; recency edges %s; monetary edges %s%n",
                report.customers().size(), ANALYSIS_TIME.toLocalDate(), model.recencyEdges().toStrings(),
                model.monetaryEdges().toStrings());
        out.printf(Locale.ROOT, "%-20s %9s %7s%n", "segment", "customers", "share");
        for (SegmentRow row : segmentTable(report)) {
            out.printf(Locale.ROOT, "%-20s %9d %6.1f%%%n", row.segment(), row.customers(), 100 * row.share());
        }
    }
}
