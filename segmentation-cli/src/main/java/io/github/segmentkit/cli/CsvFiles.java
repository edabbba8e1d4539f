package io.github.segmentkit.cli;

import io.github.segmentkit.io.csv.CsvDialect;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Opening the command's input files: a clear message when one is missing, {@code .gz} read compressed, the bytes
 * read counted for the progress bar, and the delimiter of a CSV/TSV file chosen or recognised from its header line.
 *
 * <pre>{@code
 * try (CsvFiles.CountedReader in = CsvFiles.open(path)) {
 *     CsvDialect dialect = CsvFiles.dialect(spec, "auto", "--delimiter", in.headerLine());
 * }
 * }</pre>
 */
final class CsvFiles {
    /** The characters looked at to find the header line. */
    private static final int HEADER_PEEK = 64 * 1024;
    private static final char[] AUTO_CANDIDATES = {',', '\t', ';', '|'};

    private CsvFiles() {
    }

    /**
     * Refuses a missing file or a directory with a plain message.
     *
     * @throws UnavailableException naming the role ({@code mapping}, {@code data}) and the path
     */
    static void requireFile(Path file, String role) {
        if (Files.isDirectory(file)) {
            throw new UnavailableException("the " + role + " file " + Console.safe(file.toString())
                    + " is a directory, not a file");
        }
        if (!Files.exists(file)) {
            throw new UnavailableException("the " + role + " file " + Console.safe(file.toString())
                    + " does not exist");
        }
    }

    /** Opens {@code file} as UTF-8 text, decompressing a {@code .gz} file; malformed UTF-8 is an error, not '?'. */
    static CountedReader open(Path file) throws IOException {
        return new CountedReader(file);
    }

    /** Validates a {@code --delimiter} value before any file is read ({@code auto} is then accepted as it is). */
    static void dialect(CommandSpec spec, String value, String option) {
        dialect(spec, value, option, null);
    }

    /**
     * The dialect {@code value} names; {@code auto} picks the candidate the header line holds most of (comma when
     * it holds none).
     *
     * @throws ParameterException when {@code value} is none of the accepted forms
     */
    static CsvDialect dialect(CommandSpec spec, String value, String option, String headerLine) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "comma":
                return CsvDialect.CSV;
            case "tab":
                return CsvDialect.TSV;
            case "semicolon":
                return CsvDialect.of(';');
            case "pipe":
                return CsvDialect.of('|');
            case "auto":
                return headerLine == null ? CsvDialect.CSV : CsvDialect.of(mostFrequent(headerLine));
            default:
                if (value.length() == 1 && value.charAt(0) != '"' && value.charAt(0) != '\n'
                        && value.charAt(0) != '\r') {
                    return CsvDialect.of(value.charAt(0));
                }
                throw new ParameterException(spec.commandLine(), option + " takes comma, tab, semicolon, pipe, auto "
                        + "or one character, not '" + Console.safe(value) + "'");
        }
    }

    private static char mostFrequent(String headerLine) {
        char best = ',';
        long bestCount = 0;
        for (char candidate : AUTO_CANDIDATES) {
            long count = headerLine.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    /** A file's text, with its size and the bytes read so far (compressed bytes for a {@code .gz} file). */
    static final class CountedReader implements AutoCloseable {
        private final long size;
        private final Counting counted;
        private final BufferedReader reader;
        private final String headerLine;

        private CountedReader(Path file) throws IOException {
            this.size = Files.size(file);
            this.counted = new Counting(Files.newInputStream(file));
            try {
                InputStream in = file.toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                        ? new GZIPInputStream(counted, 64 * 1024) : counted;
                // a decoder that reports malformed input: InputStreamReader(in, charset) would replace it silently
                this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()),
                        HEADER_PEEK * 2);
                this.headerLine = peekFirstLine(reader);
            } catch (IOException | RuntimeException e) {
                counted.close();
                throw e;
            }
        }

        private static String peekFirstLine(BufferedReader reader) throws IOException {
            reader.mark(HEADER_PEEK);
            char[] buffer = new char[HEADER_PEEK];
            int length = 0;
            for (int n; length < buffer.length && (n = reader.read(buffer, length, buffer.length - length)) > 0; ) {
                length += n;
            }
            reader.reset();
            String start = new String(buffer, 0, length);
            int end = start.indexOf('\n');
            return end < 0 ? start : start.substring(0, end);
        }

        long size() {
            return size;
        }

        long bytesRead() {
            return counted.count;
        }

        /** The first line of the text (up to 64 Ki characters of it). */
        String headerLine() {
            return headerLine;
        }

        Reader reader() {
            return reader;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /** Counts the bytes read through it. */
    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
