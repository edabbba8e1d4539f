package io.github.segmentkit.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exit codes of the {@code segmentkit} command, shown by every command's {@code --help} and in docs/cli.md.
 *
 * <pre>{@code
 * segmentkit counts --data customers.csv --mapping customers.mapping.json --definitions segments.seg
 * echo $?   # 0, or 1 when a file's contents are wrong, 2 for a wrong command line, ...
 * }</pre>
 */
public final class ExitCodes {
    /** The command did what was asked. */
    public static final int OK = 0;
    /**
     * Bad input: a mapping, definitions, customer, membership or transaction file (or a database row) that cannot be
     * used; the message names the file, line, column and value.
     */
    public static final int BAD_INPUT = 1;
    /** A wrong command line: unknown or missing option, a value of the wrong form, a password on the line. */
    public static final int USAGE = 2;
    /** A file that cannot be opened or written, or a database that cannot be reached or refuses the login. */
    public static final int UNAVAILABLE = 3;
    /** An unexpected failure (a bug in SegmentKit: please report it with the output of {@code --verbose}). */
    public static final int INTERNAL = 4;

    private ExitCodes() {
    }

    /** Every code with its meaning, in order, as the help lists them. */
    static Map<String, String> described() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(OK + "", "done");
        codes.put(BAD_INPUT + "", "bad input: a mapping, definitions, data or membership file (or database row) "
                + "that cannot be used; the message names file, line, column and value");
        codes.put(USAGE + "", "wrong command line (unknown or missing option, bad value, password given on the line)");
        codes.put(UNAVAILABLE + "", "a file cannot be read or written, or the database cannot be reached or "
                + "refuses the login");
        codes.put(INTERNAL + "", "unexpected failure (a bug: please report it with the --verbose output)");
        return codes;
    }
}
