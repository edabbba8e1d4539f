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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

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

    /**
     * The records of a CSV resource, header first, read with Apache Commons CSV directly: the oracle does not go
     * through segmentation-io's reader, which the code under test uses.
     */
    static List<CSVRecord> records(String resource) {
        try (Reader in = open(resource); CSVParser parser = CSVFormat.RFC4180.parse(in)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The expected rows of a golden file (customer_id,analysis_date,recency,frequency,monetary,R,F,M,segment). */
    public static List<HandWrittenRfm.Row> expected(String resource) {
        List<HandWrittenRfm.Row> rows = new ArrayList<>();
        List<CSVRecord> records = records(resource);
        for (CSVRecord f : records.subList(1, records.size())) {
            rows.add(new HandWrittenRfm.Row(Long.parseLong(f.get(0)), Long.parseLong(f.get(2)), Long.parseLong(f.get(3)),
                    new BigDecimal(f.get(4)), Integer.parseInt(f.get(5)), Integer.parseInt(f.get(6)),
                    Integer.parseInt(f.get(7)), f.get(8)));
        }
        return rows;
    }

    /**
     * The Online Retail lines, read independently of the transaction reader (Commons CSV directly, see
     * {@link #records}), ids as exact whole numbers ("17850.0" is 17850).
     */
    public static synchronized List<HandWrittenRfm.Line> onlineRetailByHand() {
        // parsed once per test run
        if (onlineRetailLines == null) {
            onlineRetailLines = parseOnlineRetailByHand();
        }
        return onlineRetailLines;
    }

    private static List<HandWrittenRfm.Line> parseOnlineRetailByHand() {
        List<CSVRecord> records = records(ONLINE_RETAIL);
        List<String> header = records.get(0).toList();
        int invoice = header.indexOf("InvoiceNo");
        int quantity = header.indexOf("Quantity");
        int date = header.indexOf("InvoiceDate");
        int price = header.indexOf("UnitPrice");
        int customer = header.indexOf("CustomerID");
        List<HandWrittenRfm.Line> lines = new ArrayList<>();
        for (CSVRecord f : records.subList(1, records.size())) {
            Long id = f.get(customer).isEmpty() ? null : new BigDecimal(f.get(customer)).longValueExact();
            lines.add(new HandWrittenRfm.Line(id, f.get(invoice), LocalDateTime.parse(f.get(date).replace(' ', 'T')),
                    Long.parseLong(f.get(quantity)), new BigDecimal(f.get(price))));
        }
        return List.copyOf(lines);
    }
}
