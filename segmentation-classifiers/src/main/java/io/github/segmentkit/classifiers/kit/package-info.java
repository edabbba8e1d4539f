/**
 * The classifier kit: the one set of building blocks every classifier uses, built-in or a user's. It is also the
 * one way to write a classifier ({@code docs/classifiers.md}, "Writing your own classifier"):
 * <ol>
 *   <li>a record implementing {@link io.github.segmentkit.api.classify.Classifier} (or
 *       {@link SingleInputClassifier} when it reads one attribute), with a static {@code fromSettings(Map)} that
 *       reads its settings through {@link Settings} and a {@code settings()} that writes the same keys back;</li>
 *   <li>{@code fit} returns a {@link RuleFitted} (a rule, with any learned values as its parameters) or its own
 *       {@link io.github.segmentkit.api.classify.FittedClassifier} whose {@code parameters()} go through
 *       {@link FittedParameters#of}, so they carry the format version;</li>
 *   <li>a customer whose input is missing or unusable is {@code Label.unclassified(reason)} ({@link Labels},
 *       {@link NumericReading}), never an ordinary label;</li>
 *   <li>a provider extending {@link AbstractClassifierProvider}, overriding {@code restore(classifier, parameters)}
 *       only when the fit learns something, listed in
 *       {@code META-INF/services/io.github.segmentkit.api.classify.ClassifierProvider}.</li>
 * </ol>
 * Bands are {@link Bands}, population quantiles {@link QuantileEdges}, and every size limit is in
 * {@link ClassifierLimits}.
 *
 * <pre>{@code
 * public record LoyaltyTiers(String spend, long silverSpend, long goldSpend) implements Classifier {
 *     public static LoyaltyTiers fromSettings(Map<String, Object> values) {
 *         Settings settings = Settings.of("loyalty-tier", values).allowOnly("spend", "silverSpend", "goldSpend");
 *         return settings.build("goldSpend", () -> new LoyaltyTiers(settings.string("spend"),
 *                 settings.integer("silverSpend", 0, Long.MAX_VALUE, 500),
 *                 settings.integer("goldSpend", 0, Long.MAX_VALUE, 1500)));
 *     }
 *
 *     public FittedClassifier fit(Iterable<? extends AttributeValues> population) {
 *         Bands tiers = Bands.of(List.of(silverSpend, goldSpend), List.of("bronze", "silver", "gold"));
 *         return new RuleFitted(this, tiers.labels(), customer -> {
 *             NumericReading spent = NumericReading.of(customer, spend);
 *             return spent.isPresent() ? Label.of(tiers.label(spent.value())) : spent.unclassified();
 *         });
 *     }
 *     public String type() { return "loyalty-tier"; }
 *     public List<String> inputs() { return List.of(spend); }
 *     public String output() { return "loyalty_tier"; }
 *     public Map<String, Object> settings() {
 *         return Map.of("spend", spend, "silverSpend", silverSpend, "goldSpend", goldSpend);
 *     }
 * }
 *
 * public final class LoyaltyTierProvider extends AbstractClassifierProvider<LoyaltyTiers> {
 *     public LoyaltyTierProvider() { super("loyalty-tier", LoyaltyTiers::fromSettings); }
 * }
 * }</pre>
 */
package io.github.segmentkit.classifiers.kit;
