package io.github.segmentkit.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a CSV file (UTF-8, LF, Commons CSV quoting) through a temporary file in the same directory, moved over the
 * target at the end: a failure leaves the previous file as it was, never half a file.
 *
 * <pre>{@code
 * CsvOutput.write(path, new String[] {"customer_id", "segment"}, csv -> csv.printRecord(42, "lapsed"));
 * }</pre>
 */
final class CsvOutput {
    private CsvOutput() {
    }

    /** What goes below the header. */
    @FunctionalInterface
    interface Body {
        /** Prints the records. */
        void print(CSVPrinter csv) throws IOException;
    }

    /** Writes {@code header} then {@code body} to {@code file}, replacing it only when all is written. */
    static void write(Path file, String[] header, Body body) throws IOException {
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".segmentkit", ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                         .setHeader(header).get())) {
                body.print(csv);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
