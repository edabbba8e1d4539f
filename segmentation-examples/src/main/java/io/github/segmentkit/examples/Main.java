package io.github.segmentkit.examples;

import io.github.segmentkit.examples.campaign.CampaignExample;
import io.github.segmentkit.examples.families.BehavioralExample;
import io.github.segmentkit.examples.families.DemographicExample;
import io.github.segmentkit.examples.families.GeographicExample;
import io.github.segmentkit.examples.families.SurveyExample;
import io.github.segmentkit.examples.rfm.OnlineRetailRfm;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the examples: {@code java -jar segmentkit-examples.jar demo}.
 *
 * <pre>{@code
 * java -jar segmentation-examples/target/segmentkit-examples.jar demo
 * }</pre>
 */
public final class Main {
    private static final String USAGE = """
            usage: java -jar segmentkit-examples.jar <command>

            commands:
              demo        segment the bundled Customer Personality Analysis dataset and print the table
                demo --definitions FILE   the same with segments read from FILE (.seg text or .json),
                                          e.g. segmentation-examples/src/main/resources/definitions/demo.seg
              families    classifiers of every family on real data: demographic and behavioral (Customer
                          Personality), geographic (GeoNames cities, Online Retail countries), psychographic
                          (illustrative survey)
              rfm         RFM segments of the bundled UCI Online Retail sample (878 customers)
              campaign    a playbook, audiences with a 10 % hold-out and the response per campaign and segment
                          on the bundled Customer Personality Analysis dataset
            """;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs a command; returns the process exit code: 0 when it ran, 1 when it failed (a file that cannot be used,
     * data in error), 2 when the command line itself is wrong (then the usage is printed).
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "demo" : args[0];
        List<String> rest = args.length == 0 ? List.of() : List.of(args).subList(1, args.length);
        try {
            switch (command) {
                case "demo" -> {
                    if (rest.isEmpty()) {
                        DemoCommand.run(out);
                    } else if (!rest.get(0).equals("--definitions")) {
                        return usageError(err, "unexpected argument '" + rest.get(0) + "' after 'demo'");
                    } else if (rest.size() == 1) {
                        return usageError(err, "'demo --definitions' needs a FILE");
                    } else if (rest.size() > 2) {
                        return usageError(err, "unexpected argument '" + rest.get(2) + "' after 'demo --definitions "
                                + rest.get(1) + "'");
                    } else {
                        DemoCommand.run(out, err, Path.of(rest.get(1)));
                    }
                }
                case "families" -> {
                    if (!rest.isEmpty()) {
                        return unexpected(err, command, rest);
                    }
                    DemographicExample.run(out);
                    out.println();
                    BehavioralExample.run(out);
                    out.println();
                    GeographicExample.cities(out);
                    out.println();
                    GeographicExample.onlineRetailCountries(out);
                    out.println();
                    SurveyExample.run(out);
                }
                case "rfm" -> {
                    if (!rest.isEmpty()) {
                        return unexpected(err, command, rest);
                    }
                    OnlineRetailRfm.print(out);
                }
                case "campaign" -> {
                    if (!rest.isEmpty()) {
                        return unexpected(err, command, rest);
                    }
                    CampaignExample.print(out);
                }
                case "help", "--help", "-h" -> {
                    if (!rest.isEmpty()) {
                        return unexpected(err, command, rest);
                    }
                    out.print(USAGE);
                }
                default -> {
                    return usageError(err, "unknown command '" + command + "' in " + Arrays.toString(args));
                }
            }
            return 0;
        } catch (IOException e) {
            err.println("error: cannot read " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            // the message says what is wrong; a stack trace would only bury it
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static int unexpected(PrintStream err, String command, List<String> rest) {
        return usageError(err, "unexpected argument '" + rest.get(0) + "' after '" + command + "'");
    }

    private static int usageError(PrintStream err, String message) {
        err.println(message);
        err.print(USAGE);
        return 2;
    }
}
