package io.github.segmentkit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code segmentkit} itself: only {@code --help} and {@code --version}; the work is done by its subcommands.
 *
 * <pre>{@code
 * segmentkit --help
 * segmentkit segment --help
 * }</pre>
 */
@Command(name = "segmentkit", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Customer segmentation from the command line: load customers from a CSV file or a database "
                + "with a mapping file, segment them with a definitions file, count, compare two runs, RFM.",
                "Errors are one line naming the file, line, column and value; --verbose adds the stack trace."},
        footer = {"", "Documentation: docs/cli.md"})
final class RootCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "a command is needed: segment, counts, diff or rfm");
    }
}
