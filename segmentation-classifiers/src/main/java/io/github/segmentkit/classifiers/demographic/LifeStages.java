package io.github.segmentkit.classifiers.demographic;

import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierInput;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.ClassifierLimits;
import io.github.segmentkit.classifiers.kit.Labels;
import io.github.segmentkit.classifiers.kit.RuleFitted;
import io.github.segmentkit.classifiers.kit.Settings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Life stage from age, marital status and children at home, type {@value #TYPE}, by a configurable rule table:
 * rules ({@link LifeStageRule}) are tried in order and the first that matches gives the label. The default table
 * ({@link #STANDARD_RULES}) is the one in {@code docs/classifiers.md} ("life-stage"):
 * <ol>
 *   <li>age unknown → {@value Label#UNCLASSIFIED}, with the reason;</li>
 *   <li>young children at home (count &gt; 0) → {@code family_young_children};</li>
 *   <li>teenagers at home (count &gt; 0) → {@code family_teens};</li>
 *   <li>by age (below 35, 35 to 54, from 55) × partnered → {@code young_single, young_couple, midlife_single,
 *       midlife_couple, older_single, older_couple}.</li>
 * </ol>
 * A marital status is partnered when it is one of {@code partnered} (default married, together, cohabiting) and
 * single when it is one of {@code single} (default single, divorced, widow, widowed, alone, separated), compared
 * case-insensitively after trimming. When a rule needs a fact that is unknown — a marital status that is neither
 * (the bundled personality data has {@code YOLO} and {@code Absurd}), a missing status or a missing child count —
 * the customer is {@value Label#UNCLASSIFIED}, with the reason: the table cannot say whether that rule or a later one
 * applies. So an unrecognised status with young children at home is still {@code family_young_children} (rule 2
 * decides first). No matching rule also leaves the customer unclassified. A rule labelled
 * {@value Label#UNCLASSIFIED} leaves the customers it matches unclassified, with the reason. Both child attributes
 * are optional; an attribute not configured counts as no children.
 *
 * <pre>{@code
 * LifeStages stages = LifeStages.standard(AgeSource.fromAge("age"), "marital_status", "kids", "teens", "life_stage");
 * stages.fit(List.of()).apply(values);   // e.g. "midlife_couple"
 * // as data, with a rule table of its own:
 * // {"age": "age", "maritalStatus": "marital_status", "youngChildren": "kids",
 * //  "rules": [{"label": "unclassified", "ageKnown": false}, {"label": "parent", "youngChildren": true},
 * //            {"label": "adult"}]}
 * }</pre>
 *
 * @param age           where ages come from
 * @param maritalStatus the categorical marital-status attribute
 * @param youngChildren the whole-number attribute counting young children at home, or null
 * @param teenagers     the whole-number attribute counting teenagers at home, or null
 * @param output        the derived attribute's name
 * @param rules         the rule table, in order; at most {@value ClassifierLimits#MAX_RULES}
 * @param partnered     marital values meaning partnered, lower case
 * @param single        marital values meaning not partnered, lower case; disjoint from {@code partnered}
 */
public record LifeStages(AgeSource age, String maritalStatus, String youngChildren, String teenagers, String output,
        List<LifeStageRule> rules, Set<String> partnered, Set<String> single) implements Classifier {
    /** The type name. */
    public static final String TYPE = "life-stage";
    /** The standard rule table ({@code docs/classifiers.md}, "life-stage"). */
    public static final List<LifeStageRule> STANDARD_RULES = List.of(LifeStageRule.ageUnknown(Label.UNCLASSIFIED),
            new LifeStageRule("family_young_children", null, true, null, null, null, null),
            new LifeStageRule("family_teens", null, null, true, null, null, null),
            LifeStageRule.ageAndPartnership("young_single", null, 35, false),
            LifeStageRule.ageAndPartnership("young_couple", null, 35, true),
            LifeStageRule.ageAndPartnership("midlife_single", 35, 55, false),
            LifeStageRule.ageAndPartnership("midlife_couple", 35, 55, true),
            LifeStageRule.ageAndPartnership("older_single", 55, null, false),
            LifeStageRule.ageAndPartnership("older_couple", 55, null, true));
    /** The default partnered marital values. */
    public static final Set<String> PARTNERED = Set.of("married", "together", "cohabiting");
    /** The default single marital values. */
    public static final Set<String> SINGLE = Set.of("single", "divorced", "widow", "widowed", "alone", "separated");

    public LifeStages {
        Objects.requireNonNull(age, "age");
        Objects.requireNonNull(maritalStatus, "maritalStatus");
        Objects.requireNonNull(output, "output");
        rules = List.copyOf(rules);
        partnered = normalise(partnered);
        single = normalise(single);
        if (rules.isEmpty() || rules.size() > ClassifierLimits.MAX_RULES) {
            throw new IllegalArgumentException("a rule table needs 1 to " + ClassifierLimits.MAX_RULES + " rules, got "
                    + rules.size());
        }
        for (String value : partnered) {
            if (single.contains(value)) {
                throw new IllegalArgumentException("'" + value + "' is both partnered and single");
            }
        }
    }

    /** The standard rule table and marital vocabularies. */
    public static LifeStages standard(AgeSource age, String maritalStatus, String youngChildren, String teenagers,
            String output) {
        return new LifeStages(age, maritalStatus, youngChildren, teenagers, output, STANDARD_RULES, PARTNERED,
                SINGLE);
    }

    /**
     * Reads settings: the {@link AgeSource} keys, {@code maritalStatus} (required), {@code youngChildren},
     * {@code teenagers}, {@code output} (default {@code life_stage}), {@code rules} (list of rule objects with
     * {@code label} and any of {@code ageKnown, youngChildren, teenagers, ageFrom, ageBelow, partnered}; default the
     * standard table), {@code partnered}, {@code single}.
     */
    public static LifeStages fromSettings(Map<String, Object> values) {
        Settings settings = Settings.of(TYPE, values);
        List<String> keys = AgeSource.keys();
        keys.addAll(List.of("maritalStatus", "youngChildren", "teenagers", "output", "rules", "partnered",
                "single"));
        settings.allowOnly(keys.toArray(String[]::new));
        List<LifeStageRule> rules = settings.has("rules")
                ? settings.objects("rules").stream().map(LifeStageRule::fromSettings).toList() : STANDARD_RULES;
        return settings.build("rules", () -> new LifeStages(AgeSource.fromSettings(settings),
                settings.string("maritalStatus"), settings.string("youngChildren", null),
                settings.string("teenagers", null), settings.string("output", "life_stage"), rules,
                Set.copyOf(settings.strings("partnered", List.copyOf(PARTNERED))),
                Set.copyOf(settings.strings("single", List.copyOf(SINGLE)))));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<String> inputs() {
        return expectedInputs().stream().map(ClassifierInput::attribute).toList();
    }

    /** The age source's input, the marital status (categorical) and the counts of children (numbers). */
    @Override
    public List<ClassifierInput> expectedInputs() {
        List<ClassifierInput> inputs = new ArrayList<>(List.of(age.expectedInput(),
                ClassifierInput.of(maritalStatus, "maritalStatus", AttributeKind.CATEGORICAL)));
        if (youngChildren != null) {
            inputs.add(ClassifierInput.numeric(youngChildren, "youngChildren"));
        }
        if (teenagers != null) {
            inputs.add(ClassifierInput.numeric(teenagers, "teenagers"));
        }
        return inputs;
    }

    @Override
    public Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        age.addTo(settings);
        settings.put("maritalStatus", maritalStatus);
        if (youngChildren != null) {
            settings.put("youngChildren", youngChildren);
        }
        if (teenagers != null) {
            settings.put("teenagers", teenagers);
        }
        settings.put("output", output);
        settings.put("rules", rules.stream().map(LifeStageRule::toSettings).toList());
        settings.put("partnered", List.copyOf(new TreeSet<>(partnered)));
        settings.put("single", List.copyOf(new TreeSet<>(single)));
        return settings;
    }

    /** Fixed by the settings: the life stages. */
    @Override
    public Optional<List<String>> possibleLabels() {
        return Optional.of(fit(List.of()).labels());
    }

    @Override
    public FittedClassifier fit(Iterable<? extends AttributeValues> population) {
        return new RuleFitted(this, rules.stream().map(LifeStageRule::label).toList(), this::classify);
    }

    private Label classify(AttributeValues customer) {
        List<String> unknownFacts = new ArrayList<>();
        AgeSource.AgeReading reading = age.read(customer);
        Long years = reading.known() ? reading.years() : null;
        if (!reading.known()) {
            unknownFacts.add(reading.problem());
        }
        Boolean young = anyAtHome(customer, youngChildren, unknownFacts);
        Boolean teens = anyAtHome(customer, teenagers, unknownFacts);
        Boolean isPartnered = partnership(customer, unknownFacts);
        for (LifeStageRule rule : rules) {
            Boolean matches = rule.matches(years, young, teens, isPartnered);
            if (matches == null) {
                return Label.unclassified("life-stage rule '" + rule.label() + "' cannot be decided: "
                        + String.join("; ", unknownFacts));
            }
            if (matches) {
                return rule.label().equals(Label.UNCLASSIFIED)
                        ? Label.unclassified(unknownFacts.isEmpty() ? "a life-stage rule leaves it unclassified"
                                : String.join("; ", unknownFacts))
                        : Label.of(rule.label());
            }
        }
        return Label.unclassified("no life-stage rule matches");
    }

    /** Whether the marital status is partnered, or null (with the reason added) when it is missing or unknown. */
    private Boolean partnership(AttributeValues customer, List<String> unknownFacts) {
        Object status = customer.get(maritalStatus);
        if (status == null) {
            unknownFacts.add(Labels.missingReason(maritalStatus));
            return null;
        }
        String key = String.valueOf(status).trim().toLowerCase(Locale.ROOT);
        if (partnered.contains(key) || single.contains(key)) {
            return partnered.contains(key);
        }
        unknownFacts.add("'" + maritalStatus + "' value '" + status + "' is neither partnered nor single");
        return null;
    }

    /**
     * Whether the count in {@code attribute} is positive: false when the attribute is not configured, null (with the
     * reason added) when the value is missing or not a number, so the rule cannot be decided.
     */
    private static Boolean anyAtHome(AttributeValues customer, String attribute, List<String> unknownFacts) {
        if (attribute == null) {
            return false;
        }
        Object value = customer.get(attribute);
        if (value instanceof Number number && !Double.isNaN(number.doubleValue())) {
            return number.doubleValue() > 0;
        }
        unknownFacts.add(value == null || value instanceof Number ? Labels.missingReason(attribute)
                : Labels.wrongTypeReason(attribute, value, "a number"));
        return null;
    }

    private static Set<String> normalise(Set<String> values) {
        Set<String> result = new TreeSet<>();
        for (String value : values) {
            result.add(value.trim().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(result);
    }
}
