package io.github.segmentkit.examples.snippets;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.Problem;
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
        // fixed thresholds learn nothing: the parameters hold only the format version, 1
        Object version = parameters.get("formatVersion");
        if (parameters.size() != 1 || !(version instanceof Number number) || number.longValue() != 1) {
            throw new DefinitionException(Problem.of(null, null, "cannot restore loyalty-tier from " + parameters));
        }
        return create(settings).fit(List.of());
    }
}
