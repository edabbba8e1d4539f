package io.github.segmentkit.classifiers.demographic;

import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.Labels;
import io.github.segmentkit.classifiers.kit.RuleFitted;
import io.github.segmentkit.classifiers.kit.Settings;
import io.github.segmentkit.classifiers.kit.SingleInputClassifier;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Generation from birth year, type {@value #TYPE}, with Pew Research Center's year ranges: Silent 1928–1945,
 * Boomers 1946–1964, Gen X 1965–1980, Millennials 1981–1996, Gen Z 1997–2012; any other year is {@code other}.
 * The input holds a year (a whole number) or a birth date (its year is used). A missing or non-whole value is
 * {@value Label#UNCLASSIFIED}, with the reason.
 *
 * <pre>{@code
 * Generations generations = new Generations("birth_year", "generation");
 * generations.fit(List.of()).apply(values);   // 1990 -> "millennials"
 * }</pre>
 *
 * @param input  the birth-year (or birth-date) attribute
 * @param output the derived attribute's name
 */
public record Generations(String input, String output) implements SingleInputClassifier {
    /** The type name. */
    public static final String TYPE = "generation";
    /** The labels, oldest first, then {@code other}. */
    public static final List<String> LABELS = List.of("silent", "boomers", "gen_x", "millennials", "gen_z", "other");
    private static final int[] FIRST_YEARS = {1928, 1946, 1965, 1981, 1997, 2013};

    public Generations {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
    }

    /** Reads settings: {@code input} (required), {@code output} (default {@code generation}). */
    public static Generations fromSettings(Map<String, Object> values) {
        Settings settings = Settings.of(TYPE, values).allowOnly("input", "output");
        return new Generations(settings.string("input"), settings.string("output", "generation"));
    }

    /** The generation of someone born in {@code year}. */
    public static String ofYear(long year) {
        if (year < FIRST_YEARS[0] || year >= FIRST_YEARS[FIRST_YEARS.length - 1]) {
            return "other";
        }
        int index = 0;
        while (year >= FIRST_YEARS[index + 1]) {
            index++;
        }
        return LABELS.get(index);
    }

    @Override
    public Set<AttributeKind> inputKinds() {
        return EnumSet.of(AttributeKind.LONG, AttributeKind.DOUBLE, AttributeKind.DATE);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, Object> settings() {
        Map<String, Object> settings = inputOutputSettings();
        return settings;
    }

    /** Fixed by the settings: the generations. */
    @Override
    public Optional<List<String>> possibleLabels() {
        return Optional.of(fit(List.of()).labels());
    }

    @Override
    public FittedClassifier fit(Iterable<? extends AttributeValues> population) {
        return new RuleFitted(this, LABELS, this::classify);
    }

    private Label classify(AttributeValues customer) {
        Object value = customer.get(input);
        if (value == null) {
            return Labels.missing(input);
        }
        if (value instanceof LocalDate date) {
            return Label.of(ofYear(date.getYear()));
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                && !Double.isInfinite(number.doubleValue())) {
            return Label.of(ofYear(number.longValue()));
        }
        return Labels.wrongType(input, value, "a whole-number year or a date");
    }
}
