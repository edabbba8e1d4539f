package io.github.segmentkit.classifiers.behavioral.bands;

import io.github.segmentkit.classifiers.kit.Bands;
import io.github.segmentkit.classifiers.kit.Settings;
import java.util.Map;

/** Reads and writes the {@code edges}/{@code labels} pair of band settings (given together, or neither). */
final class BandSettings {
    private BandSettings() {
    }

    static Bands read(Settings settings, Bands fallback) {
        if (!settings.has("edges") && !settings.has("labels")) {
            return fallback;
        }
        if (!settings.has("edges") || !settings.has("labels")) {
            throw settings.problem(settings.has("edges") ? "labels" : "edges", "is required: 'edges' and 'labels' "
                    + "go together");
        }
        return settings.build("edges", () -> new Bands(settings.decimals("edges", null),
                settings.strings("labels")));
    }

    static void write(Bands bands, Map<String, Object> settings) {
        settings.put("edges", bands.edgeTexts());
        settings.put("labels", bands.labels());
    }
}
