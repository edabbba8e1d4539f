package io.github.segmentkit.examples.families;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A separate, deliberately plain computation for the example tests: its own file reading, its own haversine and its
 * own reading of the UN M49 table. It shares no code with the library or the example.
 */
final class IndependentGeo {
    private IndependentGeo() {
    }

    static List<String> lines(String resource) throws IOException {
        InputStream raw = IndependentGeo.class.getResourceAsStream(resource);
        try (InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
            return lines;
        }
    }

    /** The last {@code n} comma-separated fields of a line whose trailing fields hold no commas. */
    static String[] lastFields(String line, int n) {
        String[] fields = new String[n];
        int end = line.length();
        for (int i = n - 1; i >= 0; i--) {
            int comma = line.lastIndexOf(',', end - 1);
            fields[i] = line.substring(comma + 1, end);
            end = comma;
        }
        return fields;
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
        List<String> lines = lines("/io/github/segmentkit/classifiers/geographic/unsd-m49.csv");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(";", -1);
            if (!cells[10].isEmpty()) {
                regions.put(cells[10], cells[3].isEmpty() ? new String[] {"Antarctica", "Antarctica"}
                        : new String[] {cells[3], cells[5]});
            }
        }
        return regions;
    }
}
