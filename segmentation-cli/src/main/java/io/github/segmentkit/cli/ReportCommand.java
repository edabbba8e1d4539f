package io.github.segmentkit.cli;

import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.insight.affinity.AffinityAnalysis;
import io.github.segmentkit.insight.profile.ProfileReport;
import io.github.segmentkit.insight.profile.Profiler;
import io.github.segmentkit.report.SegmentReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code segmentkit report}: loads and segments customers like {@code segment}, then writes the segment report, one
 * self-contained HTML file (segmentation-report), and optionally its figures as JSON.
 *
 * <pre>{@code
 * segmentkit report --data customers.csv --mapping customers.mapping.json --definitions segments.seg \
 *     --response responded --out report.html --json figures.json
 * }</pre>
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Segment customers and write a self-contained HTML report: sizes, profiles, overlaps, and "
                + "with the options below response rates, movement between two dates, top items and explanations.",
                "The page loads nothing (inline charts and style, no script): it reads offline and prints."})
final class ReportCommand extends CliCommand {
    /** Segments explained by default: a member and a non-member of each. */
    static final int EXPLAINED_SEGMENTS = 2;
    /** The share of a segment's members an item needs to be listed among its top items. */
    static final double MINIMUM_SUPPORT = 0.05;

    @Spec
    CommandSpec spec;

    @Mixin
    SegmentationInput input;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where the HTML report goes; "
            + "replaced only when all is written.")
    Path out;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the report's figures as JSON "
            + "(docs/report.md describes the fields).")
    Path json;

    @Option(names = "--title", paramLabel = "TEXT", description = "The report's title (default: 'Segment report').")
    String title;

    @Option(names = "--response", paramLabel = "ATTRIBUTE", description = "A yes/no attribute holding each "
            + "customer's response to a campaign everybody received: the response rate of each segment, with its "
            + "Wilson 95%% interval.")
    String response;

    @Option(names = "--items", paramLabel = "ATTRIBUTE", split = ",", description = "Numeric attributes read as "
            + "items bought (a customer bought item A when A is above 0): the top items of each segment by lift.")
    List<String> items;

    @Option(names = "--movement-definitions", paramLabel = "FILE", description = "Exclusive segments (.seg or "
            + ".json) to segment the customers by as of --movement-from and as of --as-of: the migration matrix.")
    Path movementDefinitions;

    @Option(names = "--movement-from", paramLabel = "DATE", description = "The earlier date of the movement (ISO).")
    LocalDate movementFrom;

    @Option(names = "--explain", paramLabel = "N", defaultValue = "" + EXPLAINED_SEGMENTS, description = "Explain "
            + "a member and a non-member of each of the first N segments (default: ${DEFAULT-VALUE}; 0: none).")
    int explain;

    ReportCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() throws IOException {
        input.validate();
        if ((movementDefinitions == null) != (movementFrom == null)) {
            throw new ParameterException(spec.commandLine(), "give --movement-definitions FILE and "
                    + "--movement-from DATE together, or neither");
        }
        if (explain < 0) {
            throw new ParameterException(spec.commandLine(), "--explain: " + explain + " is negative");
        }
        Console console = console();
        Segmentation run = input.run(console, invocation.environment());
        SegmentReport.Builder report = SegmentReport.builder().description(String.format(Locale.ROOT,
                "%s, as of %s", Console.safe(run.loaded().report().source()), run.asOf()));
        if (title != null) {
            report.title(title);
        }
        console.info(String.format(Locale.ROOT, "profiling %d segments over %,d customers",
                run.result().segmentNames().size(), run.result().customerCount()));
        ProfileReport profiles = Profiler.create().profile(CustomerTable.of(run.schema(), run.loaded().customers()),
                run.result());
        report.profiles(profiles);
        if (response != null) {
            console.detail("response rates from " + Console.safe(response));
            report.responses(ReportContents.responses(run, response));
        }
        if (items != null && !items.isEmpty()) {
            console.detail("top items from " + Console.safe(String.join(", ", items)));
            report.affinity(AffinityAnalysis.withMinimumSupport(MINIMUM_SUPPORT)
                    .analyse(run.result(), ReportContents.purchases(run, items)));
        }
        if (movementDefinitions != null) {
            console.info("segmenting again as of " + movementFrom + " for the movement");
            report.movement(ReportContents.movement(run, movementDefinitions, movementFrom));
        }
        if (explain > 0) {
            report.explanations(ReportContents.explanations(run, explain));
        }
        SegmentReport done = report.build();
        done.writeHtml(out);
        String written = "report written to " + Console.safe(out.toString());
        if (json != null) {
            done.writeJson(json);
            written += ", its figures to " + Console.safe(json.toString());
        }
        console.info(written);
        return ExitCodes.OK;
    }
}
