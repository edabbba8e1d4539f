package io.github.segmentkit.definitions;

import static io.github.segmentkit.definitions.DefinitionsFormat.JSON;
import static io.github.segmentkit.definitions.DefinitionsFormat.TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.testing.generators.ClassifierSamples;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every built-in classifier configuration round-trips through text and JSON, and segments can use its label. */
class ClassifierConfigRoundTripTest {
    private static final List<Attribute> ATTRIBUTES = TestCustomers.SCHEMA.attributes();

    @Test
    void should_have_a_sample_of_every_registered_type() {
        assertThat(ClassifierSamples.byName().keySet().stream().map(ClassifierSamples::type)
                .collect(Collectors.toSet())).containsAll(ClassifierRegistry.types());
    }

    @Test
    void should_round_trip_every_classifier_configuration() throws Exception {
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
                getClass().getResourceAsStream("/io/github/segmentkit/definitions/segment-definitions.schema.json"));
        for (Map.Entry<String, Map<String, Object>> sample : ClassifierSamples.byName().entrySet()) {
            Classifier classifier = ClassifierRegistry.create(ClassifierSamples.type(sample.getKey()),
                    sample.getValue());
            // a label the classifier can give: a document comparing its output with any other is refused
            String label = classifier.possibleLabels().orElse(List.of("x")).get(0);
            Segment labelled = Segment.named("labelled").where(Attribute.ofCategorical(classifier.output())
                    .in(Label.UNCLASSIFIED, label));
            DefinitionsDocument document = new DefinitionsDocument(List.of(classifier), List.of(labelled));

            String text = Definitions.print(document, TEXT);
            DefinitionsDocument fromText = Definitions.parse(text, TEXT, ATTRIBUTES);
            assertThat(fromText).as(sample.getKey() + "\n" + text).isEqualTo(document);
            assertThat(Definitions.print(fromText, TEXT)).isEqualTo(text);

            String json = Definitions.print(document, JSON);
            DefinitionsDocument fromJson = Definitions.parse(json.getBytes(StandardCharsets.UTF_8), JSON,
                    ATTRIBUTES);
            assertThat(fromJson).as(sample.getKey() + "\n" + json).isEqualTo(document);
            assertThat(schema.validate(new ObjectMapper().readTree(json))).as(json).isEmpty();
        }
    }

    @Test
    void should_report_unknown_types_and_bad_settings_with_positions() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> Definitions.parse("""
                classifier "age-bands" settings {"age": "age"}
                classifier "age-band" settings {"age": 42}
                segment "s" where all
                """, TEXT, ATTRIBUTES));
        assertThat(e.problems()).hasSize(2);
        assertThat(e.problems().get(0).toString()).startsWith("line 1, column 12: classifier 'age-bands':"
                + " unknown classifier type 'age-bands'");
        assertThat(e.problems().get(1).position().line()).isEqualTo(2);
    }

    @Test
    void should_name_the_classifier_once_in_a_settings_problem() {
        DefinitionException text = assertThrows(DefinitionException.class, () -> Definitions.parse(
                "classifier \"age-band\" settings {\"input\": \"age\"}", TEXT, ATTRIBUTES));
        assertThat(text.problems().get(0).toString().lines().findFirst().orElseThrow()).isEqualTo("line 1, column 12:"
                + " attribute 'input': classifier 'age-band', setting 'input': unknown setting; known settings are"
                + " [age, birthDate, edges, output, referenceDate]");
        DefinitionException json = assertThrows(DefinitionException.class, () -> Definitions.parse(
                ("{\"formatVersion\": 1, \"classifiers\": [{\"type\": \"age-band\", \"settings\": {\"input\": \"age\"}}],"
                        + " \"segments\": []}").getBytes(java.nio.charset.StandardCharsets.UTF_8), JSON, ATTRIBUTES));
        assertThat(json.problems().get(0).toString()).isEqualTo("attribute 'input': at /classifiers/0: classifier"
                + " 'age-band', setting 'input': unknown setting; known settings are [age, birthDate, edges, output,"
                + " referenceDate]");
    }

    @Test
    void should_report_an_output_that_collides_with_an_attribute_at_the_classifier() {
        // before, the document read fine and CustomerSchema.withClassifier failed later, far from the file
        DefinitionException text = assertThrows(DefinitionException.class, () -> Definitions.parse("""
                classifier "generation" settings {"input": "age", "output": "gen"}
                classifier "age-band" settings {"age": "age", "output": "country"}
                classifier "age-band" settings {"age": "age", "output": "gen"}
                """, TEXT, ATTRIBUTES));
        assertThat(text.problems()).extracting(p -> p.toString().lines().findFirst().orElseThrow()).containsExactly(
                "line 2, column 12: classifier 'age-band': its output 'country' is already an attribute (categorical,"
                        + " of the schema or an earlier classifier); set \"output\" to another name",
                "line 3, column 12: classifier 'age-band': its output 'gen' is already an attribute (categorical,"
                        + " of the schema or an earlier classifier); set \"output\" to another name");
        DefinitionException json = assertThrows(DefinitionException.class, () -> Definitions.parse(
                "{\"formatVersion\": 1, \"classifiers\": [{\"type\": \"generation\", \"settings\": {\"input\":"
                        + " \"age\", \"output\": \"income\"}}], \"segments\": []}", JSON, ATTRIBUTES));
        assertThat(json.problems().get(0).toString()).isEqualTo("at /classifiers/0: classifier 'generation': its"
                + " output 'income' is already an attribute (double, of the schema or an earlier classifier); set"
                + " \"output\" to another name");
    }

    @Test
    void should_report_an_output_name_that_is_not_an_attribute_name() {
        // found by HostileInputPropertyTest: a control character in the output escaped as IllegalArgumentException
        DefinitionException text = assertThrows(DefinitionException.class, () -> Definitions.parse(
                "classifier \"generation\" settings {\"input\": \"age\", \"output\": \"\\u0001gen\"}", TEXT,
                ATTRIBUTES));
        assertThat(text.problems().get(0).toString().lines().findFirst().orElseThrow()).isEqualTo("line 1, column 12:"
                + " classifier 'generation': its output is not a usable attribute name: attribute name contains a"
                + " control character: '\\u0001gen'");
        DefinitionException json = assertThrows(DefinitionException.class, () -> Definitions.parse(
                ("{\"formatVersion\": 1, \"classifiers\": [{\"type\": \"generation\", \"settings\": {\"input\":"
                        + " \"age\", \"output\": \"\\u0001gen\"}}], \"segments\": []}")
                        .getBytes(StandardCharsets.UTF_8), JSON, ATTRIBUTES));
        assertThat(json.problems().get(0).toString()).isEqualTo("at /classifiers/0: classifier 'generation': its"
                + " output is not a usable attribute name: attribute name contains a control character:"
                + " '\\u0001gen'");
    }

    private static final class Label {
        static final String UNCLASSIFIED = io.github.segmentkit.api.classify.Label.UNCLASSIFIED;
    }

}
