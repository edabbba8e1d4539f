package io.github.segmentkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.definitions.Definitions;
import io.github.segmentkit.definitions.DefinitionsDocument;
import io.github.segmentkit.definitions.DefinitionsFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/classifiers.md cannot rot: every {@code seg} example parses as a definitions document whose classifiers are
 * built by their providers from the documented settings, every built-in type has one, and every segment uses the
 * output of the classifier above it.
 */
class ClassifiersDocTest {
    private static final Pattern SEG_BLOCK = Pattern.compile("```seg\n(.*?)```", Pattern.DOTALL);

    private static List<String> segBlocks() throws IOException {
        String doc = Files.readString(Path.of("../docs/classifiers.md"));
        List<String> blocks = new ArrayList<>();
        Matcher matcher = SEG_BLOCK.matcher(doc);
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return blocks;
    }

    @Test
    void should_parse_every_definitions_example_and_cover_every_built_in_type() throws IOException {
        Set<String> documented = new TreeSet<>();
        for (String block : segBlocks()) {
            // the examples' own input attributes need no declaration: only the derived outputs are used
            DefinitionsDocument document = Definitions.parse(block, DefinitionsFormat.TEXT, List.<Attribute>of());
            assertThat(document.classifiers()).as(block).hasSize(1);
            assertThat(document.segments()).as(block).hasSize(1);
            Classifier classifier = document.classifiers().get(0);
            assertThat(ClassifierRegistry.create(classifier.type(), classifier.settings())).as(block)
                    .isEqualTo(classifier);
            documented.add(classifier.type());
        }
        assertThat(documented).containsAll(List.of("rfm", "purchase-frequency", "engagement", "kmeans",
                "age-band", "generation", "income-band", "life-stage", "family-size", "mapping", "persona",
                "interest-score", "country-region", "store-distance", "territory", "geohash", "urbanicity"));
    }
}
