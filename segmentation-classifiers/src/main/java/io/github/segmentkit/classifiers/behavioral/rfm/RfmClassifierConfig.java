package io.github.segmentkit.classifiers.behavioral.rfm;

import io.github.segmentkit.classifiers.kit.Settings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The configuration of the {@code rfm} classifier, which scores customers from three per-customer metric
 * attributes (recency in whole days, frequency as distinct invoices, monetary as total spend). Defaults: attributes
 * {@code recency}, {@code frequency}, {@code monetary}; output {@code rfm_segment}; the canonical map; label
 * {@link RfmLabel#SEGMENT}; duplicate edges tolerated.
 *
 * <p>As data ({@link #toSettings()}):
 * <pre>{@code
 * {"recency": "recency", "frequency": "frequency", "monetary": "monetary", "output": "rfm_segment",
 *  "label": "segment", "strictEdges": false,
 *  "segmentMap": "canonical"            // or "pandas-tutorial", "rfm-package", or
 *  // {"rules": [{"segment": "vip", "r": [4, 5], "f": [4, 5], "m": [4, 5]}], "fallback": "others"}
 * }
 * }</pre>
 *
 * @param recency     the recency attribute (whole days)
 * @param frequency   the frequency attribute (whole number &ge; 1)
 * @param monetary    the monetary attribute (&gt; 0)
 * @param output      the derived attribute holding the label
 * @param segmentMap  how scores are named
 * @param label       which part of the result is the label
 * @param strictEdges raise {@link DuplicateQuantileEdgesException} on duplicate edges instead of warning
 */
public record RfmClassifierConfig(String recency, String frequency, String monetary, String output,
        RfmSegmentMap segmentMap, RfmLabel label, boolean strictEdges) {
    static final String TYPE = "rfm";
    private static final Set<String> KEYS = Set.of("recency", "frequency", "monetary", "output", "segmentMap",
            "label", "strictEdges");

    public RfmClassifierConfig {
        Objects.requireNonNull(recency, "recency");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(monetary, "monetary");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(segmentMap, "segmentMap");
        Objects.requireNonNull(label, "label");
    }

    /** The defaults described above. */
    public static RfmClassifierConfig defaults() {
        return new RfmClassifierConfig("recency", "frequency", "monetary", "rfm_segment", RfmSegmentMap.canonical(),
                RfmLabel.SEGMENT, false);
    }

    /** This configuration with another output attribute name. */
    public RfmClassifierConfig withOutput(String name) {
        return new RfmClassifierConfig(recency, frequency, monetary, name, segmentMap, label, strictEdges);
    }

    /** This configuration with another label kind. */
    public RfmClassifierConfig withLabel(RfmLabel kind) {
        return new RfmClassifierConfig(recency, frequency, monetary, output, segmentMap, kind, strictEdges);
    }

    /** This configuration with another segment map. */
    public RfmClassifierConfig withSegmentMap(RfmSegmentMap map) {
        return new RfmClassifierConfig(recency, frequency, monetary, output, map, label, strictEdges);
    }

    /** This configuration with other input attribute names. */
    public RfmClassifierConfig withInputs(String recencyAttribute, String frequencyAttribute,
            String monetaryAttribute) {
        return new RfmClassifierConfig(recencyAttribute, frequencyAttribute, monetaryAttribute, output, segmentMap,
                label, strictEdges);
    }

    /** This configuration with strict (or lenient) duplicate-edge handling. */
    public RfmClassifierConfig withStrictEdges(boolean strict) {
        return new RfmClassifierConfig(recency, frequency, monetary, output, segmentMap, label, strict);
    }

    /** The attributes read: recency, frequency, monetary. */
    public List<String> inputs() {
        return List.of(recency, frequency, monetary);
    }

    /** The configuration as data; {@link #fromSettings} reads it back. */
    public Map<String, Object> toSettings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("recency", recency);
        settings.put("frequency", frequency);
        settings.put("monetary", monetary);
        settings.put("output", output);
        settings.put("label", label.key());
        settings.put("strictEdges", strictEdges);
        settings.put("segmentMap", mapToData(segmentMap));
        return settings;
    }

    /**
     * A configuration from data; absent keys take the defaults.
     *
     * @throws io.github.segmentkit.api.DefinitionException naming the bad key and value
     */
    public static RfmClassifierConfig fromSettings(Map<String, Object> data) {
        Settings settings = Settings.of(TYPE, data).allowOnly(KEYS);
        RfmClassifierConfig defaults = defaults();
        String labelKey = settings.string("label", defaults.label().key());
        RfmLabel label = RfmLabel.fromKey(labelKey).orElseThrow(() -> settings.problem("label",
                "must be one of segment, score, r, f, m, was '" + labelKey + "'"));
        return new RfmClassifierConfig(settings.string("recency", defaults.recency()),
                settings.string("frequency", defaults.frequency()), settings.string("monetary", defaults.monetary()),
                settings.string("output", defaults.output()), mapFromData(settings), label,
                settings.bool("strictEdges", false));
    }

    private static Object mapToData(RfmSegmentMap map) {
        if (!map.name().equals(RfmSegmentMap.CUSTOM)) {
            return map.name();
        }
        List<Object> rules = new ArrayList<>();
        for (RfmSegmentRule rule : map.rules()) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("segment", rule.segment());
            data.put("r", List.of((long) rule.recency().min(), (long) rule.recency().max()));
            data.put("f", List.of((long) rule.frequency().min(), (long) rule.frequency().max()));
            data.put("m", List.of((long) rule.monetary().min(), (long) rule.monetary().max()));
            rules.add(data);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("rules", rules);
        if (map.fallback() != null) {
            data.put("fallback", map.fallback());
        }
        return data;
    }

    private static RfmSegmentMap mapFromData(Settings settings) {
        Object raw = settings.raw("segmentMap");
        if (raw == null) {
            return RfmSegmentMap.canonical();
        }
        if (raw instanceof String name) {
            return RfmSegmentMap.preset(name).orElseThrow(() -> settings.problem("segmentMap",
                    "must be a preset (canonical, pandas-tutorial, rfm-package) or a map of rules, was unknown "
                    + "preset '" + name + "'"));
        }
        Settings map = settings.object("segmentMap").allowOnly("rules", "fallback");
        List<RfmSegmentRule> rules = new ArrayList<>();
        for (Settings rule : map.objects("rules")) {
            rule.allowOnly("segment", "r", "f", "m");
            String segment = rule.string("segment");
            ScoreRange r = range(rule, "r");
            ScoreRange f = range(rule, "f");
            ScoreRange m = range(rule, "m");
            rules.add(rule.build("segment", () -> new RfmSegmentRule(segment, r, f, m)));
        }
        String fallback = map.string("fallback", null);
        return map.build("rules", () -> RfmSegmentMap.of(rules, fallback));
    }

    private static ScoreRange range(Settings rule, String key) {
        List<BigDecimal> bounds = rule.decimals(key, null);
        if (bounds == null) {
            return ScoreRange.ANY;
        }
        if (bounds.size() != 2) {
            throw rule.problem(key, "must be [min, max], was " + bounds);
        }
        try {
            int min = bounds.get(0).intValueExact();
            int max = bounds.get(1).intValueExact();
            return rule.build(key, () -> ScoreRange.of(min, max));
        } catch (ArithmeticException e) {
            throw rule.problem(key, "must hold whole scores, was " + bounds);
        }
    }
}
