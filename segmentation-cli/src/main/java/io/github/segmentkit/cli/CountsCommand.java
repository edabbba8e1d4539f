package io.github.segmentkit.cli;

import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.io.LoadReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
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
final class CountsCommand extends CliCommand {
    /** The row of customers in no segment. */
    static final String UNSEGMENTED = "(in no segment)";
    /** The CSV row of rows set aside by a lenient load. */
    static final String REJECTED = "(rejected rows)";

    @Mixin
    SegmentationInput input;

    @Mixin
    TableFormat tableFormat;


    CountsCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() throws IOException {
        input.validate();
        Segmentation run = input.run(console(), invocation.environment());
        SegmentationResult result = run.result();
        LoadReport load = run.loaded().report();
        TextTable table = new TextTable("segment", "customers", "share");
        for (String segment : result.segmentNames()) {
            int count = result.count(segment);
            table.row(segment, TextTable.number(count, tableFormat.format()), share(count, result));
        }
        table.row(UNSEGMENTED, TextTable.number(result.unsegmentedCount(), tableFormat.format()),
                share(result.unsegmentedCount(), result));
        PrintWriter out = invocation.out();
        int segmented = result.customerCount() - result.unsegmentedCount();
        if (tableFormat.format() == OutputFormat.CSV) {
            if (input.customers.lenient) {
                table.row(REJECTED, load.rejected().size(), "");
            }
            table.print(out, tableFormat.format());
            return ExitCodes.OK;   // the customer total follows from the rows; a second table would break the CSV
        }
        table.print(out, tableFormat.format());
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
        return String.format(Locale.ROOT, tableFormat.format() == OutputFormat.CSV ? "%.4f" : "%.1f%%", percent);
    }
}
