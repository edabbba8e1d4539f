package io.github.segmentkit.cli;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.internal.Suggestions;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.insight.explain.Explainer;
import io.github.segmentkit.insight.explain.Explanation;
import io.github.segmentkit.io.CustomerRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code segmentkit explain}: loads customers like {@code segment} and prints why one customer is, or is not, in a
 * segment (or in each segment): the segment's criterion tree with each node's truth (TRUE, FALSE or UNKNOWN, SQL's
 * three-valued logic), each leaf's value and requirement, and how far a failed comparison is from passing
 * (segmentation-insight's {@link Explainer}). A customer id or segment name that is not in the data or the
 * definitions is a wrong command line (exit code 2), named with the closest one.
 *
 * <pre>{@code
 * segmentkit explain --data customers.csv --mapping customers.mapping.json --definitions segments.seg \
 *     --customer 5524 --segment lapsed
 * }</pre>
 */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Explain why a customer is, or is not, in a segment (without --segment: in each segment).",
                "With --format json: one explanation, or a list of them without --segment.",
                "Each node of the segment's criterion is shown with its truth (TRUE, FALSE or UNKNOWN when a value "
                        + "is missing), each leaf with the customer's value and what it needs, and a failed "
                        + "comparison with how far the value is from passing, e.g. 'age 23; needs 25–34: 2 below'."})
final class ExplainCommand extends CliCommand {
    @Spec
    CommandSpec spec;

    @Mixin
    SegmentationInput input;

    @Option(names = "--customer", paramLabel = "ID", required = true, description = "The customer's id, as the "
            + "mapping's id column holds it.")
    long customerId;

    @Option(names = "--segment", paramLabel = "NAME", description = "The segment (default: every segment, in the "
            + "definitions' order).")
    String segment;

    @Mixin
    TextOrJsonFormat format;

    ExplainCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() throws IOException {
        input.validate();
        PreparedSegmentation prepared = input.prepare(console(), invocation.environment());
        List<String> names = prepared.segmenter().segments().stream().map(Segment::name).toList();
        if (segment != null && !names.contains(segment)) {
            throw unknown("--segment", "no segment named '" + Console.safe(segment) + "' in "
                    + Console.safe(String.valueOf(input.definitions.getFileName())), segment, names);
        }
        CustomerSchema<CustomerRecord> schema = prepared.segmenter().schema();
        CustomerRecord customer = prepared.loaded().customers().stream()
                .filter(c -> schema.id(c) == customerId).findFirst()
                .orElseThrow(() -> unknown("--customer", "no customer with id " + customerId + " in "
                        + Console.safe(prepared.loaded().report().source()), Long.toString(customerId),
                        prepared.loaded().customers().stream().map(c -> Long.toString(schema.id(c))).toList()));
        Explainer<CustomerRecord> explainer = Explainer.of(schema, prepared.segmenter().segments(),
                AsOf.date(prepared.asOf()));
        List<Explanation> explanations = new ArrayList<>();
        for (String name : segment != null ? List.of(segment) : names) {
            explanations.add(explainer.explain(customer, name));
        }
        print(explanations);
        return ExitCodes.OK;
    }

    private void print(List<Explanation> explanations) {
        PrintWriter out = invocation.out();
        if (format.json()) {
            if (segment != null) {
                out.println(explanations.get(0).toJson().stripTrailing());
            } else {
                // Explanation.toJson() ends each document with a line break: strip it inside the list
                out.println("[");
                for (int i = 0; i < explanations.size(); i++) {
                    out.print(explanations.get(i).toJson().stripTrailing());
                    out.println(i + 1 < explanations.size() ? "," : "");
                }
                out.println("]");
            }
        } else {
            for (int i = 0; i < explanations.size(); i++) {
                if (i > 0) {
                    out.println();
                }
                // line by line: a value from the data with a control character must not redraw the terminal
                explanations.get(i).toText().lines().map(Console::safe).forEach(out::println);
            }
        }
        out.flush();
    }

    /** A value of {@code option} the data or the definitions do not have, with the closest one that they do. */
    private ParameterException unknown(String option, String message, String given, Collection<String> known) {
        String closest = Suggestions.closest(given, known).map(name -> " (did you mean '" + Console.safe(name)
                + "'?)").orElse("");
        return new ParameterException(spec.commandLine(), option + ": " + message + closest);
    }
}
