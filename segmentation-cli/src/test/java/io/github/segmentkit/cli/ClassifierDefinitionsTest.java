package io.github.segmentkit.cli;

import static io.github.segmentkit.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A definitions file that configures a classifier: fitted on the loaded customers, its label usable in segments. */
class ClassifierDefinitionsTest {
    @TempDir
    Path dir;

    @Test
    void should_label_the_loaded_customers_with_the_documents_classifier() throws IOException {
        StringBuilder csv = new StringBuilder("id,age\n");
        Set<Long> young = new TreeSet<>();
        for (int id = 1; id <= 60; id++) {
            int age = 10 + id;   // 11..70
            csv.append(id).append(',').append(age).append('\n');
            if (age >= 18 && age < 35) {   // the bands 18-24 and 25-34 of the edges below
                young.add((long) id);
            }
        }
        Path data = Files.writeString(dir.resolve("people.csv"), csv, StandardCharsets.UTF_8);
        Path mapping = Files.writeString(dir.resolve("people.mapping.json"), """
                {"formatVersion": 1, "id": "id", "columns": [{"column": "age", "kind": "long"}]}
                """);
        Path definitions = Files.writeString(dir.resolve("young.seg"), """
                classifier "age-band"
                  settings {"age": "age", "edges": [18.0, 25.0, 35.0, 45.0, 55.0, 65.0], "output": "age_band"}

                segment "young" where age_band in ("18-24", "25-34")
                """);

        CliRun.Result result = run("segment", "--data", data.toString(), "--mapping", mapping.toString(),
                "--definitions", definitions.toString(), "--as-of", "2024-03-31", "--out", "-", "--quiet");

        assertThat(result.exitCode()).as(result.err()).isZero();
        Map<String, Set<Long>> memberships = SegmentCommandTest.readMemberships(result.out(), "2024-03-31");
        assertThat(memberships).containsOnlyKeys("young");
        assertThat(new TreeSet<>(memberships.get("young"))).isEqualTo(young);
    }
}
