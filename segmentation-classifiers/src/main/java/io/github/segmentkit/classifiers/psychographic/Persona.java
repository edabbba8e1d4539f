package io.github.segmentkit.classifiers.psychographic;

import java.util.List;
import java.util.Objects;

/**
 * A persona: a name and its centroid, one value in [0, 1] per survey item, in the items' order.
 *
 * <pre>{@code
 * Persona adventurer = new Persona("adventurer", List.of(0.9, 0.8, 0.2));
 * }</pre>
 *
 * @param name     the label customers nearest to it get
 * @param centroid one scaled value per item, each in [0, 1]
 */
public record Persona(String name, List<Double> centroid) {
    public Persona {
        Objects.requireNonNull(name, "name");
        centroid = List.copyOf(centroid);
        for (double value : centroid) {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("persona '" + name + "': centroid values must lie in [0, 1], got "
                        + centroid);
            }
        }
    }
}
