package io.github.segmentkit.classifiers.geographic;

import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.RuleFitted;
import io.github.segmentkit.classifiers.kit.Settings;
import io.github.segmentkit.classifiers.kit.SingleInputClassifier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Geohash cells, type {@value #TYPE}: the label is the customer's {@link Geohash} at {@code precision} characters.
 * Because the set of possible cells is huge, the labels a fitted classifier can give are fixed in one of two ways:
 * <ul>
 *   <li>with {@code prefixes} given (areas of interest, any lengths up to {@code precision}), the label is the first
 *       listed prefix the customer's geohash starts with, else {@code other};</li>
 *   <li>without, {@code fit} learns the cells present in the population (its parameters are {@code {"cells":
 *       [...]}}), and a customer in a cell the fit did not see is {@code other}.</li>
 * </ul>
 * A missing point is {@value Label#UNCLASSIFIED}.
 *
 * <pre>{@code
 * GeohashCells cells = new GeohashCells("home", "geohash5", 5, List.of());
 * FittedClassifier fitted = cells.fit(population);   // homes in London and Paris: cells [gcpvj, u09tv]
 * }</pre>
 *
 * @param input     the geo-point attribute
 * @param output    the derived attribute's name
 * @param precision characters, 1..12
 * @param prefixes  geohash prefixes of interest, or empty to learn the cells from the population
 */
public record GeohashCells(String input, String output, int precision, List<String> prefixes)
        implements SingleInputClassifier {
    /** The type name. */
    public static final String TYPE = "geohash";
    /** The label of points in no listed prefix or learned cell. */
    public static final String OTHER = "other";

    public GeohashCells {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        prefixes = List.copyOf(prefixes);
        if (precision < 1 || precision > Geohash.MAX_PRECISION) {
            throw new IllegalArgumentException("precision must be in [1, 12], got " + precision);
        }
        for (String prefix : prefixes) {
            checkCell(prefix, precision);
        }
    }

    /**
     * Reads settings: {@code input} (required), {@code output} (default {@code geohash}), {@code precision}
     * (default 5), {@code prefixes}.
     */
    public static GeohashCells fromSettings(Map<String, Object> values) {
        Settings settings = Settings.of(TYPE, values).allowOnly("input", "output", "precision", "prefixes");
        return settings.build("prefixes", () -> new GeohashCells(
                settings.string("input"), settings.string("output", "geohash"),
                (int) settings.integer("precision", 1, Geohash.MAX_PRECISION, 5), settings.strings("prefixes",
                        List.of())));
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
        settings.put("precision", precision);
        if (!prefixes.isEmpty()) {
            settings.put("prefixes", prefixes);
        }
        return settings;
    }

    /** The configured prefixes and the other cell; empty when the cells are learned from the population. */
    @Override
    public Optional<List<String>> possibleLabels() {
        return prefixes.isEmpty() ? Optional.empty() : Optional.of(fit(List.of()).labels());
    }

    @Override
    public FittedClassifier fit(Iterable<? extends AttributeValues> population) {
        if (!prefixes.isEmpty()) {
            return withCells(prefixes, false);
        }
        Set<String> cells = new TreeSet<>();
        for (AttributeValues customer : population) {
            if (customer.get(input) instanceof GeoPoint point) {
                cells.add(Geohash.encode(point.latitude(), point.longitude(), precision));
            }
        }
        return withCells(List.copyOf(cells), true);
    }

    /** The fitted classifier for learned {@code cells} (restored from parameters). */
    FittedClassifier withCells(List<String> cells, boolean learned) {
        List<String> labels = new ArrayList<>(cells);
        labels.add(OTHER);
        Set<String> known = Set.copyOf(cells);
        return new RuleFitted(this, labels, learned ? Map.of("cells", List.copyOf(cells)) : Map.of(), customer -> GeoInputs.withPoint(customer, input, point -> {
            String hash = Geohash.encode(point.latitude(), point.longitude(), precision);
            if (learned) {
                return Label.of(known.contains(hash) ? hash : OTHER);
            }
            for (String prefix : cells) {
                if (hash.startsWith(prefix)) {
                    return Label.of(prefix);
                }
            }
            return Label.of(OTHER);
        }));
    }

    static void checkCell(String cell, int precision) {
        if (cell.isEmpty() || cell.length() > precision) {
            throw new IllegalArgumentException("geohash '" + cell + "' must have 1 to " + precision + " characters");
        }
        for (int i = 0; i < cell.length(); i++) {
            if (Geohash.ALPHABET.indexOf(cell.charAt(i)) < 0) {
                throw new IllegalArgumentException("geohash '" + cell + "' has '" + cell.charAt(i)
                        + "', not in the alphabet " + Geohash.ALPHABET);
            }
        }
    }
}
