package io.github.segmentkit.cli;

import io.github.segmentkit.io.jdbc.JdbcCustomerLoader;
import io.github.segmentkit.io.jdbc.JdbcSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Where customers are in a database: a JDBC URL, a query or a table, a user, and a password that never appears on
 * the command line (where {@code ps} and the shell's history would show it): it comes from an environment variable
 * or a file.
 *
 * <pre>{@code
 * PGPASSWORD_CRM=... segmentkit segment --jdbc-url jdbc:postgresql://db/crm --table customers \
 *     --jdbc-user segmentkit --jdbc-password-env PGPASSWORD_CRM --mapping ... --definitions ... --out ...
 * }</pre>
 */
public final class DatabaseOptions {
    /** The most bytes a password file may hold: a password, not a document. */
    static final int MAX_PASSWORD_FILE_BYTES = 4096;
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** {@code password=} as a URL parameter (PostgreSQL {@code ?password=}, H2 {@code ;PASSWORD=}) or user:pw@host. */
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password\\s*=|//[^/@]*:[^/@]*@)");

    @Option(names = "--jdbc-url", paramLabel = "URL", description = "Read customers from this database, e.g. "
            + "jdbc:postgresql://host/crm or jdbc:h2:/data/crm (drivers included: PostgreSQL, H2). Not with --data.")
    String url;

    @Option(names = "--query", paramLabel = "SQL", description = "The query whose rows are the customers "
            + "(columns found by the mapping's names). With --jdbc-url; not with --table.")
    String query;

    @Option(names = "--table", paramLabel = "[SCHEMA.]TABLE", description = "The table of the customers (names as "
            + "the database stores them: PostgreSQL lower case, H2 upper case). With --jdbc-url; not with --query.")
    String table;

    @Option(names = "--jdbc-user", paramLabel = "USER", description = "The database user.")
    String user;

    @Option(names = "--jdbc-password-env", paramLabel = "NAME",
            description = "The environment variable holding the database password.")
    String passwordVariable;

    @Option(names = "--jdbc-password-file", paramLabel = "FILE", description = "A file holding the database "
            + "password (one line; a final line break is ignored). Keep it readable by you only.")
    Path passwordFile;

    @Option(names = "--fetch-size", paramLabel = "ROWS", defaultValue = "10000",
            description = "Rows fetched per round trip (default: ${DEFAULT-VALUE}).")
    int fetchSize;

    /** Present only to refuse it with a reason; its value is never printed. */
    @Option(names = {"--jdbc-password", "--password"}, arity = "0..1", fallbackValue = "", hidden = true)
    String passwordOnCommandLine;

    /** Whether a database was asked for. */
    boolean isSet() {
        return url != null;
    }

    /**
     * Checks the options against each other before anything is read.
     *
     * @throws ParameterException saying what is missing or refused
     */
    void validate(CommandSpec spec) {
        if (passwordOnCommandLine != null) {
            throw new ParameterException(spec.commandLine(), "a password on the command line is refused (other "
                    + "users can see it with ps, and the shell keeps it in its history): use --jdbc-password-env NAME "
                    + "or --jdbc-password-file FILE");
        }
        if (url == null) {
            if (query != null || table != null || user != null || passwordVariable != null || passwordFile != null) {
                throw new ParameterException(spec.commandLine(), "--query, --table, --jdbc-user and the password "
                        + "options need --jdbc-url");
            }
            return;
        }
        if (PASSWORD_IN_URL.matcher(url).find()) {
            throw new ParameterException(spec.commandLine(), "the JDBC URL holds a password, which would be visible "
                    + "to other users: remove it and use --jdbc-password-env NAME or --jdbc-password-file FILE");
        }
        if ((query == null) == (table == null)) {
            throw new ParameterException(spec.commandLine(), "--jdbc-url needs exactly one of --query SQL and "
                    + "--table TABLE");
        }
        if (passwordVariable != null && passwordFile != null) {
            throw new ParameterException(spec.commandLine(), "give the password once: --jdbc-password-env or "
                    + "--jdbc-password-file, not both");
        }
        if (passwordVariable != null && !VARIABLE_NAME.matcher(passwordVariable).matches()) {
            // not echoed: a value that is not a variable name may well be the password itself
            throw new ParameterException(spec.commandLine(), "--jdbc-password-env takes the name of an environment "
                    + "variable (letters, digits, _), not a password");
        }
        if (fetchSize < 1) {
            throw new ParameterException(spec.commandLine(), "--fetch-size must be at least 1, not " + fetchSize);
        }
    }

    /** The rows to read. */
    JdbcSource source() {
        if (query != null) {
            return JdbcSource.query(query);
        }
        int dot = table.indexOf('.');
        return dot < 0 ? JdbcSource.table(table) : JdbcSource.table(table.substring(0, dot), table.substring(dot + 1));
    }

    /** A loader of the mapping's columns with the fetch size asked for. */
    JdbcCustomerLoader.Builder loader(io.github.segmentkit.io.CustomerMapping mapping) {
        return JdbcCustomerLoader.builder(mapping).fetchSize(fetchSize);
    }

    /**
     * The database, logged into with the password from the environment or the file.
     *
     * @param environment the process environment ({@code System::getenv})
     * @throws ParameterException when the variable is not set or the file is empty
     * @throws IOException        when the password file cannot be read
     */
    UrlDataSource dataSource(CommandSpec spec, UnaryOperator<String> environment, Console console) throws IOException {
        char[] password = null;
        if (passwordVariable != null) {
            String value = environment.apply(passwordVariable);
            if (value == null) {
                throw new ParameterException(spec.commandLine(), "the environment variable " + passwordVariable
                        + " (--jdbc-password-env) is not set");
            }
            password = value.toCharArray();
        } else if (passwordFile != null) {
            password = readPasswordFile(spec, console);
        }
        return new UrlDataSource(url, user, password);
    }

    private char[] readPasswordFile(CommandSpec spec, Console console) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(passwordFile)) {
            bytes = in.readNBytes(MAX_PASSWORD_FILE_BYTES + 1);
        }
        if (bytes.length > MAX_PASSWORD_FILE_BYTES) {
            throw new ParameterException(spec.commandLine(), "the password file " + passwordFile + " is larger than "
                    + MAX_PASSWORD_FILE_BYTES + " bytes: is it the right file?");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        // one final line break is the editor's, not the password's
        if (text.endsWith("\r\n")) {
            text = text.substring(0, text.length() - 2);
        } else if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "the password file " + passwordFile + " is empty");
        }
        warnIfOthersCanRead(console);
        return text.toCharArray();
    }

    private void warnIfOthersCanRead(Console console) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(passwordFile);
            if (permissions.contains(PosixFilePermission.GROUP_READ)
                    || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                console.warn("the password file " + passwordFile + " can be read by other users (chmod 600 "
                        + passwordFile + ")");
            }
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: nothing to check
        }
    }

    /** A name for messages: the URL (which holds no password, see validate) and what is read. */
    String describe() {
        return url + (query != null ? " (query)" : " (table " + table + ")");
    }
}
