package io.github.segmentkit.cli;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.SegmentKitException;
import io.github.segmentkit.io.jdbc.JdbcSourceException;
import io.github.segmentkit.io.membership.MembershipWriteException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;
import java.util.List;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine;

/**
 * The {@code segmentkit} executable: {@code java -jar segmentation-cli/target/segmentkit.jar COMMAND ...}. Builds the
 * picocli command line and turns every failure into one line on stderr and an exit code ({@link ExitCodes}); stack
 * traces only with {@code --verbose}.
 *
 * <pre>{@code
 * int exitCode = SegmentKitCli.commandLine(new Invocation(out, err, System::getenv, false))
 *         .execute("counts", "--data", "customers.csv", "--mapping", "customers.mapping.json",
 *                 "--definitions", "segments.seg");
 * }</pre>
 */
public final class SegmentKitCli {
    private SegmentKitCli() {
    }

    /** Runs the command line and exits with its {@link ExitCodes exit code}. */
    public static void main(String[] args) {
        quietLibraryLogs(args);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int exitCode = commandLine(new Invocation(out, err, System::getenv, System.console() != null)).execute(args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /** With {@code --quiet}, the libraries' own warnings are left out too (read before any logger exists). */
    private static void quietLibraryLogs(String[] args) {
        for (String arg : args) {
            if (arg.equals("-q") || arg.equals("--quiet")) {
                System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
            }
        }
    }

    /** The command line of one run: every command, its help (exit codes included) and the error handling. */
    public static CommandLine commandLine(Invocation invocation) {
        CommandLine commandLine = new CommandLine(new RootCommand())
                .addSubcommand(new SegmentCommand(invocation))
                .addSubcommand(new CountsCommand(invocation))
                .addSubcommand(new DiffCommand(invocation))
                .addSubcommand(new RfmCommand(invocation))
                .addSubcommand(new ProfileCommand(invocation))
                .addSubcommand(new ExplainCommand(invocation))
                .addSubcommand(new ReportCommand(invocation));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(invocation.out())
                .setErr(invocation.err())
                .setParameterExceptionHandler(SegmentKitCli::usageError)
                .setExecutionExceptionHandler((e, failed, parsed) -> failure(e, failed, invocation.err()));
        describeExitCodes(commandLine);
        return commandLine;
    }

    private static void describeExitCodes(CommandLine commandLine) {
        commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCodes.described());
        commandLine.getSubcommands().values().forEach(SegmentKitCli::describeExitCodes);
    }

    /** A wrong command line: the problem, then where to find the usage (the whole usage would bury the problem). */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine failed = e.getCommandLine();
        PrintWriter err = failed.getErr();
        err.println(failed.getCommandSpec().qualifiedName() + ": " + oneLine(e.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    /** A command that failed while running: its message (each problem of a document on its own line). */
    static int failure(Exception e, CommandLine failed, PrintWriter err) {
        int exitCode = exitCode(e);
        String command = failed.getCommandSpec().qualifiedName();
        if (e instanceof DefinitionException) {
            List<Problem> problems = ((DefinitionException) e).problems();
            String source = sourcePrefix(e.getMessage(), problems);
            for (Problem problem : problems) {
                err.println(command + ": error: " + source + firstLine(problem.toString()));
            }
        } else {
            err.println(command + ": error: " + oneLine(message(e)));
        }
        Object executed = failed.getCommand();
        if (executed instanceof CliCommand && ((CliCommand) executed).verbosity().verbose()) {
            e.printStackTrace(err);
        } else if (exitCode == ExitCodes.INTERNAL) {
            err.println(command + ": run again with --verbose for the stack trace, and please report it");
        }
        err.flush();
        return exitCode;
    }

    static int exitCode(Exception e) {
        if (e instanceof JdbcSourceException) {
            return cannotConnect(e.getCause()) ? ExitCodes.UNAVAILABLE : ExitCodes.BAD_INPUT;
        }
        if (e instanceof UncheckedIOException && e.getCause() instanceof CharacterCodingException) {
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof MembershipWriteException || e instanceof UnavailableException || e instanceof IOException
                || e instanceof UncheckedIOException) {
            return ExitCodes.UNAVAILABLE;
        }
        if (e instanceof SegmentKitException || e instanceof IllegalArgumentException) {
            // the library's typed exceptions, and its argument checks, name the offending value
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.INTERNAL;
    }

    /** A connection failure (SQLState class 08) or a refused login (class 28): the database, not the data. */
    private static boolean cannotConnect(Throwable cause) {
        if (cause instanceof SQLException) {
            String state = ((SQLException) cause).getSQLState();
            return state != null && (state.startsWith("08") || state.startsWith("28"));
        }
        return false;
    }

    private static String message(Exception e) {
        Throwable shown = e instanceof UncheckedIOException ? e.getCause() : e;
        if (shown instanceof NoSuchFileException) {
            return "no such file: " + Console.safe(shown.getMessage());
        }
        if (shown instanceof CharacterCodingException) {
            return "a file is not UTF-8 text (" + shown.getMessage() + "); save it as UTF-8";
        }
        if (shown instanceof AccessDeniedException) {
            return "permission denied: " + Console.safe(shown.getMessage());
        }
        if (exitCode(e) == ExitCodes.INTERNAL || shown.getMessage() == null) {
            return shown.getClass().getName() + (shown.getMessage() == null ? "" : ": " + shown.getMessage());
        }
        return shown.getMessage();
    }

    /**
     * What an exception's message puts before its problems (a mapping file's name, say: "customers.mapping.json: "),
     * or nothing.
     */
    private static String sourcePrefix(String message, List<Problem> problems) {
        String first = problems.size() == 1 ? firstLine(problems.get(0).toString()) : problems.size() + " problems:";
        int at = String.valueOf(message).indexOf(first);
        return at > 0 ? message.substring(0, at) : "";
    }

    /** A problem's first line: the lines after it quote the document and point at the column it already names. */
    private static String firstLine(String problem) {
        return problem.strip().lines().findFirst().orElse("");
    }

    /** Line breaks in a message become "; " so that each error is one line. */
    private static String oneLine(String message) {
        return String.valueOf(message).strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
