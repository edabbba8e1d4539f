package io.github.segmentkit.classifiers.geographic;

import io.github.segmentkit.api.attribute.GeoPoint;
import java.util.Objects;

/**
 * A store (or any place customers travel to), with its id and location.
 *
 * <pre>{@code
 * Store soho = new Store("soho", GeoPoint.of(51.5136, -0.1365));
 * }</pre>
 *
 * @param id       a name unique among the stores
 * @param location where it is
 */
public record Store(String id, GeoPoint location) {
    public Store {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
    }
}
