package io.github.segmentkit.examples;

import io.github.segmentkit.examples.families.BehavioralExample;
import io.github.segmentkit.examples.families.DemographicExample;
import io.github.segmentkit.examples.families.GeographicExample;
import io.github.segmentkit.examples.families.SurveyExample;
import io.github.segmentkit.examples.rfm.OnlineRetailRfm;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;

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
            """;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command; returns the process exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "demo" : args[0];
        try {
            switch (command) {
                case "demo" -> {
                    if (args.length == 3 && args[1].equals("--definitions")) {
                        DemoCommand.run(out, Path.of(args[2]));
                    } else if (args.length <= 1) {
                        DemoCommand.run(out);
                    } else {
                        err.println("expected: demo [--definitions FILE], got " + Arrays.toString(args));
                        return 2;
                    }
                }
                case "families" -> {
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
                case "rfm" -> OnlineRetailRfm.print(out);
                case "help", "--help", "-h" -> out.print(USAGE);
                default -> {
                    err.println("unknown command '" + command + "' in " + Arrays.toString(args));
                    err.print(USAGE);
                    return 2;
                }
            }
            return 0;
        } catch (IOException e) {
            err.println("error: cannot read " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
