package io.github.segmentkit.classifiers.psychographic;

import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierInput;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.Labels;
import io.github.segmentkit.classifiers.kit.RuleFitted;
import io.github.segmentkit.classifiers.kit.Settings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Interest-tag scoring, type {@value #TYPE}: each profile scores {@code Σ weight(tag) · strength(tag)} ({@code docs/classifiers.md}, "interest-score");
 * the highest score strictly above {@code threshold} wins, exact ties going to the profile declared first. Tag
 * strengths come from a tags attribute (a tag present has strength 1, tags compared exactly) and, optionally, from
 * numeric attributes per tag holding a strength in [0, 1] (which then overrides presence). No score above the
 * threshold, a missing tags attribute or a strength off [0, 1] gives {@value Label#UNCLASSIFIED} with the reason.
 *
 * <pre>{@code
 * InterestScoring interests = new InterestScoring("interests", Map.of(), "interest_persona",
 *         List.of(new InterestProfile("outdoors", Map.of("hiking", 1.0)),
 *                 new InterestProfile("culture", Map.of("museums", 1.0))), 0.0);
 * interests.fit(List.of()).apply(values);   // interests = {hiking} -> "outdoors"
 * }</pre>
 *
 * @param input          the tags attribute, or null when only strength attributes are used
 * @param strengthInputs tag → numeric attribute holding that tag's strength in [0, 1]; may be empty
 * @param output         the derived attribute's name
 * @param profiles       the profiles, at least one, distinct names
 * @param threshold      a score must be strictly above this to win
 */
public record InterestScoring(String input, Map<String, String> strengthInputs, String output,
        List<InterestProfile> profiles, double threshold) implements Classifier {
    /** The type name. */
    public static final String TYPE = "interest-score";

    public InterestScoring {
        strengthInputs = Map.copyOf(new LinkedHashMap<>(strengthInputs));
        Objects.requireNonNull(output, "output");
        profiles = List.copyOf(profiles);
        if (input == null && strengthInputs.isEmpty()) {
            throw new IllegalArgumentException("need a tags input or strength inputs");
        }
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("need at least one profile");
        }
        Set<String> names = new HashSet<>();
        for (InterestProfile profile : profiles) {
            if (!names.add(profile.name()) || profile.name().equals(Label.UNCLASSIFIED)) {
                throw new IllegalArgumentException("profile '" + profile.name() + "' is declared twice or reserved");
            }
        }
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("threshold must be finite, got " + threshold);
        }
    }

    /**
     * Reads settings: {@code input}, {@code strengthInputs} (object tag → attribute), {@code output} (default
     * {@code interest_profile}), {@code profiles} (list of {@code {name, weights}}), {@code threshold} (default 0).
     */
    public static InterestScoring fromSettings(Map<String, Object> values) {
        Settings settings = Settings.of(TYPE, values)
                .allowOnly("input", "strengthInputs", "output", "profiles", "threshold");
        List<InterestProfile> profiles = new ArrayList<>();
        for (Settings profile : settings.objects("profiles")) {
            profile.allowOnly("name", "weights");
            profiles.add(new InterestProfile(profile.string("name"), profile.numberMap("weights")));
        }
        return settings.build("profiles", () -> new InterestScoring(
                settings.string("input", null), settings.stringMapOrEmpty("strengthInputs"),
                settings.string("output", "interest_profile"), profiles, settings.number("threshold", 0)));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<String> inputs() {
        return expectedInputs().stream().map(ClassifierInput::attribute).toList();
    }

    /** The tags attribute, then the strength attributes (numbers) in name order. */
    @Override
    public List<ClassifierInput> expectedInputs() {
        List<ClassifierInput> inputs = new ArrayList<>();
        if (input != null) {
            inputs.add(ClassifierInput.of(input, "input", AttributeKind.TAGS));
        }
        strengthInputs.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(tag -> inputs.add(ClassifierInput.numeric(tag.getValue(), "strengthInputs." + tag.getKey())));
        return inputs;
    }

    @Override
    public Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        if (input != null) {
            settings.put("input", input);
        }
        if (!strengthInputs.isEmpty()) {
            settings.put("strengthInputs", strengthInputs);
        }
        settings.put("output", output);
        settings.put("profiles", profiles.stream().map(profile -> Map.<String, Object>of("name", profile.name(),
                "weights", profile.weights())).toList());
        settings.put("threshold", threshold);
        return settings;
    }

    /** Fixed by the settings: the interest profiles' names. */
    @Override
    public Optional<List<String>> possibleLabels() {
        return Optional.of(fit(List.of()).labels());
    }

    @Override
    public FittedClassifier fit(Iterable<? extends AttributeValues> population) {
        return new RuleFitted(this, profiles.stream().map(InterestProfile::name).toList(), this::classify);
    }

    private Label classify(AttributeValues customer) {
        Map<String, Double> strengths = new HashMap<>();
        if (input != null) {
            Object tags = customer.get(input);
            if (tags == null) {
                return Labels.missing(input);
            }
            if (!(tags instanceof Collection<?> collection)) {
                return Labels.wrongType(input, tags, "tags");
            }
            for (Object tag : collection) {
                strengths.put(String.valueOf(tag), 1.0);
            }
        }
        for (Map.Entry<String, String> entry : strengthInputs.entrySet()) {
            Object value = customer.get(entry.getValue());
            if (value == null) {
                continue;
            }
            if (!(value instanceof Number number) || !(number.doubleValue() >= 0 && number.doubleValue() <= 1)) {
                return Label.unclassified("strength of '" + entry.getKey() + "' in '" + entry.getValue() + "' is "
                        + value + ", not in [0, 1]");
            }
            strengths.put(entry.getKey(), number.doubleValue());
        }
        int best = -1;
        double bestScore = threshold;
        for (int p = 0; p < profiles.size(); p++) {
            double score = profiles.get(p).score(strengths);
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        if (best < 0) {
            return Label.unclassified("no profile scores above the threshold " + threshold);
        }
        return Label.of(profiles.get(best).name());
    }
}
