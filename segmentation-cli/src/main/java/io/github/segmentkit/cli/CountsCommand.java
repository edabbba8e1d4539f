package io.github.segmentkit.cli;

import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.io.LoadReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code segmentkit counts}: loads and segments customers like {@code segment}, and prints how many customers each
 * segment has, how many are in none, and how the rows read add up (loaded plus rejected).
 *
 * <pre>{@code
 * segmentkit counts --data customers.csv --mapping customers.mapping.json --definitions segments.seg --lenient
 * }</pre>
 */
@Command(name = "counts", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Segment customers and print the number of customers of each segment.",
                "Segments may overlap: a customer is counted in every segment it is in, and once in '(in no "
                        + "segment)' when it is in none. With --lenient the rows set aside are counted too."})
final class CountsCommand implements Callable<Integer>, CliCommand {
    /** The row of customers in no segment. */
    static final String UNSEGMENTED = "(in no segment)";
    /** The CSV row of rows set aside by a lenient load. */
    static final String REJECTED = "(rejected rows)";

    private final Invocation invocation;

    @Mixin
    SegmentationInput input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default) or csv (segment,customers rows, then the totals).")
    OutputFormat format;

    @Mixin
    Verbosity verbosity;

    CountsCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Verbosity verbosity() {
        return verbosity;
    }

    @Override
    public Integer call() throws IOException {
        input.validate();
        Segmentation run = input.run(invocation.console(verbosity), invocation.environment());
        SegmentationResult result = run.result();
        LoadReport load = run.loaded().report();
        TextTable table = new TextTable("segment", "customers", "share");
        for (String segment : result.segmentNames()) {
            table.row(segment, TextTable.number(result.count(segment), format), share(result.count(segment), result));
        }
        table.row(UNSEGMENTED, TextTable.number(result.unsegmentedCount(), format),
                share(result.unsegmentedCount(), result));
        PrintWriter out = invocation.out();
        int segmented = result.customerCount() - result.unsegmentedCount();
        if (format == OutputFormat.CSV) {
            if (input.customers.lenient) {
                table.row(REJECTED, load.rejected().size(), "");
            }
            table.print(out, format);
            return ExitCodes.OK;   // the customer total follows from the rows; a second table would break the CSV
        }
        table.print(out, format);
        out.println();
        out.println(String.format(Locale.ROOT, "customers: %,d = %,d in at least one segment + %,d in none",
                result.customerCount(), segmented, result.unsegmentedCount()));
        out.println(String.format(Locale.ROOT, "rows read: %,d = %,d loaded + %,d rejected", load.read(),
                load.loaded(), load.rejected().size()));
        out.flush();
        return ExitCodes.OK;
    }

    private String share(long count, SegmentationResult result) {
        double percent = result.customerCount() == 0 ? 0 : 100.0 * count / result.customerCount();
        return String.format(Locale.ROOT, format == OutputFormat.CSV ? "%.4f" : "%.1f%%", percent);
    }
}
