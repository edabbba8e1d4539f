package io.github.segmentkit.examples.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Javadoc examples cannot rot: Java 17's javadoc has no {@code {@snippet}}, so every {@code <pre>{@code ...}</pre>}
 * example in the main sources and javadoc overview pages of the library modules must appear, line for line
 * (indentation and the leading {@code *} aside), in a compiled test source below a marker comment naming its file
 * (see {@link CompiledTwins}).
 * Snippets of the public API live in this package; snippets of engine internals live next to them in the module's
 * own tests, so that they keep compiling when those types stop being public.
 */
class JavadocExamplesTest {
    private static final Path ROOT = Path.of("..");

    /** The made-up source the extraction self-test names in its marker. */
    private static final String SELF_TEST_SOURCE = "segmentation-examples/SelfTest.java";

    /**
     * Modules that are not libraries: their javadoc is not published, so their examples are not checked (the command
     * line's examples are shell commands; its tests run the documented ones, see segmentation-cli's CliDocsTest).
     */
    private static final Set<String> NOT_LIBRARIES = Set.of("segmentation-examples", "segmentation-bom",
            "segmentation-cli");

    @Test
    void should_find_a_compiled_twin_of_every_javadoc_example() throws IOException {
        CompiledTwins twins = CompiledTwins.in(ROOT);
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (JavadocExample example : examples()) {
            checked++;
            Optional<String> problem = twins.missingTwin(example.source, example.lines);
            problem.ifPresent(p -> missing.add(example.source + ":" + example.line
                    + ": javadoc example has no compiled twin; " + p));
        }
        assertThat(checked).as("javadoc examples checked").isGreaterThan(50);
        assertThat(missing).as("javadoc examples without a compiled twin").isEmpty();
    }

    @Test
    void should_have_no_twin_whose_example_is_gone() throws IOException {
        Set<String> documented = new TreeSet<>();
        for (JavadocExample example : examples()) {
            documented.add(example.source);
        }
        documented.addAll(MarkdownJavaBlocks.pages(ROOT));
        documented.add(SELF_TEST_SOURCE);
        assertThat(CompiledTwins.in(ROOT).markersNaming(name -> !documented.contains(name)))
                .as("snippets whose javadoc example was renamed or removed").isEmpty();
    }

    @Test
    void should_extract_examples_and_name_the_first_differing_line() {
        List<JavadocExample> found = extract(SELF_TEST_SOURCE, List.of(
                "/**",
                " * Text.",
                " * <pre>{@code",
                " * int answer = 42;",
                " *     // this line does not exist in any test source",
                " * }</pre>",
                " */"));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).line).isEqualTo(3);
        assertThat(found.get(0).lines)
                .containsExactly("int answer = 42;", "// this line does not exist in any test source");

        // the twin of the first line is right here, below the marker; the second line has none
        // javadoc: segmentation-examples/SelfTest.java
        int answer = 42;
        assertThat(answer).isEqualTo(42);
        assertThat(CompiledTwins.in(ROOT).missingTwin(SELF_TEST_SOURCE, found.get(0).lines)).hasValueSatisfying(
                problem -> assertThat(problem).contains("JavadocExamplesTest.java:")
                        .contains("first differing line 2 of the example")
                        .contains("expected `// this line does not exist in any test source`"));
    }

    /** Every example of every library module's main sources and overview page. */
    private static List<JavadocExample> examples() throws IOException {
        List<JavadocExample> examples = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.sorted().toList()) {
                String name = module.getFileName().toString();
                Path main = module.resolve("src/main/java");
                if (!name.startsWith("segmentation-") || NOT_LIBRARIES.contains(name) || !Files.isDirectory(main)) {
                    continue;
                }
                List<Path> files = new ArrayList<>();
                try (Stream<Path> sources = Files.walk(main)) {
                    sources.filter(f -> f.toString().endsWith(".java")).sorted().forEach(files::add);
                }
                Path overview = module.resolve("src/main/javadoc/overview.html");
                if (Files.isRegularFile(overview)) {
                    files.add(overview);
                }
                for (Path file : files) {
                    String source = ROOT.relativize(file).toString().replace('\\', '/');
                    examples.addAll(extract(source, Files.readAllLines(file)));
                }
            }
        }
        return examples;
    }

    /** The {@code <pre>{@code ...}</pre>} blocks of one file, each line without its {@code *} and indentation. */
    static List<JavadocExample> extract(String source, List<String> fileLines) {
        List<JavadocExample> examples = new ArrayList<>();
        for (int i = 0; i < fileLines.size(); i++) {
            int open = fileLines.get(i).indexOf("<pre>{@code");
            if (open < 0) {
                continue;
            }
            int firstLine = i + 1;
            List<String> lines = new ArrayList<>();
            String rest = fileLines.get(i).substring(open + "<pre>{@code".length());
            while (true) {
                int close = rest.indexOf("}</pre>");
                String content = close < 0 ? rest : rest.substring(0, close);
                if (!content.isBlank() || (close < 0 && i + 1 != firstLine)) {
                    lines.add(content.strip());
                }
                if (close >= 0 || ++i == fileLines.size()) {
                    break;
                }
                rest = withoutCommentStar(fileLines.get(i));
            }
            examples.add(new JavadocExample(source, firstLine, lines));
        }
        return examples;
    }

    private static String withoutCommentStar(String line) {
        String stripped = line.strip();
        return stripped.startsWith("*") ? stripped.substring(1) : stripped;
    }

    /** One example: its file (relative to the repository root), the line of its {@code <pre>}, its lines. */
    record JavadocExample(String source, int line, List<String> lines) {}
}
