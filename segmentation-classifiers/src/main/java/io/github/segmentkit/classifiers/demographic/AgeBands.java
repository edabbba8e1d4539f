package io.github.segmentkit.classifiers.demographic;

import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierInput;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.Bands;
import io.github.segmentkit.classifiers.kit.RuleFitted;
import io.github.segmentkit.classifiers.kit.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Age bands, type {@value #TYPE}: by default the Google Ads {@code AgeRangeType} brackets {@code 18-24, 25-34,
 * 35-44, 45-54, 55-64, 65+}, with {@code under_18} below them (Google has no band there). A missing age, a birth
 * date after the reference date, a negative age or a value of the wrong type is {@value Label#UNCLASSIFIED}, with
 * the reason (the one rule for missing input, {@code docs/classifiers.md}). Custom edges are whole-number lower
 * bounds.
 *
 * <pre>{@code
 * AgeBands bands = AgeBands.google(AgeSource.fromBirthDate("birth_date", LocalDate.of(2024, 3, 31)), "age_band");
 * FittedClassifier fitted = bands.fit(List.of());           // nothing to learn
 * fitted.apply(schema.values(customer));                     // e.g. "25-34"
 * // as data: {"output": "age_band", "birthDate": "birth_date", "referenceDate": "2024-03-31",
 * //           "edges": [18, 25, 35, 45, 55, 65]}
 * }</pre>
 *
 * @param source where ages come from
 * @param output the derived attribute's name
 * @param edges  strictly ascending non-negative whole-number lower bounds of the bands
 */
public record AgeBands(AgeSource source, String output, List<Double> edges) implements Classifier {
    /** The type name. */
    public static final String TYPE = "age-band";
    /** The Google Ads bracket lower bounds. */
    public static final List<Double> GOOGLE_EDGES = List.of(18.0, 25.0, 35.0, 45.0, 55.0, 65.0);

    public AgeBands {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(output, "output");
        edges = List.copyOf(edges);
        for (double edge : edges) {
            if (edge < 0 || edge != Math.rint(edge)) {
                throw new IllegalArgumentException("age edges must be non-negative whole numbers: " + edges);
            }
        }
        Bands.of(edges, Bands.wholeNumberLabels(edges, "x"));   // checks the order
    }

    /** The Google Ads brackets. */
    public static AgeBands google(AgeSource source, String output) {
        return new AgeBands(source, output, GOOGLE_EDGES);
    }

    /** Reads settings: {@code output} (default {@code age_band}), the {@link AgeSource} keys, {@code edges}. */
    public static AgeBands fromSettings(Map<String, Object> values) {
        Settings settings = Settings.of(TYPE, values);
        List<String> keys = AgeSource.keys();
        keys.addAll(List.of("output", "edges"));
        settings.allowOnly(keys.toArray(String[]::new));
        return settings.build("edges", () -> new AgeBands(
                AgeSource.fromSettings(settings), settings.string("output", "age_band"),
                settings.numbers("edges", GOOGLE_EDGES)));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<String> inputs() {
        return List.of(source.attribute());
    }

    @Override
    public List<ClassifierInput> expectedInputs() {
        return List.of(source.expectedInput());
    }

    @Override
    public Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("output", output);
        source.addTo(settings);
        settings.put("edges", edges);
        return settings;
    }

    /** The bands, with {@code under_<first edge>} below the first. */
    public Bands bands() {
        return Bands.of(edges, Bands.wholeNumberLabels(edges, "under_" + Bands.format(edges.get(0))));
    }

    /** Fixed by the settings: the age bands. */
    @Override
    public Optional<List<String>> possibleLabels() {
        return Optional.of(fit(List.of()).labels());
    }

    @Override
    public FittedClassifier fit(Iterable<? extends AttributeValues> population) {
        Bands bands = bands();
        return new RuleFitted(this, bands.labels(), customer -> {
            AgeSource.AgeReading age = source.read(customer);
            return age.known() ? Label.of(bands.label(age.years())) : Label.unclassified(age.problem());
        });
    }
}
