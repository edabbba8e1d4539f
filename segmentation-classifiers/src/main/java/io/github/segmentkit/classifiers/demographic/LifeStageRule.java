package io.github.segmentkit.classifiers.demographic;

import io.github.segmentkit.classifiers.kit.Settings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a life-stage rule table: a label and the conditions under which it applies. A null condition does not
 * matter. Rules are tried in order and the first that matches wins ({@link LifeStages}).
 *
 * <pre>{@code
 * LifeStageRule youngCouple = new LifeStageRule("young_couple", null, null, null, null, 35, true);
 * }</pre>
 *
 * @param label         the life stage this rule gives
 * @param ageKnown      whether the age must be known (true) or unknown (false)
 * @param youngChildren whether young children must be at home (count &gt; 0) or not
 * @param teenagers     whether teenagers must be at home or not
 * @param ageFrom       the least age, inclusive
 * @param ageBelow      the age the customer must be below, exclusive
 * @param partnered     whether the marital status must be partnered (true) or single (false)
 */
public record LifeStageRule(String label, Boolean ageKnown, Boolean youngChildren, Boolean teenagers, Integer ageFrom,
        Integer ageBelow, Boolean partnered) {
    public LifeStageRule {
        Objects.requireNonNull(label, "label");
        boolean ageBounded = ageFrom != null || ageBelow != null;
        if (Boolean.FALSE.equals(ageKnown) && ageBounded) {
            throw new IllegalArgumentException("rule '" + label + "' bounds the age of customers whose age is unknown");
        }
        if (ageFrom != null && ageBelow != null && ageFrom >= ageBelow) {
            throw new IllegalArgumentException("rule '" + label + "': ageFrom " + ageFrom + " is not below ageBelow "
                    + ageBelow);
        }
    }

    /** A rule matching customers whose age is unknown. */
    static LifeStageRule ageUnknown(String label) {
        return new LifeStageRule(label, false, null, null, null, null, null);
    }

    /** A rule on an age range (either bound may be null) and partnership. */
    static LifeStageRule ageAndPartnership(String label, Integer ageFrom, Integer ageBelow, boolean partnered) {
        return new LifeStageRule(label, null, null, null, ageFrom, ageBelow, partnered);
    }

    /**
     * Whether the rule matches: TRUE, FALSE, or null when a condition it sets depends on a fact that is unknown
     * (missing child count, unrecognised marital status; an unknown age only decides {@code ageKnown}).
     */
    Boolean matches(Long age, Boolean hasYoungChildren, Boolean hasTeenagers, Boolean isPartnered) {
        if (ageKnown != null && ageKnown != (age != null)) {
            return false;
        }
        if (ageFrom != null || ageBelow != null) {
            if (age == null) {
                return false;
            }
            if (ageFrom != null && age < ageFrom || ageBelow != null && age >= ageBelow) {
                return false;
            }
        }
        Boolean result = true;
        for (Boolean[] condition : new Boolean[][] {{youngChildren, hasYoungChildren}, {teenagers, hasTeenagers},
            {partnered, isPartnered}}) {
            if (condition[0] == null) {
                continue;
            }
            if (condition[1] == null) {
                result = null;
            } else if (!condition[0].equals(condition[1])) {
                return false;
            }
        }
        return result;
    }

    /** Reads one rule from settings. */
    static LifeStageRule fromSettings(Settings rule) {
        rule.allowOnly("label", "ageKnown", "youngChildren", "teenagers", "ageFrom", "ageBelow", "partnered");
        return rule.build("label", () -> new LifeStageRule(rule.string("label"), rule.optionalBool("ageKnown"),
                rule.optionalBool("youngChildren"), rule.optionalBool("teenagers"),
                rule.has("ageFrom") ? (int) rule.integer("ageFrom", 0, 200) : null,
                rule.has("ageBelow") ? (int) rule.integer("ageBelow", 0, 200) : null, rule.optionalBool("partnered")));
    }


    /** The rule as settings data, leaving out the conditions that do not matter. */
    Map<String, Object> toSettings() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("label", label);
        putIfSet(data, "ageKnown", ageKnown);
        putIfSet(data, "youngChildren", youngChildren);
        putIfSet(data, "teenagers", teenagers);
        putIfSet(data, "ageFrom", ageFrom);
        putIfSet(data, "ageBelow", ageBelow);
        putIfSet(data, "partnered", partnered);
        return data;
    }

    private static void putIfSet(Map<String, Object> data, String key, Object value) {
        if (value != null) {
            data.put(key, value);
        }
    }
}
