package io.github.segmentkit.classifiers.geographic;

import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.Labels;
import io.github.segmentkit.classifiers.kit.RuleFitted;
import io.github.segmentkit.classifiers.kit.Settings;
import io.github.segmentkit.classifiers.kit.SingleInputClassifier;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Country (ISO 3166-1 alpha-2) to UN M49 region, sub-region or intermediate region, type {@value #TYPE}, from the
 * shipped {@link M49Table}. Codes are trimmed and upper-cased first ({@code " gb"} is {@code GB}); {@code UK} is
 * not an ISO code (Great Britain is {@code GB}) and is unclassified with that hint, as is any code the table does
 * not hold (Taiwan {@code TW} and Kosovo {@code XK} are not M49 entries). Countries without an intermediate region
 * get their sub-region at that level. Labels are names ({@code "Europe"}) or 3-digit codes ({@code "150"}).
 *
 * <pre>{@code
 * CountryRegions regions = new CountryRegions("country", "region", CountryRegions.Level.REGION, false);
 * regions.fit(List.of()).apply(values);   // "FR" -> "Europe"
 * }</pre>
 *
 * @param input  the categorical country-code attribute
 * @param output the derived attribute's name
 * @param level  which M49 level to label with
 * @param codes  whether labels are M49 codes rather than names
 */
public record CountryRegions(String input, String output, Level level, boolean codes) implements SingleInputClassifier {
    /** The type name. */
    public static final String TYPE = "country-region";

    /** An M49 grouping level. */
    public enum Level {
        /** Continental regions: Africa, Americas, Asia, Europe, Oceania (and Antarctica). */
        REGION("region"),
        /** Sub-regions such as Northern Europe or Latin America and the Caribbean. */
        SUB_REGION("sub-region"),
        /** Intermediate regions such as Caribbean; the sub-region where a country has none. */
        INTERMEDIATE_REGION("intermediate-region");

        private final String settingName;

        Level(String settingName) {
            this.settingName = settingName;
        }

        /** The name used in settings. */
        public String settingName() {
            return settingName;
        }
    }

    public CountryRegions {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(level, "level");
    }

    /**
     * Reads settings: {@code input} (required), {@code output} (default {@code region}), {@code level}
     * ({@code region}, {@code sub-region} or {@code intermediate-region}; default region), {@code codes} (default
     * false).
     */
    public static CountryRegions fromSettings(Map<String, Object> values) {
        Settings settings = Settings.of(TYPE, values).allowOnly("input", "output", "level", "codes");
        String levelName = settings.string("level", Level.REGION.settingName());
        Level level = null;
        for (Level candidate : Level.values()) {
            if (candidate.settingName().equals(levelName)) {
                level = candidate;
            }
        }
        if (level == null) {
            throw settings.problem("level", "'" + levelName
                    + "' is not one of region, sub-region, intermediate-region");
        }
        return new CountryRegions(settings.string("input"), settings.string("output", "region"), level,
                settings.bool("codes", false));
    }

    @Override
    public Set<AttributeKind> inputKinds() {
        return EnumSet.of(AttributeKind.CATEGORICAL);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, Object> settings() {
        Map<String, Object> settings = inputOutputSettings();
        settings.put("level", level.settingName());
        settings.put("codes", codes);
        return settings;
    }

    /** The label of one M49 entry at this classifier's level. */
    String labelOf(M49Entry entry) {
        return switch (level) {
            case REGION -> codes ? entry.regionCode() : entry.regionName();
            case SUB_REGION -> codes ? entry.subRegionCode() : entry.subRegionName();
            case INTERMEDIATE_REGION -> entry.intermediateRegionCode().isEmpty()
                    ? (codes ? entry.subRegionCode() : entry.subRegionName())
                    : (codes ? entry.intermediateRegionCode() : entry.intermediateRegionName());
        };
    }

    /** Fixed by the settings: the regions of the UN M49 table at the configured level. */
    @Override
    public Optional<List<String>> possibleLabels() {
        return Optional.of(fit(List.of()).labels());
    }

    @Override
    public FittedClassifier fit(Iterable<? extends AttributeValues> population) {
        M49Table table = M49Table.standard();
        Set<String> labels = new LinkedHashSet<>();
        table.entries().stream().map(this::labelOf).sorted().forEach(labels::add);
        return new RuleFitted(this, List.copyOf(labels), customer -> {
            Object value = customer.get(input);
            if (value == null) {
                return Labels.missing(input);
            }
            String code = String.valueOf(value).trim().toUpperCase(Locale.ROOT);
            return table.find(code).map(entry -> Label.of(labelOf(entry))).orElseGet(() -> Label.unclassified(
                    "'" + value + "' is not an ISO 3166-1 alpha-2 code in the UN M49 table"
                            + (code.equals("UK") ? " (the United Kingdom is GB)" : "")));
        });
    }
}
