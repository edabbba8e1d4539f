package io.github.segmentkit.examples.families;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.api.schema.LongBinding;
import io.github.segmentkit.classifiers.demographic.AgeBands;
import io.github.segmentkit.classifiers.demographic.AgeSource;
import io.github.segmentkit.classifiers.demographic.FamilySizeBands;
import io.github.segmentkit.classifiers.demographic.Generations;
import io.github.segmentkit.classifiers.demographic.IncomeBands;
import io.github.segmentkit.classifiers.demographic.LifeStages;
import io.github.segmentkit.classifiers.demographic.QuantileIncomeBands;
import io.github.segmentkit.classifiers.demographic.ValueMapping;
import io.github.segmentkit.examples.personality.MarketingCampaignCsv;
import io.github.segmentkit.examples.personality.PersonalityCustomer;
import io.github.segmentkit.examples.personality.PersonalitySchema;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Demographic classification of the bundled Customer Personality Analysis data (2,240 customers): Google Ads age
 * bands and Pew generations, income quartiles fitted on the population, life stage (the data's {@code YOLO} and
 * {@code Absurd} marital statuses leave a customer unclassified, with the reason), family size (adults from the marital status, plus children
 * and teenagers at home) and education mapped to three levels. Ages are as in {@link PersonalitySchema}: years since
 * birth at the data's as-of year.
 *
 * <pre>{@code
 * DemographicExample.Report report = DemographicExample.run(System.out);
 * report.lifeStage().count("unclassified");
 * }</pre>
 */
public final class DemographicExample {
    static final LongAttribute BIRTH_YEAR = Attribute.ofLong("birth_year");
    static final LongAttribute ADULTS = Attribute.ofLong("adults");

    /** Education as recorded → level, in a fixed order (which is the order of the labels). */
    public static final Map<String, String> EDUCATION_LEVELS = educationLevels();

    private DemographicExample() {
    }

    private static Map<String, String> educationLevels() {
        Map<String, String> levels = new LinkedHashMap<>();
        levels.put("Basic", "undergraduate");
        levels.put("2n Cycle", "undergraduate");
        levels.put("Graduation", "graduate");
        levels.put("Master", "postgraduate");
        levels.put("PhD", "postgraduate");
        return Collections.unmodifiableMap(levels);
    }

    /**
     * What the example found; each count table adds up to the number of customers.
     *
     * @param customers      how many customers
     * @param ageBand        customers per Google Ads age band
     * @param generation     customers per generation
     * @param incomeQuartile customers per income quartile
     * @param quartileEdges  the fitted quartile edges e0..e4
     * @param lifeStage      customers per life stage
     * @param familySize     customers per family-size band
     * @param education      customers per education level
     */
    public record Report(int customers, LabelCounts ageBand, LabelCounts generation, LabelCounts incomeQuartile,
            List<Double> quartileEdges, LabelCounts lifeStage, LabelCounts familySize, LabelCounts education) {
    }

    /** Classifies the bundled customers and prints the tables to {@code out}. */
    public static Report run(PrintStream out) {
        List<PersonalityCustomer> customers = MarketingCampaignCsv.readBundled();
        CustomerSchema<PersonalityCustomer> schema = PersonalitySchema.SCHEMA
                .with(LongBinding.of(BIRTH_YEAR, PersonalityCustomer::birthYear))
                .with(LongBinding.of(ADULTS, c -> LifeStages.PARTNERED.contains(
                        c.maritalStatus().toLowerCase(Locale.ROOT)) ? 2 : 1));
        List<AttributeValues> values = customers.stream().map(schema::values).toList();

        AgeSource age = AgeSource.fromAge(PersonalitySchema.AGE.name());
        FittedClassifier ageBand = AgeBands.google(age, "age_band").fit(values);
        FittedClassifier generation = new Generations(BIRTH_YEAR.name(), "generation").fit(values);
        FittedClassifier income = IncomeBands.quantiles(PersonalitySchema.INCOME.name(), "income_quartile", 4)
                .fit(values);
        FittedClassifier lifeStage = LifeStages.standard(age, PersonalitySchema.MARITAL_STATUS.name(),
                PersonalitySchema.KIDS_AT_HOME.name(), PersonalitySchema.TEENS_AT_HOME.name(), "life_stage")
                .fit(values);
        FittedClassifier familySize = new FamilySizeBands(List.of(ADULTS.name(), PersonalitySchema.KIDS_AT_HOME.name(),
                PersonalitySchema.TEENS_AT_HOME.name()), 0, "family_size", FamilySizeBands.DEFAULT_EDGES).fit(values);
        FittedClassifier education = new ValueMapping(PersonalitySchema.EDUCATION.name(), "education_level",
                EDUCATION_LEVELS, null).fit(values);

        List<Double> edges = Arrays.stream(((QuantileIncomeBands) income).edges()).boxed().toList();
        Report report = new Report(customers.size(), LabelCounts.of(ageBand, values),
                LabelCounts.of(generation, values), LabelCounts.of(income, values), edges,
                LabelCounts.of(lifeStage, values), LabelCounts.of(familySize, values),
                LabelCounts.of(education, values));
        out.println("Customer Personality Analysis: " + report.customers() + " customers, demographic classifiers");
        out.println();
        report.ageBand().print(out, "Age band (Google Ads brackets)");
        report.generation().print(out, "Generation (Pew)");
        report.incomeQuartile().print(out, "Income quartile, edges fitted on this population " + edges);
        report.lifeStage().print(out, "Life stage");
        report.familySize().print(out, "Family size");
        report.education().print(out, "Education level");
        return report;
    }
}
