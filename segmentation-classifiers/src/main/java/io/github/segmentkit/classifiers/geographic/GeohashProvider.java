package io.github.segmentkit.classifiers.geographic;

import io.github.segmentkit.api.classify.ClassifierProvider;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.classifiers.kit.Settings;
import java.util.List;
import java.util.Map;

/**
 * Registers {@link GeohashCells} as {@value GeohashCells#TYPE}; restores learned cells from their parameters.
 *
 * <pre>{@code
 * FittedClassifier again = ClassifierRegistry.restore("geohash", cells.settings(), fitted.parameters());
 * }</pre>
 */
public final class GeohashProvider implements ClassifierProvider {
    @Override
    public String type() {
        return GeohashCells.TYPE;
    }

    @Override
    public GeohashCells create(Map<String, Object> settings) {
        return GeohashCells.fromSettings(settings);
    }

    @Override
    public FittedClassifier restore(Map<String, Object> settings, Map<String, Object> parameters) {
        GeohashCells cells = create(settings);
        Settings saved = Settings.of(GeohashCells.TYPE, parameters == null ? Map.of() : parameters);
        if (!cells.prefixes().isEmpty()) {
            saved.allowOnly();
            return cells.fit(List.of());
        }
        saved.allowOnly("cells");
        List<String> learned = saved.strings("cells", null);
        if (learned == null) {
            throw saved.problem("cells", "is required to restore learned geohash cells");
        }
        for (String cell : learned) {
            try {
                GeohashCells.checkCell(cell, cells.precision());
            } catch (IllegalArgumentException e) {
                throw saved.problem("cells", e.getMessage());
            }
        }
        return cells.withCells(learned, true);
    }
}
