package io.github.segmentkit.classifiers.psychographic;

import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierInput;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.RuleFitted;
import io.github.segmentkit.classifiers.kit.Settings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Nearest-persona classification of Likert survey answers, type {@value #TYPE}, exactly as {@code docs/classifiers.md} ("persona") says:
 * <ol>
 *   <li>fewer than {@code minAnswered} (default 50 %) of the items answered → {@value Label#UNCLASSIFIED};</li>
 *   <li>each answer reverse-coded if its item is, then scaled to [0, 1] ({@link LikertItem#scale});</li>
 *   <li>distance to persona p over the answered items A of m items:
 *       {@code d(p) = sqrt((m / |A|) · Σ (s_i − c_pi)²)}, scikit-learn's {@code nan_euclidean_distances}, which is
 *       the plain Euclidean distance when every item is answered;</li>
 *   <li>the nearest persona wins, exact ties going to the one declared first; with {@code maxDistance} set, a
 *       customer farther than it from every persona ({@code d > maxDistance}) is unclassified.</li>
 * </ol>
 * An answer outside its item's scale is an error in the data, so that customer is unclassified with the reason.
 * No questionnaire ships with SegmentKit (VALS is proprietary): users supply the items and centroids.
 *
 * <pre>{@code
 * PersonaClassifier personas = new PersonaClassifier("persona",
 *         List.of(new LikertItem("q1", 1, 5, false), new LikertItem("q2", 1, 5, true)),
 *         List.of(new Persona("explorer", List.of(1.0, 0.0)), new Persona("homebody", List.of(0.0, 1.0))),
 *         0.5, null);
 * personas.fit(List.of()).apply(values);   // q1 = 5, q2 = 5 (reversed: 0) -> "explorer" (distance 0)
 * }</pre>
 *
 * @param output      the derived attribute's name
 * @param items       the survey items, at least one, distinct ids
 * @param personas    the personas, at least one, distinct names, each with one centroid value per item
 * @param minAnswered the least share of items answered, in (0, 1]
 * @param maxDistance the largest distance still classified, or null for no limit
 */
public record PersonaClassifier(String output, List<LikertItem> items, List<Persona> personas, double minAnswered,
        Double maxDistance) implements Classifier {
    /** The type name. */
    public static final String TYPE = "persona";

    public PersonaClassifier {
        Objects.requireNonNull(output, "output");
        items = List.copyOf(items);
        personas = List.copyOf(personas);
        if (items.isEmpty() || personas.isEmpty()) {
            throw new IllegalArgumentException("need at least one item and one persona");
        }
        Set<String> ids = new HashSet<>();
        for (LikertItem item : items) {
            if (!ids.add(item.id())) {
                throw new IllegalArgumentException("item '" + item.id() + "' is declared twice");
            }
        }
        Set<String> names = new HashSet<>();
        for (Persona persona : personas) {
            if (!names.add(persona.name()) || persona.name().equals(Label.UNCLASSIFIED)) {
                throw new IllegalArgumentException("persona '" + persona.name() + "' is declared twice or reserved");
            }
            if (persona.centroid().size() != items.size()) {
                throw new IllegalArgumentException("persona '" + persona.name() + "' has " + persona.centroid().size()
                        + " centroid values for " + items.size() + " items");
            }
        }
        if (!(minAnswered > 0 && minAnswered <= 1)) {
            throw new IllegalArgumentException("minAnswered must lie in (0, 1], got " + minAnswered);
        }
        if (maxDistance != null && !(maxDistance >= 0)) {
            throw new IllegalArgumentException("maxDistance must be non-negative, got " + maxDistance);
        }
    }

    /**
     * Reads settings: {@code output} (default {@code persona}), {@code items} (list of {@code {id, min, max,
     * reversed}}), {@code personas} (list of {@code {name, centroid}}), {@code minAnswered} (default 0.5),
     * {@code maxDistance}.
     */
    public static PersonaClassifier fromSettings(Map<String, Object> values) {
        Settings settings = Settings.of(TYPE, values)
                .allowOnly("output", "items", "personas", "minAnswered", "maxDistance");
        List<LikertItem> items = new ArrayList<>();
        for (Settings item : settings.objects("items")) {
            item.allowOnly("id", "min", "max", "reversed");
            try {
                items.add(new LikertItem(item.string("id"), item.number("min"), item.number("max"),
                        item.bool("reversed", false)));
            } catch (IllegalArgumentException e) {
                throw item.problem("max", e.getMessage());
            }
        }
        List<Persona> personas = new ArrayList<>();
        for (Settings persona : settings.objects("personas")) {
            persona.allowOnly("name", "centroid");
            try {
                personas.add(new Persona(persona.string("name"), persona.numbers("centroid", List.of())));
            } catch (IllegalArgumentException e) {
                throw persona.problem("centroid", e.getMessage());
            }
        }
        return settings.build("personas", () -> new PersonaClassifier(
                settings.string("output", "persona"), items, personas,
                settings.number("minAnswered", 0.5), settings.optionalNumber("maxDistance")));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<String> inputs() {
        return items.stream().map(LikertItem::id).toList();
    }

    /** The answers to the items, all numbers. */
    @Override
    public List<ClassifierInput> expectedInputs() {
        List<ClassifierInput> inputs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            inputs.add(ClassifierInput.numeric(items.get(i).id(), "items[" + i + "].id"));
        }
        return inputs;
    }

    @Override
    public Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("output", output);
        settings.put("items", items.stream().map(item -> Map.<String, Object>of("id", item.id(), "min", item.min(),
                "max", item.max(), "reversed", item.reversed())).toList());
        settings.put("personas", personas.stream().map(persona -> Map.<String, Object>of("name", persona.name(),
                "centroid", persona.centroid())).toList());
        settings.put("minAnswered", minAnswered);
        if (maxDistance != null) {
            settings.put("maxDistance", maxDistance);
        }
        return settings;
    }

    /** Fixed by the settings: the personas' names. */
    @Override
    public Optional<List<String>> possibleLabels() {
        return Optional.of(fit(List.of()).labels());
    }

    @Override
    public FittedClassifier fit(Iterable<? extends AttributeValues> population) {
        return new RuleFitted(this, personas.stream().map(Persona::name).toList(), this::classify);
    }

    /**
     * The scaled answers, NaN where unanswered.
     *
     * @throws IllegalArgumentException naming the item when an answer is off its scale or not a number
     */
    public double[] scaledAnswers(AttributeValues customer) {
        double[] scaled = new double[items.size()];
        for (int i = 0; i < scaled.length; i++) {
            LikertItem item = items.get(i);
            Object answer = customer.get(item.id());
            if (answer == null) {
                scaled[i] = Double.NaN;
            } else if (answer instanceof Number number) {
                scaled[i] = item.scale(number.doubleValue());
            } else {
                throw new IllegalArgumentException("item '" + item.id() + "': answer " + answer + " is not a number");
            }
        }
        return scaled;
    }

    /** The nan-Euclidean distance of scaled answers to each persona, in declaration order. */
    public double[] distances(double[] scaled) {
        int answered = 0;
        for (double s : scaled) {
            answered += Double.isNaN(s) ? 0 : 1;
        }
        double[] distances = new double[personas.size()];
        for (int p = 0; p < distances.length; p++) {
            List<Double> centroid = personas.get(p).centroid();
            double sum = 0;
            for (int i = 0; i < scaled.length; i++) {
                if (!Double.isNaN(scaled[i])) {
                    double diff = scaled[i] - centroid.get(i);
                    sum += diff * diff;
                }
            }
            distances[p] = answered == 0 ? Double.NaN : Math.sqrt((double) scaled.length / answered * sum);
        }
        return distances;
    }

    private Label classify(AttributeValues customer) {
        double[] scaled;
        try {
            scaled = scaledAnswers(customer);
        } catch (IllegalArgumentException e) {
            return Label.unclassified(e.getMessage());
        }
        int answered = 0;
        for (double s : scaled) {
            answered += Double.isNaN(s) ? 0 : 1;
        }
        if (answered == 0 || (double) answered / items.size() < minAnswered) {
            return Label.unclassified(answered + " of " + items.size() + " items answered, fewer than "
                    + minAnswered * 100 + " %");
        }
        double[] distances = distances(scaled);
        int best = 0;
        for (int p = 1; p < distances.length; p++) {
            if (distances[p] < distances[best]) {
                best = p;
            }
        }
        if (maxDistance != null && distances[best] > maxDistance) {
            return Label.unclassified("nearest persona '" + personas.get(best).name() + "' is at distance "
                    + distances[best] + ", beyond the maximum " + maxDistance);
        }
        return Label.of(personas.get(best).name());
    }
}
