package io.github.segmentkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The consumer project (src/it/consumer, built by maven-invoker-plugin in {@code verify}) uses SegmentKit exactly as
 * README.md shows: its pom holds README's Maven coordinates and its ReadmeExampleTest README's example, character
 * for character apart from indentation; README's import lines, should it show them, are among the test's imports.
 */
class ConsumerProjectTest {
    private static final Path CONSUMER = Path.of("src/it/consumer");

    @Test
    void should_declare_the_maven_coordinates_of_the_readme() throws IOException {
        String pom = Files.readString(CONSUMER.resolve("pom.xml"));
        String block = between(pom, "  <!-- README.md: begin -->\n", "  <!-- README.md: end -->");

        assertThat(unindented(block, 2)).isEqualTo(readmeBlock("## Maven coordinates", "```xml"));
    }

    @Test
    void should_run_the_example_of_the_readme() throws IOException {
        String test = Files.readString(CONSUMER.resolve("src/test/java/com/example/consumer/ReadmeExampleTest.java"));
        String region = between(test, "        // tag::readme[]\n", "        // end::readme[]");
        List<String> readme = readmeBlock("## Example", "```java").lines().toList();

        List<String> imports = readme.stream().filter(line -> line.startsWith("import ")).toList();
        String code = readme.stream().filter(line -> !line.startsWith("import ")).collect(Collectors.joining("\n"))
                .strip();
        assertThat(test.lines()).as("README's imports").containsAll(imports);
        assertThat(unindented(region, 8)).isEqualTo(code);
    }

    /** The first fenced block that opens with {@code fence} after the {@code heading} of README.md, without fences. */
    private static String readmeBlock(String heading, String fence) throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        int section = readme.indexOf("\n" + heading + "\n");
        assertThat(section).as("README.md has a section '%s'", heading).isNotNegative();
        return between(readme.substring(section), fence + "\n", "\n```").strip();
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("marker '%s'", start.strip()).isNotNegative();
        int to = text.indexOf(end, from + start.length());
        assertThat(to).as("marker '%s'", end.strip()).isNotNegative();
        return text.substring(from + start.length(), to);
    }

    private static String unindented(String text, int columns) {
        String indent = " ".repeat(columns);
        return text.lines().map(line -> line.startsWith(indent) ? line.substring(columns) : line.strip())
                .collect(Collectors.joining("\n")).strip();
    }
}
