package io.github.segmentkit.examples.families;

import io.github.segmentkit.io.LoadLimits;
import io.github.segmentkit.io.csv.CsvDialect;
import io.github.segmentkit.io.csv.CsvRecords;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Opens a delimited data file bundled on the class path as records (segmentation-io's {@link CsvRecords}, on
 * Apache Commons CSV), gunzipping {@code .gz} files; errors name the resource.
 *
 * <pre>{@code
 * try (CsvRecords records = BundledData.records("/data/cities15000.csv.gz", CsvDialect.CSV)) {
 *     CsvHeader header = records.header();   // then records.next() until null
 * }
 * }</pre>
 */
public final class BundledData {
    private BundledData() {
    }

    /**
     * The records of the resource; close them when done.
     *
     * @throws IllegalStateException when the resource is not on the class path
     */
    public static CsvRecords records(String resource, CsvDialect dialect) {
        InputStream raw = BundledData.class.getResourceAsStream(resource);
        if (raw == null) {
            throw new IllegalStateException(resource + " is missing from the class path");
        }
        try {
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            return CsvRecords.of(new InputStreamReader(in, StandardCharsets.UTF_8), resource, dialect,
                    LoadLimits.DEFAULTS);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
