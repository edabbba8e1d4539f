package io.github.segmentkit.examples.families;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the lines of a data file bundled on the class path, gunzipping {@code .gz} files.
 *
 * <pre>{@code
 * List<String> lines = BundledData.lines("/data/cities15000.csv.gz");   // header first
 * }</pre>
 */
public final class BundledData {
    private BundledData() {
    }

    /**
     * Every line of the resource, header included.
     *
     * @throws IllegalStateException when the resource is not on the class path
     */
    public static List<String> lines(String resource) {
        InputStream raw = BundledData.class.getResourceAsStream(resource);
        if (raw == null) {
            throw new IllegalStateException(resource + " is missing from the class path");
        }
        try (InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
