package io.github.segmentkit.classifiers.behavioral.bands;

import io.github.segmentkit.classifiers.behavioral.ClassifierSettings;
import java.util.Map;

/** Reads and writes the {@code edges}/{@code labels} pair of band settings, and the labels a band classifier gives. */
final class BandSettings {
    private BandSettings() {
    }

    static Bands read(ClassifierSettings settings, Bands fallback) {
        if (!settings.has("edges") && !settings.has("labels")) {
            return fallback;
        }
        try {
            return Bands.of(settings.numbers("edges"), settings.strings("labels"));
        } catch (IllegalArgumentException e) {
            throw settings.problem("edges", e.getMessage());
        }
    }

    static void write(Bands bands, Map<String, Object> settings) {
        settings.put("edges", bands.edges().stream().map(e -> (Object) e.toPlainString()).toList());
        settings.put("labels", bands.labels());
    }
}
