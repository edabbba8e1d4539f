package io.github.segmentkit.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A file's format comes from its extension, as {@code Definitions.read} documents. */
class DefinitionsFormatTest {
    @Test
    void should_choose_json_for_a_json_extension_in_any_case_and_text_otherwise() {
        assertThat(DefinitionsFormat.of(Path.of("dir", "crm.json"))).isEqualTo(DefinitionsFormat.JSON);
        assertThat(DefinitionsFormat.of(Path.of("CRM.JSON"))).isEqualTo(DefinitionsFormat.JSON);
        assertThat(DefinitionsFormat.of(Path.of("crm.seg"))).isEqualTo(DefinitionsFormat.TEXT);
        assertThat(DefinitionsFormat.of(Path.of("json"))).isEqualTo(DefinitionsFormat.TEXT);
        assertThat(DefinitionsFormat.of(Path.of("crm.json.seg"))).isEqualTo(DefinitionsFormat.TEXT);
    }

    @Test
    void should_do_what_its_javadoc_example_says() {
        // javadoc: segmentation-definitions/src/main/java/io/github/segmentkit/definitions/DefinitionsFormat.java
        DefinitionsFormat.of(Path.of("crm.json"));   // JSON
        DefinitionsFormat.of(Path.of("crm.seg"));    // TEXT

        assertThat(DefinitionsFormat.of(Path.of("crm.json"))).isEqualTo(DefinitionsFormat.JSON);
        assertThat(DefinitionsFormat.of(Path.of("crm.seg"))).isEqualTo(DefinitionsFormat.TEXT);
    }
}
