package io.github.segmentkit.classifiers.demographic;

import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.Bands;
import io.github.segmentkit.classifiers.kit.Labels;
import io.github.segmentkit.classifiers.kit.NumericReading;
import io.github.segmentkit.classifiers.kit.QuantileEdges;
import io.github.segmentkit.classifiers.kit.RuleFitted;
import io.github.segmentkit.classifiers.kit.Settings;
import io.github.segmentkit.classifiers.kit.SingleInputClassifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Income bands, type {@value #TYPE}, in one of two modes.
 * <ul>
 *   <li>Absolute: user thresholds in one currency and period, left-closed {@code [a, b)}; labels default to
 *       {@code < 30000, [30000, 60000), >= 60000}.</li>
 *   <li>Population quantiles: {@code fit} learns the exact type-7 quantile edges {@code e0..eq} of the
 *       population's incomes ({@link QuantileEdges}; {@code docs/classifiers.md}, "Quantiles"), and a customer's
 *       band is the smallest k with {@code income <= e(k)} (right-closed, as {@code pandas.qcut}); labels default
 *       to {@code q1..qN}. Quantile bands are relative: a re-fit moves customers.</li>
 * </ul>
 * A missing or NaN income is {@value Label#UNCLASSIFIED}, as is everyone when a quantile fit saw no income. When ties
 * make quantile edges equal, the fit logs a warning (pandas would raise) and some bands stay empty.
 *
 * <pre>{@code
 * IncomeBands absolute = IncomeBands.absolute("income", "income_band", List.of(30_000.0, 60_000.0));
 * IncomeBands quartiles = IncomeBands.quantiles("income", "income_quartile", 4);
 * FittedClassifier fitted = quartiles.fit(population);   // parameters(): formatVersion 1 and 5 edges, as text
 * }</pre>
 *
 * @param input     the numeric income attribute
 * @param output    the derived attribute's name
 * @param edges     absolute thresholds, strictly ascending; null in quantile mode
 * @param quantiles the number of quantile bands (2..100); null in absolute mode
 * @param labels    one label per band, or null for the default labels
 */
public record IncomeBands(String input, String output, List<Double> edges, Integer quantiles, List<String> labels)
        implements SingleInputClassifier {
    /** The type name. */
    public static final String TYPE = "income-band";
    private static final Logger LOG = LoggerFactory.getLogger(IncomeBands.class);

    public IncomeBands {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        if ((edges == null) == (quantiles == null)) {
            throw new IllegalArgumentException("give exactly one of absolute edges and a number of quantiles");
        }
        edges = edges == null ? null : List.copyOf(edges);
        labels = labels == null ? null : List.copyOf(labels);
        if (quantiles != null && (quantiles < 2 || quantiles > 100)) {
            throw new IllegalArgumentException("quantiles must be in [2, 100], got " + quantiles);
        }
        if (edges != null) {
            Bands.of(edges, labels != null ? labels : Bands.intervalLabels(edges, ""));
        } else if (labels != null && labels.size() != quantiles) {
            throw new IllegalArgumentException(quantiles + " quantile bands need " + quantiles + " labels, got "
                    + labels);
        }
    }

    /** Absolute bands with default labels. */
    public static IncomeBands absolute(String input, String output, List<Double> edges) {
        return new IncomeBands(input, output, edges, null, null);
    }

    /** Population-quantile bands with labels {@code q1..qN}. */
    public static IncomeBands quantiles(String input, String output, int quantiles) {
        return new IncomeBands(input, output, null, quantiles, null);
    }

    /**
     * Reads settings: {@code input} (required), {@code output} (default {@code income_band}), and either
     * {@code edges} or {@code quantiles}; optional {@code labels}.
     */
    public static IncomeBands fromSettings(Map<String, Object> values) {
        Settings settings = Settings.of(TYPE, values).allowOnly("input", "output", "edges", "quantiles", "labels");
        return settings.build(settings.has("edges") ? "edges" : "quantiles", () -> new IncomeBands(
                settings.string("input"), settings.string("output", "income_band"),
                settings.numbers("edges", null),
                settings.has("quantiles") ? (int) settings.integer("quantiles", 2, 100) : null,
                settings.strings("labels", null)));
    }

    /** The band labels, in band order. */
    public List<String> bandLabels() {
        if (labels != null) {
            return labels;
        }
        if (edges != null) {
            return Bands.intervalLabels(edges, "");
        }
        List<String> names = new ArrayList<>();
        for (int k = 1; k <= quantiles; k++) {
            names.add("q" + k);
        }
        return names;
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
        if (edges != null) {
            settings.put("edges", edges);
        } else {
            settings.put("quantiles", quantiles);
        }
        if (labels != null) {
            settings.put("labels", labels);
        }
        return settings;
    }

    /** Fixed by the settings: the band labels, for absolute and quantile bands alike. */
    @Override
    public Optional<List<String>> possibleLabels() {
        return Optional.of(fit(List.of()).labels());
    }

    /** Absolute bands are fixed; quantile bands learn their edges from the population's finite incomes. */
    @Override
    public FittedClassifier fit(Iterable<? extends AttributeValues> population) {
        if (edges != null) {
            Bands bands = Bands.of(edges, bandLabels());
            return new RuleFitted(this, bands.labels(), customer -> {
                Object income = customer.get(input);
                if (income == null) {
                    return Labels.missing(input);
                }
                if (!(income instanceof Number number) || Double.isNaN(number.doubleValue())) {
                    return Labels.wrongType(input, income, "a number");
                }
                return Label.of(bands.label(number.doubleValue()));
            });
        }
        List<BigDecimal> incomes = new ArrayList<>();
        for (AttributeValues customer : population) {
            NumericReading income = NumericReading.of(customer, input);
            if (income.isPresent()) {
                incomes.add(income.value());
            }
        }
        if (incomes.isEmpty()) {
            return new QuantileIncomeBands(this, null);
        }
        QuantileEdges fitted = QuantileEdges.fit(incomes, quantiles);
        if (fitted.hasDuplicateEdges()) {
            // pandas.qcut would raise here; the bin rule still holds and leaves some bands empty
            // (docs/classifiers.md, "Quantiles")
            LOG.warn("income bands '{}': duplicate quantile edges {} from {} values; some bands stay empty",
                    output, fitted.toStrings(), incomes.size());
        }
        return new QuantileIncomeBands(this, fitted);
    }
}
