package io.github.segmentkit.classifiers.geographic;

import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.Bands;
import io.github.segmentkit.classifiers.kit.Labels;
import io.github.segmentkit.classifiers.kit.RuleFitted;
import io.github.segmentkit.classifiers.kit.Settings;
import io.github.segmentkit.classifiers.kit.SingleInputClassifier;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Urban/rural from the population of the customer's city, type {@value #TYPE}. This is a <em>population proxy</em>,
 * and its labels say so: {@code cities_population_proxy} from {@code cityFrom} (default 50,000) inhabitants,
 * {@code towns_population_proxy} from {@code townFrom} (default 5,000), else {@code rural_population_proxy}. The
 * thresholds borrow the population sizes of the Degree of Urbanisation (UN Statistical Commission, 2020), which
 * really classifies 1 km² grid cells by density as well (urban centre ≥ 1,500 inhabitants/km² and ≥ 50,000 people;
 * urban cluster ≥ 300/km² and ≥ 5,000): a city's head count alone cannot reproduce it. When the true degree (1
 * cities, 2 towns and semi-dense areas, 3 rural) is available by postcode or municipality, use it as an input
 * attribute instead. A missing or negative population is {@value Label#UNCLASSIFIED}.
 *
 * <pre>{@code
 * Urbanicity urbanicity = new Urbanicity("city_population", "urbanicity", 50_000, 5_000);
 * urbanicity.fit(List.of()).apply(values);   // 1,200,000 -> "cities_population_proxy"
 * }</pre>
 *
 * @param input    the numeric city-population attribute
 * @param output   the derived attribute's name
 * @param cityFrom the least population labelled a city
 * @param townFrom the least population labelled a town; below {@code cityFrom}
 */
public record Urbanicity(String input, String output, double cityFrom, double townFrom)
        implements SingleInputClassifier {
    /** The type name. */
    public static final String TYPE = "urbanicity";
    /** The labels, most urban first. */
    public static final List<String> LABELS = List.of("cities_population_proxy", "towns_population_proxy",
            "rural_population_proxy");

    public Urbanicity {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        if (!(townFrom > 0 && cityFrom > townFrom)) {
            throw new IllegalArgumentException("need 0 < townFrom < cityFrom, got " + townFrom + " and " + cityFrom);
        }
    }

    /**
     * Reads settings: {@code input} (required), {@code output} (default {@code urbanicity}), {@code cityFrom}
     * (default 50000), {@code townFrom} (default 5000).
     */
    public static Urbanicity fromSettings(Map<String, Object> values) {
        Settings settings = Settings.of(TYPE, values).allowOnly("input", "output", "cityFrom", "townFrom");
        return settings.build("cityFrom", () -> new Urbanicity(
                settings.string("input"), settings.string("output", "urbanicity"),
                settings.number("cityFrom", 50_000), settings.number("townFrom", 5_000)));
    }

    @Override
    public Set<AttributeKind> inputKinds() {
        return EnumSet.of(AttributeKind.LONG, AttributeKind.DOUBLE);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, Object> settings() {
        Map<String, Object> settings = inputOutputSettings();
        settings.put("cityFrom", cityFrom);
        settings.put("townFrom", townFrom);
        return settings;
    }

    /** Fixed by the settings: the urbanicity labels. */
    @Override
    public Optional<List<String>> possibleLabels() {
        return Optional.of(fit(List.of()).labels());
    }

    @Override
    public FittedClassifier fit(Iterable<? extends AttributeValues> population) {
        Bands bands = Bands.of(List.of(townFrom, cityFrom), List.of(LABELS.get(2), LABELS.get(1), LABELS.get(0)));
        return new RuleFitted(this, LABELS, customer -> {
            Object value = customer.get(input);
            if (value == null) {
                return Labels.missing(input);
            }
            if (!(value instanceof Number number) || !(number.doubleValue() >= 0)) {
                return Label.unclassified("'" + input + "' holds " + value + ", not a population");
            }
            return Label.of(bands.label(number.doubleValue()));
        });
    }
}
