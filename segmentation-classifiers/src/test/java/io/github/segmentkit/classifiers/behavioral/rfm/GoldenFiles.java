package io.github.segmentkit.classifiers.behavioral.rfm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads the golden fixtures and the Online Retail sample from the test class path. */
public final class GoldenFiles {
    public static final LocalDateTime ANALYSIS = LocalDateTime.of(2011, 12, 11, 0, 0);
    public static final String ONLINE_RETAIL = "/data/online_retail_sample20.csv.gz";

    private static List<HandWrittenRfm.Line> onlineRetailLines;

    private GoldenFiles() {
    }

    public static Reader open(String resource) {
        InputStream in = GoldenFiles.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        try {
            InputStream raw = resource.endsWith(".gz") ? new GZIPInputStream(in) : in;
            return new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> lines(String resource) {
        try (BufferedReader reader = (BufferedReader) open(resource)) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The expected rows of a golden file (customer_id,analysis_date,recency,frequency,monetary,R,F,M,segment). */
    public static List<HandWrittenRfm.Row> expected(String resource) {
        List<HandWrittenRfm.Row> rows = new ArrayList<>();
        for (String line : lines(resource).subList(1, lines(resource).size())) {
            String[] f = line.split(",");
            rows.add(new HandWrittenRfm.Row(Long.parseLong(f[0]), Long.parseLong(f[2]), Long.parseLong(f[3]), new BigDecimal(f[4]),
                    Integer.parseInt(f[5]), Integer.parseInt(f[6]), Integer.parseInt(f[7]), f[8]));
        }
        return rows;
    }

    /** The Online Retail lines, parsed by hand (quote-aware split), ids as exact whole numbers ("17850.0" is 17850). */
    public static synchronized List<HandWrittenRfm.Line> onlineRetailByHand() {
        // parsed once per test run: 100,000 lines split by a regular expression take seconds
        if (onlineRetailLines == null) {
            onlineRetailLines = parseOnlineRetailByHand();
        }
        return onlineRetailLines;
    }

    private static List<HandWrittenRfm.Line> parseOnlineRetailByHand() {
        List<String> text = lines(ONLINE_RETAIL);
        List<String> header = List.of(splitQuoted(text.get(0)));
        int invoice = header.indexOf("InvoiceNo");
        int quantity = header.indexOf("Quantity");
        int date = header.indexOf("InvoiceDate");
        int price = header.indexOf("UnitPrice");
        int customer = header.indexOf("CustomerID");
        List<HandWrittenRfm.Line> lines = new ArrayList<>();
        for (String row : text.subList(1, text.size())) {
            String[] f = splitQuoted(row);
            Long id = f[customer].isEmpty() ? null : new BigDecimal(f[customer]).longValueExact();
            lines.add(new HandWrittenRfm.Line(id, f[invoice], LocalDateTime.parse(f[date].replace(' ', 'T')),
                    Long.parseLong(f[quantity]), new BigDecimal(f[price])));
        }
        return List.copyOf(lines);
    }

    private static String[] splitQuoted(String row) {
        String[] fields = row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].startsWith("\"")) {
                fields[i] = fields[i].substring(1, fields[i].length() - 1).replace("\"\"", "\"");
            }
        }
        return fields;
    }
}
