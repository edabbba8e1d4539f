package io.github.segmentkit.classifiers.behavioral.rfm;

import static io.github.segmentkit.classifiers.behavioral.rfm.RfmSegmentRule.onRecencyAndFrequency;
import static io.github.segmentkit.classifiers.behavioral.rfm.ScoreRange.ANY;
import static io.github.segmentkit.classifiers.behavioral.rfm.ScoreRange.exactly;

import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.ClassifierLimits;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Names RFM score combinations: an ordered list of {@link RfmSegmentRule}s, the first matching rule wins, and
 * customers no rule matches get the fallback segment (or, without one, stay unclassified).
 *
 * <p>Three presets ship:
 * <ul>
 * <li>{@link #canonical()}, the default: the widely used 10-segment map on R and F (M is not used), with names in
 * consistent snake_case ({@code hibernating}, {@code at_risk}, {@code cannot_lose_them}, ...). Its rules cover all
 * 25 R&ndash;F cells.</li>
 * <li>{@link #pandasTutorial()}: the same rules with the names exactly as the published pandas tutorial spells them
 * ({@code at_Risk}, {@code cant_loose}), to reproduce its table.</li>
 * <li>{@link #rfmPackage()}: the rule table of the R package {@code rfm} (0.3.0), on R, F and M, with
 * {@code Others} for the rest. Only the table is reproduced: that package scores differently (frequency = rows per
 * customer, bins {@code [lower, upper)}), so the same data gives different segments there.</li>
 * </ul>
 *
 * <pre>{@code
 * RfmSegmentMap map = RfmSegmentMap.canonical();
 * map.segmentOf(new RfmScore(5, 5, 1));   // Optional["champions"]
 * // a map of your own, as data
 * Map<String, Object> vip = Map.of("segment", "vip", "r", List.of(4, 5), "f", List.of(4, 5), "m", List.of(4, 5));
 * RfmClassifierConfig mine = RfmClassifierConfig.fromSettings(
 *         Map.of("segmentMap", Map.of("rules", List.of(vip), "fallback", "others")));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param name     a name for the map ({@code "canonical"}, {@code "pandas-tutorial"}, {@code "rfm-package"} or
 *                 {@code "custom"})
 * @param rules    the rules, in order; 1..{@link ClassifierLimits#MAX_RULES}
 * @param fallback the segment of customers no rule matches, or {@code null} to leave them unclassified
 */
public record RfmSegmentMap(String name, List<RfmSegmentRule> rules, String fallback) {
    /** The name of {@link #canonical()}. */
    public static final String CANONICAL = "canonical";
    /** The name of {@link #pandasTutorial()}. */
    public static final String PANDAS_TUTORIAL = "pandas-tutorial";
    /** The name of {@link #rfmPackage()}. */
    public static final String RFM_PACKAGE = "rfm-package";
    /** The name of user-defined maps. */
    public static final String CUSTOM = "custom";

    private static final RfmSegmentMap CANONICAL_MAP = tenSegments(CANONICAL, "at_risk", "cannot_lose_them");
    private static final RfmSegmentMap PANDAS_TUTORIAL_MAP = tenSegments(PANDAS_TUTORIAL, "at_Risk", "cant_loose");

    private static final RfmSegmentMap RFM_PACKAGE_MAP = new RfmSegmentMap(RFM_PACKAGE, List.of(
            new RfmSegmentRule("Champions", exactly(5), exactly(5), exactly(5)),
            new RfmSegmentRule("Potential Loyalist", range(3, 5), range(3, 5), range(2, 5)),
            new RfmSegmentRule("Loyal Customers", range(2, 4), range(2, 4), range(2, 4)),
            new RfmSegmentRule("Promising", range(3, 4), range(1, 3), range(3, 5)),
            new RfmSegmentRule("New Customers", range(4, 5), range(1, 3), ANY),
            new RfmSegmentRule("Can't Lose Them", range(1, 2), range(3, 4), range(4, 5)),
            new RfmSegmentRule("At Risk", range(1, 2), range(2, 5), range(4, 5)),
            new RfmSegmentRule("Need Attention", range(1, 3), range(3, 5), range(3, 5)),
            new RfmSegmentRule("About To Sleep", range(2, 3), range(1, 3), range(1, 4)),
            new RfmSegmentRule("Lost", exactly(1), ANY, ANY)), "Others");

    public RfmSegmentMap {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rules, "rules");
        rules = List.copyOf(rules);
        if (rules.isEmpty() || rules.size() > ClassifierLimits.MAX_RULES) {
            throw new IllegalArgumentException("a segment map needs 1.." + ClassifierLimits.MAX_RULES + " rules, got "
                    + rules.size());
        }
        if (fallback != null && (fallback.isBlank() || fallback.length() > RfmSegmentRule.MAX_NAME_LENGTH)) {
            throw new IllegalArgumentException("fallback segment must be 1.." + RfmSegmentRule.MAX_NAME_LENGTH
                    + " characters and not blank, was '" + fallback + "'");
        }
    }

    /** The ten R&ndash;F rules; only two names differ between the presets. */
    private static RfmSegmentMap tenSegments(String name, String atRisk, String cannotLoseThem) {
        return new RfmSegmentMap(name, List.of(
                onRecencyAndFrequency("hibernating", range(1, 2), range(1, 2)),
                onRecencyAndFrequency(atRisk, range(1, 2), range(3, 4)),
                onRecencyAndFrequency(cannotLoseThem, range(1, 2), exactly(5)),
                onRecencyAndFrequency("about_to_sleep", exactly(3), range(1, 2)),
                onRecencyAndFrequency("need_attention", exactly(3), exactly(3)),
                onRecencyAndFrequency("loyal_customers", range(3, 4), range(4, 5)),
                onRecencyAndFrequency("promising", exactly(4), exactly(1)),
                onRecencyAndFrequency("new_customers", exactly(5), exactly(1)),
                onRecencyAndFrequency("potential_loyalists", range(4, 5), range(2, 3)),
                onRecencyAndFrequency("champions", exactly(5), range(4, 5))), null);
    }

    private static ScoreRange range(int min, int max) {
        return ScoreRange.of(min, max);
    }

    /** The canonical 10-segment R&ndash;F map with snake_case names; the default. */
    public static RfmSegmentMap canonical() {
        return CANONICAL_MAP;
    }

    /**
     * The canonical rules with the pandas tutorial's spellings ({@code at_Risk}, {@code cant_loose}), which the
     * published reference table uses.
     */
    public static RfmSegmentMap pandasTutorial() {
        return PANDAS_TUTORIAL_MAP;
    }

    /** The rule table of the R package {@code rfm} 0.3.0, with fallback {@code Others}. */
    public static RfmSegmentMap rfmPackage() {
        return RFM_PACKAGE_MAP;
    }

    /** A user-defined map; {@code fallback} may be {@code null} to leave unmatched customers unclassified. */
    public static RfmSegmentMap of(List<RfmSegmentRule> rules, String fallback) {
        return new RfmSegmentMap(CUSTOM, rules, fallback);
    }

    /** A preset by name: {@value #CANONICAL}, {@value #PANDAS_TUTORIAL} or {@value #RFM_PACKAGE}. */
    public static Optional<RfmSegmentMap> preset(String name) {
        return switch (name) {
            case CANONICAL -> Optional.of(CANONICAL_MAP);
            case PANDAS_TUTORIAL -> Optional.of(PANDAS_TUTORIAL_MAP);
            case RFM_PACKAGE -> Optional.of(RFM_PACKAGE_MAP);
            default -> Optional.empty();
        };
    }

    /** The segment of the first rule matching {@code score}, else the fallback, else empty. */
    public Optional<String> segmentOf(RfmScore score) {
        for (RfmSegmentRule rule : rules) {
            if (rule.matches(score)) {
                return Optional.of(rule.segment());
            }
        }
        return Optional.ofNullable(fallback);
    }

    /**
     * The segment label of {@code score}: the segment of the first matching rule, else the fallback, else
     * unclassified with the reason.
     */
    public Label labelOf(RfmScore score) {
        return segmentOf(score).map(Label::of).orElseGet(() -> Label.unclassified("no rule of the " + name
                + " segment map matches R=" + score.recency() + " F=" + score.frequency() + " M="
                + score.monetary()));
    }

    /** Every segment name, in rule order, then the fallback; each once. */
    public List<String> segments() {
        Set<String> names = new LinkedHashSet<>();
        rules.forEach(rule -> names.add(rule.segment()));
        if (fallback != null) {
            names.add(fallback);
        }
        return new ArrayList<>(names);
    }

    /** Whether every one of the 125 score combinations gets a segment. */
    public boolean coversAllScores() {
        if (fallback != null) {
            return true;
        }
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                for (int m = 1; m <= 5; m++) {
                    if (segmentOf(new RfmScore(r, f, m)).isEmpty()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
