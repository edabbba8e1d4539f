package io.github.segmentkit.definitions;

import static io.github.segmentkit.definitions.DefinitionsFormat.JSON;
import static io.github.segmentkit.definitions.DefinitionsFormat.TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.SourcePosition;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A segment comparing a classifier's output with a label the classifier can never give is a problem of the
 * document, placed at the value, with the closest label as a hint; before, it read fine and matched no one.
 */
class ClassifierLabelsTest {
    private static final List<Attribute> ATTRIBUTES = TestCustomers.SCHEMA.attributes();

    private static List<String> firstLines(DefinitionException e) {
        return e.problems().stream().map(p -> p.toString().lines().findFirst().orElseThrow()).toList();
    }

    @Test
    void should_report_an_rfm_segment_it_never_gives_at_the_value_with_a_hint() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> Definitions.parse("""
                classifier "rfm" settings {"recency": "age", "frequency": "age", "monetary": "income"}
                segment "best" where rfm_segment = "champion"
                """, TEXT, ATTRIBUTES));

        // "segment "best" where rfm_segment = " is 35 characters: the value starts in column 36
        assertThat(firstLines(e)).containsExactly("line 2, column 36: segment 'best', attribute 'rfm_segment':"
                + " classifier 'rfm' never gives the label 'champion' (did you mean 'champions'?)");
        Problem problem = e.problems().get(0);
        assertThat(problem.position()).isEqualTo(new SourcePosition(2, 36));
    }

    @Test
    void should_report_each_unknown_label_of_in_and_not_in_lists_in_document_order() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> Definitions.parse("""
                classifier "rfm" settings {"recency": "age", "frequency": "age", "monetary": "income"}
                classifier "age-band" settings {"age": "age"}
                segment "keep" where rfm_segment in ("champions", "loyal_customer")
                segment "young" where age_band not in ("35-45", "18-24") and country = "US"
                """, TEXT, ATTRIBUTES));

        // line 3: "segment "keep" where rfm_segment in ("champions", " is 50 characters;
        // line 4: "segment "young" where age_band not in (" is 39 characters
        assertThat(firstLines(e)).containsExactly(
                "line 3, column 51: segment 'keep', attribute 'rfm_segment': classifier 'rfm' never gives the label"
                        + " 'loyal_customer' (did you mean 'loyal_customers'?)",
                "line 4, column 40: segment 'young', attribute 'age_band': classifier 'age-band' never gives the"
                        + " label '35-45' (did you mean '35-44'?)");
    }

    @Test
    void should_place_the_problem_at_the_value_pointer_in_json() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> Definitions.parse("""
                {"formatVersion": 1,
                 "classifiers": [{"type": "generation", "settings": {"input": "last_order"}}],
                 "segments": [{"name": "a", "where": {"op": "all"}},
                              {"name": "gens", "where": {"op": "or", "operands": [
                                  {"op": "all"},
                                  {"op": "in", "attribute": "generation", "values": ["millennials", "boomer"]}]}}]}
                """, JSON, ATTRIBUTES));

        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).toString()).startsWith("segment 'gens', attribute 'generation': at"
                + " /segments/1/where/operands/1/values/1: classifier 'generation' never gives the label 'boomer'");
    }

    @Test
    void should_check_k_means_against_the_labels_of_its_largest_k() {
        DefinitionException automatic = assertThrows(DefinitionException.class, () -> Definitions.parse("""
                classifier "kmeans" settings {"inputs": ["age", "income"]}
                segment "ok" where cluster in ("cluster_1", "cluster_10", "unclassified")
                segment "never" where cluster = "cluster_11"
                """, TEXT, ATTRIBUTES));
        DefinitionException fixed = assertThrows(DefinitionException.class, () -> Definitions.parse("""
                classifier "kmeans" settings {"inputs": ["age", "income"], "k": 3, "labelPrefix": "c"}
                segment "never" where cluster = "c4"
                """, TEXT, ATTRIBUTES));

        assertThat(firstLines(automatic)).singleElement().asString().startsWith("line 3, column 33: segment 'never',"
                + " attribute 'cluster': classifier 'kmeans' never gives the label 'cluster_11'");
        assertThat(firstLines(fixed)).singleElement().asString().contains("never gives the label 'c4'");
    }

    @Test
    void should_read_a_document_whose_labels_the_classifiers_can_give() {
        DefinitionsDocument document = Definitions.parse("""
                classifier "rfm" settings {"recency": "age", "frequency": "age", "monetary": "income", "label": "f"}
                classifier "age-band" settings {"age": "age"}
                classifier "mapping" settings {"input": "country", "mapping": {"US": "americas"}, "default": "rest"}
                classifier "geohash" settings {"input": "home", "precision": 3}
                classifier "kmeans" settings {"inputs": ["age", "income"]}
                segment "loyal" where rfm_segment in ("4", "5")
                segment "adults" where age_band not in ("under_18", "unclassified")
                segment "elsewhere" where country_group = "rest"
                segment "any_cell" where geohash = "u09"
                segment "cluster" where cluster = "cluster_10"
                segment "home_market" where country = "no such label is checked on a schema attribute"
                """, TEXT, ATTRIBUTES);

        assertThat(document.segments()).hasSize(6);
    }
}
