package io.github.segmentkit.examples.families;

import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Psychographic classification of a small survey. <strong>The survey, its answers and its personas are
 * illustrative</strong>: written for this example, not real data and not a validated instrument (VALS and similar
 * questionnaires are proprietary; SegmentKit ships none).
 *
 * <p>Five 5-point Likert items; "I often switch brands" is reverse-coded, so agreeing with it means low loyalty.
 * Four personas are given as centroids in [0, 1] per item. Respondents answering fewer than half of the items, or
 * farther than 0.9 from every persona, stay unclassified. The same respondents' interest tags are scored against
 * weighted tag profiles. Both classifiers are configured as data through the {@link ClassifierRegistry}, as a
 * settings file would configure them.
 *
 * <pre>{@code
 * SurveyExample.Report report = SurveyExample.run(System.out);
 * report.personas().count("explorer");
 * }</pre>
 */
public final class SurveyExample {
    /** The items, in order: id, then whether reverse-coded. */
    public static final List<String> ITEMS = List.of("try_new_things", "plan_purchases", "price_first",
            "pay_for_green", "switch_brands");

    private SurveyExample() {
    }

    /**
     * One illustrative respondent.
     *
     * @param id        respondent number
     * @param answers   one answer 1..5 per item, null when skipped
     * @param interests interest tags
     */
    public record Respondent(long id, List<Integer> answers, Set<String> interests) {
    }

    /**
     * What the example found.
     *
     * @param respondents each respondent with its persona and interest labels
     * @param personas    respondents per persona
     * @param interests   respondents per interest profile
     */
    public record Report(List<Classified> respondents, LabelCounts personas, LabelCounts interests) {
    }

    /**
     * One respondent's labels.
     *
     * @param respondent the respondent
     * @param persona    its persona label
     * @param interest   its interest label
     */
    public record Classified(Respondent respondent, Label persona, Label interest) {
    }

    /** The twelve illustrative respondents. */
    public static List<Respondent> respondents() {
        return List.of(
                new Respondent(1, answers(5, 2, 2, 3, 4), Set.of("hiking", "travel")),
                new Respondent(2, answers(2, 5, 4, 3, 2), Set.of("cooking", "diy")),
                new Respondent(3, answers(3, 3, 2, 5, 1), Set.of("gardening", "cycling")),
                new Respondent(4, answers(1, 4, 5, 1, 4), Set.of("coupons", "diy")),
                new Respondent(5, answers(4, null, 2, 3, 5), Set.of("travel", "concerts")),
                new Respondent(6, answers(2, 5, 3, null, 1), Set.of("cooking")),
                new Respondent(7, answers(null, null, 5, null, null), Set.of("coupons")),
                new Respondent(8, answers(3, 3, 3, 3, 3), Set.of()),
                new Respondent(9, answers(2, 4, 5, 2, 5), Set.of("coupons", "cooking")),
                new Respondent(10, answers(4, 3, 1, 5, 2), Set.of("cycling", "hiking", "gardening")),
                new Respondent(11, answers(5, 1, 1, 5, 5), Set.of("travel", "ہائیکنگ")),
                new Respondent(12, answers(5, 1, 5, 1, 1), Set.of("concerts")));
    }

    private static List<Integer> answers(Integer... values) {
        return java.util.Arrays.asList(values);
    }

    /** The persona classifier's settings, as they would be read from a file. */
    public static Map<String, Object> personaSettings() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (String item : ITEMS) {
            items.add(Map.of("id", item, "min", 1, "max", 5, "reversed", item.equals("switch_brands")));
        }
        return Map.of("output", "persona", "items", items, "maxDistance", 0.9, "personas", List.of(
                Map.of("name", "explorer", "centroid", List.of(1.0, 0.25, 0.25, 0.5, 0.25)),
                Map.of("name", "planner", "centroid", List.of(0.25, 1.0, 0.75, 0.5, 0.75)),
                Map.of("name", "green", "centroid", List.of(0.5, 0.5, 0.25, 1.0, 0.75)),
                Map.of("name", "bargain_hunter", "centroid", List.of(0.25, 0.75, 1.0, 0.0, 0.25))));
    }

    /** The interest-scoring settings. */
    public static Map<String, Object> interestSettings() {
        return Map.of("input", "interests", "output", "interest_profile", "threshold", 0.5, "profiles", List.of(
                Map.of("name", "outdoors", "weights", Map.of("hiking", 1.0, "cycling", 0.8, "gardening", 0.5,
                        "ہائیکنگ", 1.0)),
                Map.of("name", "home_maker", "weights", Map.of("cooking", 1.0, "diy", 0.8, "gardening", 0.5)),
                Map.of("name", "experiences", "weights", Map.of("travel", 1.0, "concerts", 1.0)),
                Map.of("name", "value_seeker", "weights", Map.of("coupons", 1.0))));
    }

    /** Classifies the respondents and prints the results to {@code out}. */
    public static Report run(PrintStream out) {
        List<AttributeValues> values = respondents().stream().map(SurveyExample::values).toList();
        FittedClassifier personas = ClassifierRegistry.create("persona", personaSettings()).fit(values);
        FittedClassifier interests = ClassifierRegistry.create("interest-score", interestSettings()).fit(values);
        List<Classified> classified = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            classified.add(new Classified(respondents().get(i), personas.apply(values.get(i)),
                    interests.apply(values.get(i))));
        }
        Report report = new Report(classified, LabelCounts.of(personas, values), LabelCounts.of(interests, values));
        out.println("Illustrative survey (written for this example, not real data): " + values.size()
                + " respondents");
        for (Classified c : classified) {
            out.println("  #" + c.respondent().id() + " " + c.respondent().answers() + " -> " + c.persona() + "; "
                    + c.interest());
        }
        out.println();
        report.personas().print(out, "Persona");
        report.interests().print(out, "Interest profile");
        return report;
    }

    /** A respondent's answers and tags by attribute name. */
    static AttributeValues values(Respondent respondent) {
        Map<String, Object> byName = new HashMap<>();
        for (int i = 0; i < ITEMS.size(); i++) {
            Integer answer = respondent.answers().get(i);
            byName.put(ITEMS.get(i), answer == null ? null : answer.longValue());
        }
        byName.put("interests", respondent.interests());
        return new AttributeValues() {
            @Override
            public long id() {
                return respondent.id();
            }

            @Override
            public Object get(String attribute) {
                if (!byName.containsKey(attribute)) {
                    throw new IllegalArgumentException("no attribute '" + attribute + "'");
                }
                return byName.get(attribute);
            }
        };
    }
}
