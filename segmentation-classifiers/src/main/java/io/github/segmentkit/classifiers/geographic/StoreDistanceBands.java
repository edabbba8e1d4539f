package io.github.segmentkit.classifiers.geographic;

import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.Bands;
import io.github.segmentkit.classifiers.kit.RuleFitted;
import io.github.segmentkit.classifiers.kit.Settings;
import io.github.segmentkit.classifiers.kit.SingleInputClassifier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Distance from a customer's point to the nearest of many stores, in left-closed kilometre bands, type
 * {@value #TYPE}: by default {@code 0-5km, 5-15km, 15-50km, 50-150km, 150km+} ([0, 5), [5, 15), …). The distance is
 * the minimum haversine distance ({@link io.github.segmentkit.api.attribute.GeoPoint#haversineKm}, spherical
 * Earth, within 0.56 % of the WGS84 geodesic) over all stores, found through a {@link NearestStoreIndex} so that
 * thousands of stores stay fast. A missing point is {@value Label#UNCLASSIFIED}.
 *
 * <pre>{@code
 * StoreDistanceBands bands = new StoreDistanceBands("home", "store_distance",
 *         List.of(new Store("soho", GeoPoint.of(51.5136, -0.1365))), StoreDistanceBands.DEFAULT_EDGES_KM, null);
 * bands.fit(List.of()).apply(values);   // e.g. "5-15km"
 * }</pre>
 *
 * @param input   the geo-point attribute
 * @param output  the derived attribute's name
 * @param stores  the stores, at least one, distinct ids
 * @param edgesKm strictly ascending positive band edges in km
 * @param labels  one label per band ({@code edgesKm.size() + 1}), or null for {@code 0-5km}-style labels
 */
public record StoreDistanceBands(String input, String output, List<Store> stores, List<Double> edgesKm,
        List<String> labels) implements SingleInputClassifier {
    /** The type name. */
    public static final String TYPE = "store-distance";
    /** The default band edges: 5, 15, 50 and 150 km. */
    public static final List<Double> DEFAULT_EDGES_KM = List.of(5.0, 15.0, 50.0, 150.0);

    public StoreDistanceBands {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        stores = List.copyOf(stores);
        edgesKm = List.copyOf(edgesKm);
        labels = labels == null ? null : List.copyOf(labels);
        if (stores.isEmpty()) {
            throw new IllegalArgumentException("need at least one store");
        }
        Set<String> ids = new HashSet<>();
        for (Store store : stores) {
            if (!ids.add(store.id())) {
                throw new IllegalArgumentException("store '" + store.id() + "' is listed twice");
            }
        }
        if (edgesKm.isEmpty() || !(edgesKm.get(0) > 0)) {
            throw new IllegalArgumentException("distance edges must be positive: " + edgesKm);
        }
        Bands.of(edgesKm, labels != null ? labels : defaultLabels(edgesKm));
    }

    /**
     * Reads settings: {@code input} (required), {@code output} (default {@code store_distance}), {@code stores}
     * (list of {@code {id, latitude, longitude}}), {@code edgesKm}, {@code labels}.
     */
    public static StoreDistanceBands fromSettings(Map<String, Object> values) {
        Settings settings = Settings.of(TYPE, values).allowOnly("input", "output", "stores", "edgesKm", "labels");
        List<Store> stores = new ArrayList<>();
        for (Settings store : settings.objects("stores")) {
            store.allowOnly("id", "latitude", "longitude");
            stores.add(new Store(store.string("id"), GeoInputs.point(store)));
        }
        return settings.build("stores", () -> new StoreDistanceBands(
                settings.string("input"), settings.string("output", "store_distance"),
                stores, settings.numbers("edgesKm", DEFAULT_EDGES_KM), settings.strings("labels", null)));
    }

    /** Labels such as {@code 0-5km, 5-15km, 150km+}. */
    public static List<String> defaultLabels(List<Double> edgesKm) {
        List<String> labels = new ArrayList<>();
        String low = "0";
        for (double edge : edgesKm) {
            labels.add(low + "-" + Bands.format(edge) + "km");
            low = Bands.format(edge);
        }
        labels.add(low + "km+");
        return labels;
    }

    /** The distance bands. */
    public Bands bands() {
        return Bands.of(edgesKm, labels != null ? labels : defaultLabels(edgesKm));
    }

    @Override
    public Set<AttributeKind> inputKinds() {
        return EnumSet.of(AttributeKind.GEO_POINT);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, Object> settings() {
        Map<String, Object> settings = inputOutputSettings();
        settings.put("stores", stores.stream().map(store -> Map.<String, Object>of("id", store.id(),
                "latitude", store.location().latitude(), "longitude", store.location().longitude())).toList());
        settings.put("edgesKm", edgesKm);
        if (labels != null) {
            settings.put("labels", labels);
        }
        return settings;
    }

    /** Fixed by the settings: the distance bands. */
    @Override
    public Optional<List<String>> possibleLabels() {
        return Optional.of(fit(List.of()).labels());
    }

    @Override
    public FittedClassifier fit(Iterable<? extends AttributeValues> population) {
        NearestStoreIndex index = NearestStoreIndex.of(stores);
        Bands bands = bands();
        return new RuleFitted(this, bands.labels(), customer -> GeoInputs.withPoint(customer, input,
                point -> Label.of(bands.label(index.nearest(point).km()))));
    }
}
