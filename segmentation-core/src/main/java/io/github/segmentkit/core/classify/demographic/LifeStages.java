package io.github.segmentkit.core.classify.demographic;

import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.core.classify.common.RuleFitted;
import io.github.segmentkit.core.classify.common.Settings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Life stage from age, marital status and children at home, type {@value #TYPE}. The rule table of DOMAIN §3, first
 * match wins:
 * <ol>
 *   <li>age unknown → {@code unknown};</li>
 *   <li>young children at home (count &gt; 0) → {@code family_young_children};</li>
 *   <li>teenagers at home (count &gt; 0) → {@code family_teens};</li>
 *   <li>otherwise by age ({@code < youngBelow}, up to {@code olderFrom}, from {@code olderFrom} on; default 35 and
 *       55) × partnered → {@code young_single, young_couple, midlife_single, midlife_couple, older_single,
 *       older_couple}.</li>
 * </ol>
 * A marital status is partnered when it is one of {@code partnered} (default married, together, cohabiting) and
 * single when it is one of {@code single} (default single, divorced, widow, widowed, alone, separated), compared
 * case-insensitively after trimming. Anything else (the bundled personality data has {@code YOLO} and
 * {@code Absurd}), and a missing status, is {@code unknown} at step 4. A missing child count makes steps 2 and 3
 * undecidable, so it is {@code unknown} too. Both child attributes are optional: leave one out to skip its step.
 *
 * <pre>{@code
 * LifeStages stages = LifeStages.standard(AgeSource.fromAge("age"), "marital_status", "kids", "teens", "life_stage");
 * stages.fit(List.of()).apply(values);   // e.g. "midlife_couple"
 * }</pre>
 *
 * @param age               where ages come from
 * @param maritalStatus     the categorical marital-status attribute
 * @param youngChildren     the whole-number attribute counting young children at home, or null
 * @param teenagers         the whole-number attribute counting teenagers at home, or null
 * @param output            the derived attribute's name
 * @param youngBelow        ages below this are young
 * @param olderFrom         ages from this on are older; at least {@code youngBelow}
 * @param partnered         marital values meaning partnered, lower case
 * @param single            marital values meaning not partnered, lower case; disjoint from {@code partnered}
 */
public record LifeStages(AgeSource age, String maritalStatus, String youngChildren, String teenagers, String output,
        int youngBelow, int olderFrom, Set<String> partnered, Set<String> single) implements Classifier {
    /** The type name. */
    public static final String TYPE = "life-stage";
    /** The label when the rules cannot decide. */
    public static final String UNKNOWN = "unknown";
    /** Every label, in rule order. */
    public static final List<String> LABELS = List.of(UNKNOWN, "family_young_children", "family_teens",
            "young_single", "young_couple", "midlife_single", "midlife_couple", "older_single", "older_couple");
    /** The default partnered marital values. */
    public static final Set<String> PARTNERED = Set.of("married", "together", "cohabiting");
    /** The default single marital values. */
    public static final Set<String> SINGLE = Set.of("single", "divorced", "widow", "widowed", "alone", "separated");

    public LifeStages {
        Objects.requireNonNull(age, "age");
        Objects.requireNonNull(maritalStatus, "maritalStatus");
        Objects.requireNonNull(output, "output");
        partnered = normalise(partnered);
        single = normalise(single);
        if (youngBelow < 0 || olderFrom < youngBelow) {
            throw new IllegalArgumentException("need 0 <= youngBelow <= olderFrom, got " + youngBelow + " and "
                    + olderFrom);
        }
        for (String value : partnered) {
            if (single.contains(value)) {
                throw new IllegalArgumentException("'" + value + "' is both partnered and single");
            }
        }
    }

    /** The DOMAIN defaults: young below 35, older from 55, the default marital vocabularies. */
    public static LifeStages standard(AgeSource age, String maritalStatus, String youngChildren, String teenagers,
            String output) {
        return new LifeStages(age, maritalStatus, youngChildren, teenagers, output, 35, 55, PARTNERED, SINGLE);
    }

    /**
     * Reads settings: the {@link AgeSource} keys, {@code maritalStatus} (required), {@code youngChildren},
     * {@code teenagers}, {@code output} (default {@code life_stage}), {@code youngBelow}, {@code olderFrom},
     * {@code partnered}, {@code single}.
     */
    public static LifeStages fromSettings(Map<String, Object> values) {
        Settings settings = Settings.of(TYPE, values);
        List<String> keys = AgeSource.keys();
        keys.addAll(List.of("maritalStatus", "youngChildren", "teenagers", "output", "youngBelow", "olderFrom",
                "partnered", "single"));
        settings.allowOnly(keys.toArray(String[]::new));
        return settings.build("partnered", () -> new LifeStages(
                AgeSource.fromSettings(settings), settings.string("maritalStatus"),
                settings.string("youngChildren", null), settings.string("teenagers", null),
                settings.string("output", "life_stage"), settings.integer("youngBelow", 0, 200, 35),
                settings.integer("olderFrom", 0, 200, 55),
                Set.copyOf(settings.strings("partnered", List.copyOf(PARTNERED))),
                Set.copyOf(settings.strings("single", List.copyOf(SINGLE)))));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<String> inputs() {
        List<String> inputs = new ArrayList<>(List.of(age.attribute(), maritalStatus));
        if (youngChildren != null) {
            inputs.add(youngChildren);
        }
        if (teenagers != null) {
            inputs.add(teenagers);
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
        settings.put("youngBelow", youngBelow);
        settings.put("olderFrom", olderFrom);
        settings.put("partnered", List.copyOf(new TreeSet<>(partnered)));
        settings.put("single", List.copyOf(new TreeSet<>(single)));
        return settings;
    }

    @Override
    public FittedClassifier fit(Iterable<? extends AttributeValues> population) {
        return new RuleFitted(this, LABELS, this::classify);
    }

    private Label classify(AttributeValues customer) {
        AgeSource.AgeReading reading = age.read(customer);
        if (!reading.known()) {
            return Label.of(UNKNOWN);
        }
        Boolean young = anyAtHome(customer, youngChildren);
        Boolean teens = anyAtHome(customer, teenagers);
        if (young == null || teens == null) {
            return Label.of(UNKNOWN);
        }
        if (young) {
            return Label.of("family_young_children");
        }
        if (teens) {
            return Label.of("family_teens");
        }
        Object status = customer.get(maritalStatus);
        String key = status instanceof String text ? text.trim().toLowerCase(Locale.ROOT) : null;
        boolean isPartnered = key != null && partnered.contains(key);
        if (!isPartnered && (key == null || !single.contains(key))) {
            return Label.of(UNKNOWN);
        }
        String stage = reading.years() < youngBelow ? "young" : reading.years() < olderFrom ? "midlife" : "older";
        return Label.of(stage + (isPartnered ? "_couple" : "_single"));
    }

    /**
     * Whether the count in {@code attribute} is positive: false when the attribute is not configured, null when the
     * value is missing or not a number (the rule cannot be decided).
     */
    private static Boolean anyAtHome(AttributeValues customer, String attribute) {
        if (attribute == null) {
            return false;
        }
        Object value = customer.get(attribute);
        if (value instanceof Number number && !Double.isNaN(number.doubleValue())) {
            return number.doubleValue() > 0;
        }
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
