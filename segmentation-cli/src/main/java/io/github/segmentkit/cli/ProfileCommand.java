package io.github.segmentkit.cli;

import io.github.segmentkit.core.engine.ColumnarSegmenter;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.core.engine.RoaringSegmentationResult;
import io.github.segmentkit.insight.profile.ProfileReport;
import io.github.segmentkit.insight.profile.Profiler;
import io.github.segmentkit.io.CustomerRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code segmentkit profile}: loads and segments customers like {@code segment}, and prints every segment's profile
 * against the population (segmentation-insight's {@link Profiler}): size and share, per numeric attribute the mean,
 * quartiles and index, per categorical, yes/no and tags attribute the top values with their lift, missing counts,
 * and the overlap of every pair of segments.
 *
 * <pre>{@code
 * segmentkit profile --data customers.csv --mapping customers.mapping.json --definitions segments.seg --top 3
 * }</pre>
 */
@Command(name = "profile", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Segment customers and describe every segment against the population: size and share; per "
                + "numeric attribute count, missing, mean, quartiles (type 7) and index (segment mean / population "
                + "mean x 100); per categorical, yes/no and tags attribute the top values with share and lift; the "
                + "overlap (customers in both, Jaccard) of every pair of segments."})
final class ProfileCommand extends CliCommand {
    @Spec
    CommandSpec spec;

    @Mixin
    SegmentationInput input;

    @Option(names = "--top", paramLabel = "N", defaultValue = "" + Profiler.DEFAULT_TOP_VALUES,
            description = "Top values shown per categorical, yes/no or tags attribute (default: ${DEFAULT-VALUE}).")
    int top;

    @Mixin
    TextOrJsonFormat format;

    ProfileCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() throws IOException {
        input.validate();
        Profiler profiler;
        try {
            profiler = Profiler.withTopValues(top);   // refuses a bad --top before anything is read
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--top: " + e.getMessage());
        }
        Console console = console();
        PreparedSegmentation prepared = input.prepare(console, invocation.environment());
        // the profiler reads the columnar table, so the customers are segmented on that same table, once
        CustomerTable<CustomerRecord> table = CustomerTable.of(prepared.segmenter().schema(),
                prepared.loaded().customers());
        RoaringSegmentationResult result = ColumnarSegmenter.of(prepared.segmenter()).segment(table);
        console.info(String.format(Locale.ROOT, "profiling %d segments of %,d customers as of %s",
                result.segmentNames().size(), result.customerCount(), prepared.asOf()));
        ProfileReport report = profiler.profile(table, result);
        PrintWriter out = invocation.out();
        if (format.json()) {
            out.print(report.toJson());
        } else {
            ProfileTables.print(report, out);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
