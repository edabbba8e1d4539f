package io.github.segmentkit.cli;

import io.github.segmentkit.io.snapshot.MembershipSnapshot;
import io.github.segmentkit.io.snapshot.MigrationMatrix;
import io.github.segmentkit.io.snapshot.SegmentChange;
import io.github.segmentkit.io.snapshot.SnapshotDiff;
import io.github.segmentkit.io.snapshot.SnapshotReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code segmentkit diff}: compares two membership files written by {@code segment} (an earlier run and a later
 * one): per segment, who entered and who exited; with {@code --matrix}, where the customers of an exclusive
 * segmentation (RFM last month against this month) went.
 *
 * <pre>{@code
 * segmentkit diff march.csv april.csv --matrix --changes moves.csv
 * }</pre>
 */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare two membership files (customer_id,segment[,as_of], as segment writes them): "
                + "customers who entered and exited each segment, and who joined or left the population.",
                "Customers in no segment are known to a file only when it was written with --unsegmented-label."})
final class DiffCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "BEFORE", description = "The earlier run's membership file.")
    Path before;

    @Parameters(index = "1", paramLabel = "AFTER", description = "The later run's membership file.")
    Path after;

    @Option(names = "--matrix", description = "Also print the migration matrix (rows: segment before, columns: "
            + "segment after); both runs must be exclusive (a customer in one segment at most).")
    boolean matrix;

    @Option(names = "--unsegmented-label", paramLabel = "LABEL", defaultValue = MigrationMatrix.UNSEGMENTED,
            description = "The segment name that marks a customer in no segment (default: ${DEFAULT-VALUE}).")
    String unsegmentedLabel;

    @Option(names = "--changes", paramLabel = "FILE", description = "Write every change as CSV: "
            + "customer_id,segment,change (entered or exited).")
    Path changes;

    @Mixin
    TableFormat tableFormat;


    DiffCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() throws IOException {
        Console console = console();
        SnapshotReader reader = SnapshotReader.create().withUnsegmentedLabel(unsegmentedLabel);
        CsvFiles.requireFile(before, "membership");
        CsvFiles.requireFile(after, "membership");
        MembershipSnapshot earlier = read(reader, before, console);
        MembershipSnapshot later = read(reader, after, console);
        console.detail(earlier + "; " + later);
        SnapshotDiff diff = SnapshotDiff.between(earlier, later);
        MigrationMatrix moves = matrix ? MigrationMatrix.between(earlier, later) : null;   // refuse before printing

        PrintWriter out = invocation.out();
        TextTable table = new TextTable("segment", "before", "after", "entered", "exited", "stayed");
        for (SegmentChange change : diff.changes()) {
            table.row(change.segment(), number(change.countBefore()), number(change.countAfter()),
                    number(change.enteredCount()), number(change.exitedCount()), number(change.stayedCount()));
        }
        table.print(out, tableFormat.format());
        if (tableFormat.format() == OutputFormat.TABLE) {
            out.println();
            out.println(String.format(Locale.ROOT, "customers: %,d before, %,d after; %,d joined, %,d left",
                    earlier.customerCount(), later.customerCount(), diff.joinedIds().length, diff.leftIds().length));
        }
        if (moves != null) {
            out.println();
            printMatrix(moves, out);
        }
        out.flush();
        if (changes != null) {
            long written = writeChanges(diff.changes(), changes);
            console.info(String.format(Locale.ROOT, "%,d changes written to %s", written,
                    Console.safe(changes.toString())));
        }
        return ExitCodes.OK;
    }

    private String number(long n) {
        return TextTable.number(n, tableFormat.format());
    }

    private void printMatrix(MigrationMatrix moves, PrintWriter out) {
        List<String> to = moves.toCategories();
        String[] header = new String[to.size() + 1];
        header[0] = "before \\ after";
        for (int j = 0; j < to.size(); j++) {
            header[j + 1] = to.get(j);
        }
        TextTable table = new TextTable(header);
        long[][] counts = moves.counts();
        List<String> from = moves.fromCategories();
        for (int i = 0; i < from.size(); i++) {
            Object[] row = new Object[to.size() + 1];
            row[0] = from.get(i);
            for (int j = 0; j < to.size(); j++) {
                row[j + 1] = number(counts[i][j]);
            }
            table.row(row);
        }
        table.print(out, tableFormat.format());
    }

    private static long writeChanges(List<SegmentChange> segmentChanges, Path file) throws IOException {
        long[] written = {0};
        CsvOutput.write(file, new String[] {"customer_id", "segment", "change"}, csv -> {
            for (SegmentChange change : segmentChanges) {
                written[0] += print(csv, change.enteredIds(), change.segment(), "entered");
                written[0] += print(csv, change.exitedIds(), change.segment(), "exited");
            }
        });
        return written[0];
    }

    private static long print(CSVPrinter csv, long[] ids, String segment, String change) throws IOException {
        for (long id : ids) {
            csv.printRecord(id, segment, change);
        }
        return ids.length;
    }

    /** Reads one membership file with a progress bar measured in bytes. */
    private static MembershipSnapshot read(SnapshotReader reader, Path file, Console console) throws IOException {
        String name = String.valueOf(file.getFileName());
        try (CsvFiles.CountedReader in = CsvFiles.open(file)) {
            ProgressBar bar = console.progress(name, in.size());
            bar.measuredBy(in::bytesRead);
            try {
                return reader.withProgress(bar).readCsv(in.reader(), file.toString());
            } finally {
                bar.done();
            }
        }
    }
}
