package io.github.segmentkit.cli;

import io.github.segmentkit.classifiers.behavioral.rfm.RfmSegmentMap;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.CancellationRule;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.CleaningReport;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.DropReason;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmAggregator;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmAnalysis;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmConfig;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmCustomer;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.RfmReport;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.TransactionCsvReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code segmentkit rfm}: RFM segments from a file of transaction lines (invoice, date, quantity, price, customer),
 * as segmentation-classifiers' transaction pipeline computes them: cleaned, aggregated per customer, scored in
 * quintiles and named; prints the customers per segment and what cleaning dropped, and optionally writes every
 * customer's metrics, scores and segment.
 *
 * <pre>{@code
 * segmentkit rfm --transactions online_retail.csv.gz --as-of 2011-12-10 --cancellations online_retail_c_prefix \
 *     --out rfm.csv
 * }</pre>
 */
@Command(name = "rfm", mixinStandardHelpOptions = true, sortOptions = false,
        description = "RFM (recency, frequency, monetary) segments of the customers of a file of transaction lines.")
final class RfmCommand extends CliCommand {
    @Spec
    CommandSpec spec;

    @Option(names = "--transactions", paramLabel = "FILE", required = true, description = "The transaction lines: "
            + "CSV with a header row (UTF-8; .gz is read compressed).")
    Path transactions;

    @Option(names = "--as-of", paramLabel = "DATE", required = true, description = "When recency is measured: the "
            + "start (00:00) of this day (ISO, 2011-12-10); not before the newest transaction.")
    LocalDate asOf;

    @Option(names = "--cancellations", paramLabel = "RULE", defaultValue = "NEGATIVE_QUANTITY",
            description = "Which lines undo a sale: ${COMPLETION-CANDIDATES} (invoices starting with C, as in the "
                    + "UCI Online Retail data). Default: ${DEFAULT-VALUE}.")
    CancellationRule cancellations;

    @Option(names = "--segment-map", paramLabel = "NAME", defaultValue = RfmSegmentMap.CANONICAL,
            description = "How scores are named: canonical (default), pandas-tutorial or rfm-package.")
    String segmentMap;

    @Option(names = "--customer-column", paramLabel = "NAME", defaultValue = "CustomerID",
            description = "Column of the customer ids (default: ${DEFAULT-VALUE}).")
    String customerColumn;

    @Option(names = "--invoice-column", paramLabel = "NAME", defaultValue = "InvoiceNo",
            description = "Column of the invoice numbers (default: ${DEFAULT-VALUE}).")
    String invoiceColumn;

    @Option(names = "--date-column", paramLabel = "NAME", defaultValue = "InvoiceDate",
            description = "Column of the invoice dates (default: ${DEFAULT-VALUE}).")
    String dateColumn;

    @Option(names = "--quantity-column", paramLabel = "NAME", defaultValue = "Quantity",
            description = "Column of the quantities (default: ${DEFAULT-VALUE}).")
    String quantityColumn;

    @Option(names = "--price-column", paramLabel = "NAME", defaultValue = "UnitPrice",
            description = "Column of the unit prices (default: ${DEFAULT-VALUE}).")
    String priceColumn;

    @Option(names = "--out", paramLabel = "FILE", description = "Write every customer's scores as CSV: "
            + "customer_id,recency,frequency,monetary,r,f,m,score,segment.")
    Path out;

    @Mixin
    TableFormat tableFormat;


    RfmCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() throws IOException {
        RfmSegmentMap map = RfmSegmentMap.preset(segmentMap).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "--segment-map takes canonical, pandas-tutorial or rfm-package, not '"
                + Console.safe(segmentMap) + "'"));
        Console console = console();
        RfmAnalysis analysis = RfmAnalysis.of(RfmConfig.at(asOf).withCancellations(cancellations)
                .withSegmentMap(map));
        RfmAggregator aggregator = analysis.aggregator();
        TransactionCsvReader reader = TransactionCsvReader.withColumns(new TransactionCsvReader.Columns(
                customerColumn, invoiceColumn, dateColumn, quantityColumn, priceColumn));
        CsvFiles.requireFile(transactions, "transactions");
        String name = String.valueOf(transactions.getFileName());
        try (CsvFiles.CountedReader in = CsvFiles.open(transactions)) {
            ProgressBar bar = console.progress(name, in.size());
            bar.measuredBy(in::bytesRead);
            long[] lines = {0};
            try {
                reader.read(in.reader(), name, line -> {
                    aggregator.accept(line);
                    if (++lines[0] % io.github.segmentkit.io.LoadProgress.INTERVAL == 0) {
                        bar.update(lines[0], lines[0], 0);
                    }
                });
                bar.update(lines[0], lines[0], 0);
            } finally {
                bar.done();
            }
        }
        RfmReport report = analysis.analyse(aggregator);
        printCounts(report);
        report.cleaning().ifPresent(cleaning -> summarise(cleaning, name, console));
        if (out != null) {
            writeScores(report, out);
            console.info(String.format(Locale.ROOT, "%,d customers' scores written to %s", report.customers().size(),
                    Console.safe(out.toString())));
        }
        return ExitCodes.OK;
    }

    private void printCounts(RfmReport report) {
        PrintWriter stdout = invocation.out();
        TextTable table = new TextTable("segment", "customers");
        long total = 0;
        for (Map.Entry<String, Long> count : report.segmentCounts().entrySet()) {
            table.row(count.getKey(), TextTable.number(count.getValue(), tableFormat.format()));
            total += count.getValue();
        }
        table.print(stdout, tableFormat.format());
        if (tableFormat.format() == OutputFormat.TABLE) {
            stdout.println();
            stdout.println(String.format(Locale.ROOT, "customers: %,d", total));
        }
        stdout.flush();
    }

    private static void summarise(CleaningReport cleaning, String name, Console console) {
        StringBuilder dropped = new StringBuilder();
        for (DropReason reason : DropReason.values()) {
            if (cleaning.dropped(reason) > 0) {
                dropped.append(dropped.length() == 0 ? " (" : ", ").append(reason.name().toLowerCase(Locale.ROOT))
                        .append(String.format(Locale.ROOT, " %,d", cleaning.dropped(reason)));
            }
        }
        if (dropped.length() > 0) {
            dropped.append(')');
        }
        console.info(String.format(Locale.ROOT, "%s: %,d lines read, %,d kept, %,d dropped%s", name, cleaning.read(),
                cleaning.kept(), cleaning.dropped(), dropped));
    }

    private static void writeScores(RfmReport report, Path file) throws IOException {
        CsvOutput.write(file, new String[] {"customer_id", "recency", "frequency", "monetary", "r", "f", "m", "score",
                "segment"}, csv -> {
                    for (RfmCustomer customer : report.customers()) {
                        csv.printRecord(customer.customerId(), customer.metrics().recency(),
                                customer.metrics().frequency(), customer.metrics().monetary().toPlainString(),
                                customer.score().recency(), customer.score().frequency(),
                                customer.score().monetary(), customer.score().code(), customer.segment().value());
                    }
                });
    }
}
