package io.github.segmentkit.examples.families;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A separate, deliberately plain computation for the example tests: its own file reading (Apache Commons CSV used
 * directly, not through segmentation-io), its own haversine and its own reading of the UN M49 table. It shares no
 * code with the library or the example.
 */
final class IndependentGeo {
    private IndependentGeo() {
    }

    /** Every record of a delimited resource, header first (blank lines skipped; {@code quote} may be null). */
    static List<List<String>> records(String resource, char delimiter, Character quote) throws IOException {
        InputStream raw = IndependentGeo.class.getResourceAsStream(resource);
        try (InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setQuote(quote)
                        .setIgnoreEmptyLines(true).get().parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<List<String>> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
            return records;
        }
    }

    /**
     * Great-circle distance on a sphere of radius 6371.0088 km (the IUGG mean Earth radius R1, Moritz, "Geodetic
     * Reference System 1980", Journal of Geodesy 74, 2000), by the haversine formula (Sinnott, "Virtues of the
     * Haversine", Sky and Telescope 68(2), 1984), written out independently of the library.
     */
    static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = lat1 * Math.PI / 180;
        double p2 = lat2 * Math.PI / 180;
        double dp = p2 - p1;
        double dl = (lon2 - lon1) * Math.PI / 180;
        double a = Math.pow(Math.sin(dp / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(dl / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** ISO alpha-2 to {region name, sub-region name}, read straight from the UNSD file; AQ is Antarctica. */
    static Map<String, String[]> m49() throws IOException {
        Map<String, String[]> regions = new HashMap<>();
        List<List<String>> rows = records("/io/github/segmentkit/classifiers/geographic/unsd-m49.csv", ';', '"');
        for (List<String> cells : rows.subList(1, rows.size())) {
            if (!cells.get(10).isEmpty()) {
                regions.put(cells.get(10), cells.get(3).isEmpty() ? new String[] {"Antarctica", "Antarctica"}
                        : new String[] {cells.get(3), cells.get(5)});
            }
        }
        return regions;
    }
}
