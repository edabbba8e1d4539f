package io.github.segmentkit.examples.families;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.examples.personality.PersonalitySchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demographic example's counts equal a separate computation that splits the raw file itself and writes each
 * rule out plainly, sharing no code with the library: generations by birth year as the Pew Research Center defines
 * them ("Defining generations: Where Millennials end and Generation Z begins", 2019), the life-stage rule table and
 * family sizes as {@code docs/classifiers.md} states them, and income quartiles by Hyndman and Fan's type 7
 * ("Sample quantiles in statistical packages", The American Statistician 50(4), 1996).
 */
class DemographicExampleTest {

    private static void add(Map<String, Integer> tally, String key) {
        tally.merge(key, 1, Integer::sum);
    }

    @Test
    void should_match_an_independent_computation() throws IOException {
        List<List<String>> records = IndependentGeo.records("/data/marketing_campaign.csv", '\t', null);
        List<String> header = records.get(0);
        int asOfYear = PersonalitySchema.AS_OF.getYear();
        Map<String, Integer> age = new HashMap<>();
        Map<String, Integer> generation = new HashMap<>();
        Map<String, Integer> stage = new HashMap<>();
        Map<String, Integer> family = new HashMap<>();
        List<Double> incomes = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            rows.add(record.toArray(String[]::new));
        }
        for (String[] row : rows) {
            int born = Integer.parseInt(row[header.indexOf("Year_Birth")]);
            int years = asOfYear - born;
            add(age, years < 18 ? "under_18" : years < 25 ? "18-24" : years < 35 ? "25-34" : years < 45 ? "35-44"
                    : years < 55 ? "45-54" : years < 65 ? "55-64" : "65+");
            add(generation, born >= 1928 && born <= 1945 ? "silent" : born >= 1946 && born <= 1964 ? "boomers"
                    : born >= 1965 && born <= 1980 ? "gen_x" : born >= 1981 && born <= 1996 ? "millennials"
                    : born >= 1997 && born <= 2012 ? "gen_z" : "other");
            String marital = row[header.indexOf("Marital_Status")];
            int kids = Integer.parseInt(row[header.indexOf("Kidhome")]);
            int teens = Integer.parseInt(row[header.indexOf("Teenhome")]);
            boolean couple = marital.equals("Married") || marital.equals("Together");
            boolean single = List.of("Single", "Divorced", "Widow", "Alone").contains(marital);
            add(stage, kids > 0 ? "family_young_children" : teens > 0 ? "family_teens" : !couple && !single
                    ? "unclassified" : (years < 35 ? "young" : years < 55 ? "midlife" : "older")
                    + (couple ? "_couple" : "_single"));
            int size = (couple ? 2 : 1) + kids + teens;
            add(family, size == 1 ? "1" : size == 2 ? "2" : size <= 4 ? "3-4" : "5+");
            String income = row[header.indexOf("Income")];
            if (!income.isEmpty()) {
                incomes.add(Double.parseDouble(income));
            }
        }
        // type-7 quartiles written out: h = (n - 1) k / 4
        double[] sorted = incomes.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] edges = new double[5];
        for (int k = 0; k <= 4; k++) {
            double h = (sorted.length - 1) * k / 4.0;
            int i = (int) Math.floor(h);
            edges[k] = i + 1 < sorted.length ? sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]) : sorted[i];
        }
        Map<String, Integer> quartile = new HashMap<>();
        for (double income : incomes) {
            add(quartile, income <= edges[1] ? "q1" : income <= edges[2] ? "q2" : income <= edges[3] ? "q3" : "q4");
        }
        quartile.put("unclassified", rows.size() - incomes.size());

        DemographicExample.Report report = DemographicExample.run(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));

        assertThat(report.customers()).isEqualTo(rows.size()).isEqualTo(2240);
        assertThat(report.ageBand().counts()).isEqualTo(age);
        assertThat(report.generation().counts()).isEqualTo(generation);
        assertThat(report.lifeStage().counts()).isEqualTo(stage);
        assertThat(report.familySize().counts()).isEqualTo(family);
        assertThat(report.incomeQuartile().counts()).isEqualTo(quartile);
        assertThat(report.quartileEdges()).containsExactly(edges[0], edges[1], edges[2], edges[3], edges[4]);
        assertThat(report.education().counts()).containsOnlyKeys("undergraduate", "graduate", "postgraduate");
        assertThat(report.education().total()).isEqualTo(2240);
    }
}
