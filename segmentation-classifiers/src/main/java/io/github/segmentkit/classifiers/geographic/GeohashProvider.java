package io.github.segmentkit.classifiers.geographic;

import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.classifiers.kit.AbstractClassifierProvider;
import io.github.segmentkit.classifiers.kit.Settings;
import java.util.List;

/**
 * Registers {@link GeohashCells} as {@value GeohashCells#TYPE}; restores learned cells from their parameters.
 *
 * <pre>{@code
 * FittedClassifier again = ClassifierRegistry.restore("geohash", cells.settings(), fitted.parameters());
 * }</pre>
 */
public final class GeohashProvider extends AbstractClassifierProvider<GeohashCells> {
    /** The provider ServiceLoader instantiates. */
    public GeohashProvider() {
        super(GeohashCells.TYPE, GeohashCells::fromSettings);
    }

    /** With prefixes nothing was learned; without, the learned {@code cells} are required. */
    @Override
    protected FittedClassifier restore(GeohashCells cells, Settings parameters) {
        if (!cells.prefixes().isEmpty()) {
            return super.restore(cells, parameters);
        }
        parameters.allowOnly("cells");
        if (!parameters.has("cells")) {
            throw parameters.problem("cells", "is required to restore learned geohash cells");
        }
        List<String> learned = parameters.strings("cells");
        for (String cell : learned) {
            parameters.build("cells", () -> {
                GeohashCells.checkCell(cell, cells.precision());
                return cell;
            });
        }
        return cells.withCells(learned, true);
    }
}
