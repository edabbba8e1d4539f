package io.github.segmentkit.examples.snippets;

import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierProvider;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.examples.custom.LoyaltyTiers;
import java.util.List;
import java.util.Map;

// javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/classify/ClassifierProvider.java
public final class LoyaltyTierProvider implements ClassifierProvider {
    public String type() { return "loyalty-tier"; }
    public Classifier create(Map<String, Object> settings) { return LoyaltyTiers.fromSettings(settings); }
    public FittedClassifier restore(Map<String, Object> settings, Map<String, Object> parameters) {
        return create(settings).fit(List.of());   // fixed thresholds: nothing was learned, nothing to restore
    }
}
