package io.github.segmentkit.cli;

import io.github.segmentkit.io.membership.MembershipCsv;
import io.github.segmentkit.io.membership.MembershipRows;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code segmentkit segment}: loads customers, segments them and writes their memberships
 * ({@code customer_id,segment,as_of}, one row per customer and segment) to a CSV file that {@code diff} reads back.
 *
 * <pre>{@code
 * segmentkit segment --data customers.csv --mapping customers.mapping.json --definitions segments.seg \
 *     --as-of 2024-03-31 --out memberships.csv
 * }</pre>
 */
@Command(name = "segment", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Segment customers and write their memberships (customer_id,segment,as_of) to a CSV file.")
final class SegmentCommand extends CliCommand {
    @Spec
    CommandSpec spec;

    @Mixin
    SegmentationInput input;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where the memberships go; "
            + "replaced only when all is written. '-' writes them to stdout.")
    String out;

    @Option(names = "--unsegmented-label", paramLabel = "LABEL", description = "Also write one row per customer in "
            + "no segment, with this label as its segment (diff then knows the whole population); not a segment's "
            + "name.")
    String unsegmentedLabel;


    SegmentCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() throws IOException {
        input.validate();
        Console console = console();
        Segmentation run = input.run(console, invocation.environment());
        MembershipRows rows = MembershipRows.of(run.result());
        if (unsegmentedLabel != null) {
            try {
                rows = rows.withUnsegmentedAs(unsegmentedLabel);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--unsegmented-label: " + e.getMessage());
            }
        }
        long written;
        String where;
        if ("-".equals(out)) {
            PrintWriter stdout = invocation.out();
            written = MembershipCsv.write(rows, run.asOf(), stdout);
            stdout.flush();
            where = "stdout";
        } else {
            written = MembershipCsv.write(rows, run.asOf(), Path.of(out));
            where = Console.safe(out);
        }
        console.info(String.format(Locale.ROOT, "%,d memberships of %,d customers (%,d in no segment) as of %s "
                        + "written to %s", written, run.result().customerCount(), run.result().unsegmentedCount(),
                run.asOf(), where));
        return ExitCodes.OK;
    }
}
