package io.github.segmentkit.classifiers.behavioral.bands;

import io.github.segmentkit.classifiers.kit.Bands;
import io.github.segmentkit.classifiers.kit.ClassifierLimits;
import io.github.segmentkit.classifiers.kit.Settings;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The configuration of the {@code engagement} classifier: a weighted sum of activity counts over the same recent
 * window (visits, email opens, clicks in the last N days; the attributes say which window), in fixed left-closed
 * bands. The defaults read {@code visits_30d}, {@code opens_30d} and {@code clicks_30d} with weights 1, 1 and 2
 * into {@code engagement}, with bands {@code inactive [0, 1)}, {@code low [1, 5)}, {@code medium [5, 15)},
 * {@code high [15, +inf)}; a missing count leaves the customer unclassified.
 *
 * <p>As data: {@code {"inputs": ["visits_30d", "opens_30d", "clicks_30d"], "weights": ["1", "1", "2"],
 * "output": "engagement", "edges": ["1", "5", "15"], "labels": ["inactive", "low", "medium", "high"],
 * "missingAsZero": false}}.
 *
 * <pre>{@code
 * EngagementConfig config = EngagementConfig.defaults().withMissingAsZero(true);
 * }</pre>
 *
 * @param inputs        the count attributes, 1..{@value ClassifierLimits#MAX_INPUTS}, distinct
 * @param weights       one non-negative weight per input
 * @param output        the derived attribute
 * @param bands         the bands over the weighted sum
 * @param missingAsZero count a missing value as 0 instead of leaving the customer unclassified
 */
public record EngagementConfig(List<String> inputs, List<BigDecimal> weights, String output, Bands bands,
        boolean missingAsZero) implements BandConfig {
    static final String TYPE = "engagement";
    private static final Bands DEFAULT_BANDS = Bands.of(List.of(1, 5, 15), List.of("inactive", "low", "medium",
            "high"));

    public EngagementConfig {
        inputs = List.copyOf(inputs);
        weights = List.copyOf(weights);
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(bands, "bands");
        if (inputs.isEmpty() || inputs.size() > ClassifierLimits.MAX_INPUTS
                || Set.copyOf(inputs).size() != inputs.size()) {
            throw new IllegalArgumentException("engagement needs 1.." + ClassifierLimits.MAX_INPUTS
                    + " distinct inputs, got " + inputs);
        }
        if (weights.size() != inputs.size()) {
            throw new IllegalArgumentException(inputs.size() + " inputs need " + inputs.size() + " weights, got "
                    + weights);
        }
        for (BigDecimal weight : weights) {
            if (weight.signum() < 0) {
                throw new IllegalArgumentException("engagement weights must not be negative, got " + weights);
            }
        }
    }

    /** The defaults described above. */
    public static EngagementConfig defaults() {
        return new EngagementConfig(List.of("visits_30d", "opens_30d", "clicks_30d"),
                List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.valueOf(2)), "engagement", DEFAULT_BANDS, false);
    }

    /** Equal weights of 1 for these inputs. */
    public EngagementConfig withInputs(List<String> attributes) {
        return new EngagementConfig(attributes, Collections.nCopies(attributes.size(), BigDecimal.ONE), output,
                bands, missingAsZero);
    }

    /** This configuration with other weights (one per input). */
    public EngagementConfig withWeights(List<BigDecimal> other) {
        return new EngagementConfig(inputs, other, output, bands, missingAsZero);
    }

    /** This configuration with other bands. */
    public EngagementConfig withBands(Bands other) {
        return new EngagementConfig(inputs, weights, output, other, missingAsZero);
    }

    /** This configuration counting missing values as 0 (or not). */
    public EngagementConfig withMissingAsZero(boolean zero) {
        return new EngagementConfig(inputs, weights, output, bands, zero);
    }

    /** The type name, {@code "engagement"}. */
    @Override
    public String type() {
        return TYPE;
    }

    /** The configuration as data. */
    @Override
    public Map<String, Object> toSettings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("inputs", inputs);
        settings.put("weights", weights.stream().map(w -> (Object) w.toPlainString()).toList());
        settings.put("output", output);
        BandSettings.write(bands, settings);
        settings.put("missingAsZero", missingAsZero);
        return settings;
    }

    /**
     * A configuration from data; absent keys take the defaults (weights default to 1 each when inputs are given).
     *
     * @throws io.github.segmentkit.api.DefinitionException naming the bad key and value
     */
    public static EngagementConfig fromSettings(Map<String, Object> data) {
        Settings settings = Settings.of(TYPE, data).allowOnly("inputs", "weights", "output", "edges", "labels",
                "missingAsZero");
        EngagementConfig defaults = defaults();
        List<String> inputs = settings.strings("inputs", defaults.inputs());
        List<BigDecimal> weights = settings.decimals("weights", settings.has("inputs")
                ? Collections.nCopies(inputs.size(), BigDecimal.ONE) : defaults.weights());
        Bands bands = BandSettings.read(settings, DEFAULT_BANDS);
        return settings.build("inputs", () -> new EngagementConfig(inputs, weights,
                settings.string("output", defaults.output()), bands, settings.bool("missingAsZero", false)));
    }
}
