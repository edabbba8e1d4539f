package io.github.segmentkit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs the command line in this JVM, as main does, with captured stdout and stderr and a given environment. */
final class CliRun {
    /** The repository's root (tests run in the module's directory). */
    static final Path REPO = Path.of("").toAbsolutePath().getParent();
    static final Path DATA = REPO.resolve("segmentation-examples/src/main/resources/data");
    static final Path MARKETING = DATA.resolve("marketing_campaign.csv");
    static final Path MAPPING = DATA.resolve("marketing_campaign.mapping.json");
    static final Path SEGMENTS = REPO.resolve("segmentation-cli/examples/marketing_campaign.seg");
    static final Path TENURE = REPO.resolve("segmentation-cli/examples/tenure.seg");

    private CliRun() {
    }

    /** What one run printed and returned. */
    record Result(int exitCode, String out, String err) {
        /** The lines of stderr. */
        String[] errLines() {
            return err.isEmpty() ? new String[0] : err.split("\n");
        }
    }

    static Result run(String... args) {
        return run(Map.of(), args);
    }

    static Result run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = SegmentKitCli.commandLine(new Invocation(new PrintWriter(out, true), new PrintWriter(err, true),
                environment::get, false)).execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }
}
