package io.github.segmentkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A small table printed on stdout: aligned text for people (first column left, the others right), or CSV for
 * scripts ({@code --format csv}; Commons CSV quotes what needs it). Cells from the data are escaped for the terminal.
 *
 * <pre>{@code
 * TextTable table = new TextTable("segment", "customers");
 * table.row("lapsed", "1,204");
 * table.print(out, OutputFormat.TABLE);
 * }</pre>
 */
final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private int leftColumns = 1;

    TextTable(String... header) {
        this.header = List.of(header);
    }

    /** {@code n} as {@code format} prints numbers: grouped ({@code 1,204}) in a table, plain in CSV. */
    static String number(long n, OutputFormat format) {
        return format == OutputFormat.CSV ? Long.toString(n) : String.format(Locale.ROOT, "%,d", n);
    }

    /** Aligns the first {@code columns} columns left (names rather than figures); the first one only by default. */
    TextTable leftAligned(int columns) {
        this.leftColumns = columns;
        return this;
    }

    /** Adds a row of as many cells as the header has. */
    TextTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + header.size());
        }
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(String.valueOf(cell));
        }
        rows.add(row);
        return this;
    }

    /** Prints the table in {@code format}. */
    void print(PrintWriter out, OutputFormat format) {
        if (format == OutputFormat.CSV) {
            printCsv(out);
        } else {
            printAligned(out);
        }
        out.flush();
    }

    private void printCsv(PrintWriter out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().get());
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void printAligned(PrintWriter out) {
        int[] widths = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        for (List<String> row : rows) {
            all.add(row.stream().map(Console::safe).toList());
        }
        for (List<String> row : all) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                String cell = row.get(i);
                String pad = " ".repeat(widths[i] - cell.length());
                if (i > 0) {
                    line.append("  ");
                }
                if (i < leftColumns) {
                    line.append(cell).append(pad);
                } else {
                    line.append(pad).append(cell);
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
