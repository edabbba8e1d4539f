package io.github.segmentkit.classifiers.behavioral.bands;

import io.github.segmentkit.classifiers.kit.Bands;
import io.github.segmentkit.classifiers.kit.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The configuration of the {@code purchase-frequency} classifier: bands over a count of orders in a period. The
 * defaults read {@code orders_12m} (orders in the last 12 months) into {@code purchase_frequency} with bands
 * {@code none [0, 1)}, {@code one_time [1, 2)}, {@code occasional [2, 4)}, {@code regular [4, 12)},
 * {@code frequent [12, +inf)}.
 *
 * <p>As data: {@code {"input": "orders_12m", "output": "purchase_frequency", "edges": ["1", "2", "4", "12"],
 * "labels": ["none", "one_time", "occasional", "regular", "frequent"]}}.
 *
 * <pre>{@code
 * PurchaseFrequencyConfig config = PurchaseFrequencyConfig.defaults().withInput("orders_per_year");
 * }</pre>
 *
 * @param input  the attribute holding the order count (a number &ge; 0)
 * @param output the derived attribute
 * @param bands  the bands
 */
public record PurchaseFrequencyConfig(String input, String output, Bands bands) implements BandConfig {
    static final String TYPE = "purchase-frequency";
    private static final Bands DEFAULT_BANDS = Bands.of(List.of(1, 2, 4, 12),
            List.of("none", "one_time", "occasional", "regular", "frequent"));

    public PurchaseFrequencyConfig {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(bands, "bands");
    }

    /** The defaults described above. */
    public static PurchaseFrequencyConfig defaults() {
        return new PurchaseFrequencyConfig("orders_12m", "purchase_frequency", DEFAULT_BANDS);
    }

    /** This configuration reading another attribute. */
    public PurchaseFrequencyConfig withInput(String attribute) {
        return new PurchaseFrequencyConfig(attribute, output, bands);
    }

    /** This configuration with other bands. */
    public PurchaseFrequencyConfig withBands(Bands other) {
        return new PurchaseFrequencyConfig(input, output, other);
    }

    /** The type name, {@code "purchase-frequency"}. */
    @Override
    public String type() {
        return TYPE;
    }

    /** The attribute read, as a list. */
    @Override
    public List<String> inputs() {
        return List.of(input);
    }

    @Override
    public String inputsSetting() {
        return "input";
    }

    /** The configuration as data. */
    @Override
    public Map<String, Object> toSettings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("input", input);
        settings.put("output", output);
        BandSettings.write(bands, settings);
        return settings;
    }

    /**
     * A configuration from data; absent keys take the defaults ({@code edges} and {@code labels} go together).
     *
     * @throws io.github.segmentkit.api.DefinitionException naming the bad key and value
     */
    public static PurchaseFrequencyConfig fromSettings(Map<String, Object> data) {
        Settings settings = Settings.of(TYPE, data).allowOnly("input", "output", "edges", "labels");
        PurchaseFrequencyConfig defaults = defaults();
        return new PurchaseFrequencyConfig(settings.string("input", defaults.input()),
                settings.string("output", defaults.output()), BandSettings.read(settings, DEFAULT_BANDS));
    }
}
