package io.github.segmentkit.examples.custom;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import java.util.List;
import java.util.Map;

/**
 * A classifier written by a user of the library, outside it: loyalty tiers from a spend attribute and a tenure
 * attribute. It is plugged in only through {@code META-INF/services/io.github.segmentkit.api.classify.ClassifierProvider}
 * in this module, and then works like a built-in: by name in {@code ClassifierRegistry}, in definitions files, as
 * a derived attribute in criteria.
 *
 * <pre>{@code
 * Classifier tiers = ClassifierRegistry.create("loyalty-tier", Map.of("spend", "total_spend", "goldSpend", 1500));
 * CustomerSchema<PersonalityCustomer> labelled = schema.withClassifier(tiers.fit(List.of()));
 * Criterion gold = Attribute.ofCategorical("loyalty_tier").eq("gold");
 * }</pre>
 *
 * @param spend      the numeric attribute holding what the customer spent
 * @param silverSpend spend from which a customer is silver
 * @param goldSpend   spend from which a customer is gold
 */
public record LoyaltyTiers(String spend, long silverSpend, long goldSpend) implements Classifier, FittedClassifier {
    /** The type name this classifier is registered under. */
    public static final String TYPE = "loyalty-tier";

    public LoyaltyTiers {
        if (!(0 <= silverSpend && silverSpend <= goldSpend)) {
            throw new DefinitionException(Problem.of(null, null, "loyalty-tier: need 0 <= silverSpend <= goldSpend,"
                    + " got " + silverSpend + " and " + goldSpend));
        }
    }

    /** Reads the settings {@code spend} (attribute name), {@code silverSpend} (default 500), {@code goldSpend}. */
    public static LoyaltyTiers fromSettings(Map<String, Object> settings) {
        for (String key : settings.keySet()) {
            if (!List.of("spend", "silverSpend", "goldSpend").contains(key)) {
                throw new DefinitionException(Problem.of(null, null, "loyalty-tier: unknown setting '" + key + "'"));
            }
        }
        if (!(settings.get("spend") instanceof String spend)) {
            throw new DefinitionException(Problem.of(null, null, "loyalty-tier: 'spend' must name an attribute, got "
                    + settings.get("spend")));
        }
        return new LoyaltyTiers(spend, whole(settings, "silverSpend", 500), whole(settings, "goldSpend", 1500));
    }

    private static long whole(Map<String, Object> settings, String key, long fallback) {
        Object value = settings.getOrDefault(key, fallback);
        if (!(value instanceof Number number) || number.doubleValue() != number.longValue()) {
            throw new DefinitionException(Problem.of(null, null, "loyalty-tier: '" + key
                    + "' must be a whole number, got " + value));
        }
        return number.longValue();
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<String> inputs() {
        return List.of(spend);
    }

    @Override
    public String output() {
        return "loyalty_tier";
    }

    @Override
    public Map<String, Object> settings() {
        return Map.of("spend", spend, "silverSpend", silverSpend, "goldSpend", goldSpend);
    }

    /** Fixed thresholds: nothing to learn from the population. */
    @Override
    public FittedClassifier fit(Iterable<? extends AttributeValues> population) {
        return this;
    }

    @Override
    public Classifier classifier() {
        return this;
    }

    @Override
    public List<String> labels() {
        return List.of("bronze", "silver", "gold", Label.UNCLASSIFIED);
    }

    @Override
    public Label apply(AttributeValues customer) {
        Object value = customer.get(spend);
        if (!(value instanceof Number amount)) {
            return Label.unclassified(spend + " is missing");
        }
        double spent = amount.doubleValue();
        return Label.of(spent >= goldSpend ? "gold" : spent >= silverSpend ? "silver" : "bronze");
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of();
    }
}
