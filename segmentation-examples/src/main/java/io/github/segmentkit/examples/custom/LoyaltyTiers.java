package io.github.segmentkit.examples.custom;

import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierInput;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.Bands;
import io.github.segmentkit.classifiers.kit.NumericReading;
import io.github.segmentkit.classifiers.kit.RuleFitted;
import io.github.segmentkit.classifiers.kit.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A classifier written by a user of the library, outside it, with the classifier kit
 * ({@code io.github.segmentkit.classifiers.kit}): loyalty tiers from a spend attribute. It is plugged in only
 * through {@code META-INF/services/io.github.segmentkit.api.classify.ClassifierProvider} in this module, and then
 * works like a built-in: by name in {@code ClassifierRegistry}, in definitions files, as a derived attribute in
 * criteria. A customer whose spend is missing is unclassified, with the reason.
 *
 * <pre>{@code
 * Classifier tiers = ClassifierRegistry.create("loyalty-tier", Map.of("spend", "total_spend", "goldSpend", 1500));
 * CustomerSchema<PersonalityCustomer> labelled = schema.withClassifier(tiers.fit(List.of()));
 * Criterion gold = tiers.outputAttribute().eq("gold");
 * }</pre>
 *
 * @param spend       the numeric attribute holding what the customer spent
 * @param silverSpend spend from which a customer is silver
 * @param goldSpend   spend from which a customer is gold, above {@code silverSpend}
 */
public record LoyaltyTiers(String spend, long silverSpend, long goldSpend) implements Classifier {
    /** The type name this classifier is registered under. */
    public static final String TYPE = "loyalty-tier";

    public LoyaltyTiers {
        tiers(silverSpend, goldSpend);   // checks 0 <= silverSpend < goldSpend
    }

    /**
     * Reads the settings {@code spend} (attribute name, required), {@code silverSpend} (default 500),
     * {@code goldSpend} (default 1500).
     *
     * @throws io.github.segmentkit.api.DefinitionException naming the bad setting and value
     */
    public static LoyaltyTiers fromSettings(Map<String, Object> values) {
        Settings settings = Settings.of(TYPE, values).allowOnly("spend", "silverSpend", "goldSpend");
        return settings.build("goldSpend", () -> new LoyaltyTiers(settings.string("spend"),
                settings.integer("silverSpend", 0, Long.MAX_VALUE, 500),
                settings.integer("goldSpend", 0, Long.MAX_VALUE, 1500)));
    }

    private static Bands tiers(long silverSpend, long goldSpend) {
        if (silverSpend < 0) {
            throw new IllegalArgumentException("silverSpend must not be negative, was " + silverSpend);
        }
        return Bands.of(List.of(silverSpend, goldSpend), List.of("bronze", "silver", "gold"));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<String> inputs() {
        return List.of(spend);
    }

    /** The spend is a number: {@code withClassifier} refuses a schema where it is not. */
    @Override
    public List<ClassifierInput> expectedInputs() {
        return List.of(ClassifierInput.numeric(spend, "spend"));
    }

    @Override
    public String output() {
        return "loyalty_tier";
    }

    @Override
    public Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("spend", spend);
        settings.put("silverSpend", silverSpend);
        settings.put("goldSpend", goldSpend);
        return settings;
    }

    /** Fixed thresholds: nothing to learn from the population. */
    @Override
    public FittedClassifier fit(Iterable<? extends AttributeValues> population) {
        Bands tiers = tiers(silverSpend, goldSpend);
        return new RuleFitted(this, tiers.labels(), customer -> {
            NumericReading spent = NumericReading.of(customer, spend);
            return spent.isPresent() ? Label.of(tiers.label(spent.value())) : spent.unclassified();
        });
    }
}
