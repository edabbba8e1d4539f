package io.github.segmentkit.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.DefinitionLimits;
import io.github.segmentkit.api.internal.Suggestions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The limits table of docs/definitions.md says what the code enforces, row by row. */
class DocumentedLimitsTest {
    private static final Path PAGE = Path.of("../docs/definitions.md");

    @Test
    void should_document_every_enforced_limit_with_its_value() throws IOException {
        Map<String, String> documented = limitsTable(Files.readAllLines(PAGE));

        assertThat(documented).containsExactlyInAnyOrderEntriesOf(Map.of(
                "document size", DefinitionLimits.MAX_SOURCE_LENGTH / (1024 * 1024)
                        + " MiB (characters for text, bytes for JSON)",
                "nesting depth of criteria", grouped(DefinitionLimits.MAX_DEPTH),
                "criterion nodes in one segment", grouped(DefinitionLimits.MAX_NODES),
                "segments per document", grouped(DefinitionLimits.MAX_SEGMENTS),
                "values in one list, operands of one `and`/`or`", grouped(DefinitionLimits.MAX_LIST_SIZE),
                "string length (values, names, descriptions)", grouped(DefinitionLimits.MAX_STRING_LENGTH)
                        + " characters",
                "number literal length", grouped(DefinitionLimits.MAX_NUMBER_LENGTH) + " characters",
                "\"did you mean\" work per document", grouped(Suggestions.DEFAULT_BUDGET)
                        + " edit-distance cells, then no more suggestions"));
    }

    private static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** The rows of the first table after the "## Limits" heading, in page order. */
    private static Map<String, String> limitsTable(List<String> lines) {
        Map<String, String> rows = new LinkedHashMap<>();
        int start = lines.indexOf("## Limits");
        assertThat(start).as("a ## Limits section").isNotNegative();
        boolean inTable = false;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("|")) {
                inTable = true;
                String[] cells = line.split("\\|");
                String name = cells[1].trim();
                if (!name.equals("limit") && !name.startsWith("---")) {
                    rows.put(name, cells[2].trim());
                }
            } else if (inTable) {
                break;
            }
        }
        return rows;
    }
}
