package io.github.segmentkit.classifiers.demographic;

import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.Labels;
import io.github.segmentkit.classifiers.kit.RuleFitted;
import io.github.segmentkit.classifiers.kit.Settings;
import io.github.segmentkit.classifiers.kit.SingleInputClassifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Maps raw categorical values to groups, type {@value #TYPE}: for example 30 occupation titles to 6 occupation
 * groups. Keys match exactly (case, spaces and script as given, so Urdu and Telugu keys work like any other; a
 * non-text value is matched by its {@code String.valueOf} text); a value
 * with no entry goes to {@code defaultGroup}, or is {@value Label#UNCLASSIFIED} (naming the value) when there is
 * none. A missing value is always unclassified.
 *
 * <pre>{@code
 * ValueMapping occupations = new ValueMapping("job_title", "occupation_group",
 *         Map.of("Nurse", "health", "Surgeon", "health", "Welder", "trades"), "other");
 * occupations.fit(List.of()).apply(values);   // "Welder" -> "trades", "Astronaut" -> "other"
 * }</pre>
 *
 * @param input        the categorical attribute
 * @param output       the derived attribute's name
 * @param mapping      raw value to group, in a stable order (the order of its labels)
 * @param defaultGroup the group of values with no entry, or null to leave them unclassified
 */
public record ValueMapping(String input, String output, Map<String, String> mapping, String defaultGroup)
        implements SingleInputClassifier {
    /** The type name. */
    public static final String TYPE = "mapping";

    public ValueMapping {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Map<String, String> copy = new LinkedHashMap<>();
        mapping.forEach((key, group) -> copy.put(Objects.requireNonNull(key, "mapping key"),
                Objects.requireNonNull(group, () -> "group of '" + key + "'")));
        if (copy.containsValue(Label.UNCLASSIFIED) || Label.UNCLASSIFIED.equals(defaultGroup)) {
            throw new IllegalArgumentException("'" + Label.UNCLASSIFIED + "' is reserved and cannot be a group");
        }
        mapping = Collections.unmodifiableMap(copy);
    }

    /**
     * Reads settings: {@code input} (required), {@code output} (default {@code <input>_group}), {@code mapping}
     * (required object of strings), {@code default}.
     */
    public static ValueMapping fromSettings(Map<String, Object> values) {
        Settings settings = Settings.of(TYPE, values).allowOnly("input", "output", "mapping", "default");
        String input = settings.string("input");
        return settings.build("mapping", () -> new ValueMapping(
                input, settings.string("output", input + "_group"), settings.stringMap("mapping"),
                settings.string("default", null)));
    }

    @Override
    public Set<AttributeKind> inputKinds() {
        return EnumSet.of(AttributeKind.CATEGORICAL, AttributeKind.LONG, AttributeKind.BOOLEAN);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, Object> settings() {
        Map<String, Object> settings = inputOutputSettings();
        settings.put("mapping", mapping);
        if (defaultGroup != null) {
            settings.put("default", defaultGroup);
        }
        return settings;
    }

    /** The groups in order of first appearance in the mapping, then the default group. */
    public List<String> groups() {
        List<String> groups = new ArrayList<>(new java.util.LinkedHashSet<>(mapping.values()));
        if (defaultGroup != null && !groups.contains(defaultGroup)) {
            groups.add(defaultGroup);
        }
        return groups;
    }

    /** Fixed by the settings: the groups, and the default group when set. */
    @Override
    public Optional<List<String>> possibleLabels() {
        return Optional.of(fit(List.of()).labels());
    }

    @Override
    public FittedClassifier fit(Iterable<? extends AttributeValues> population) {
        return new RuleFitted(this, groups(), customer -> {
            Object value = customer.get(input);
            if (value == null) {
                return Labels.missing(input);
            }
            String group = mapping.get(String.valueOf(value));
            if (group != null) {
                return Label.of(group);
            }
            return defaultGroup != null ? Label.of(defaultGroup)
                    : Label.unclassified("no group for '" + value + "' of '" + input + "' and no default group");
        });
    }
}
