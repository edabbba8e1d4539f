package io.github.segmentkit.examples.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Java blocks of docs/*.md cannot rot: each has a compiled twin, a running test below a marker naming its page
 * (the twins of docs/classifiers.md are in {@code BehavioralDocSnippetsTest}, {@code DemographicDocSnippetsTest}
 * and {@code PsychographicAndGeographicDocSnippetsTest}, those of docs/definitions.md in
 * {@code DefinitionsDocSnippetsTest}).
 */
class DocsSnippetsTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void should_find_a_compiled_twin_of_every_java_block_of_the_docs() throws IOException {
        List<MarkdownJavaBlocks.JavaBlock> checked = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String page : MarkdownJavaBlocks.pages(ROOT)) {
            if (page.startsWith("docs/")) {
                missing.addAll(MarkdownJavaBlocks.missingTwins(ROOT, page, block -> false, checked));
            }
        }

        assertThat(checked).extracting(MarkdownJavaBlocks.JavaBlock::page)
                .contains("docs/classifiers.md", "docs/definitions.md").hasSizeGreaterThanOrEqualTo(20);
        assertThat(missing).as("docs Java blocks without a compiled twin").isEmpty();
    }

    @Test
    void should_extract_java_blocks_with_the_line_of_their_fence_and_nothing_else() {
        List<MarkdownJavaBlocks.JavaBlock> blocks = MarkdownJavaBlocks.extract("docs/self-test.md", List.of(
                "# Title",
                "```seg",
                "segment \"a\" where all",
                "```",
                "```java",
                "    int answer = 42;",
                "",
                "// a line no test source holds",
                "```"));

        assertThat(blocks).containsExactly(new MarkdownJavaBlocks.JavaBlock("docs/self-test.md", 5,
                List.of("int answer = 42;", "", "// a line no test source holds")));
        assertThat(CompiledTwins.in(ROOT).missingTwin("docs/self-test.md", blocks.get(0).lines()))
                .hasValueSatisfying(problem -> assertThat(problem).contains("first differing line"));
    }

    @Test
    void should_name_the_page_and_line_of_a_block_that_is_never_closed() {
        assertThatThrownBy(() -> MarkdownJavaBlocks.extract("docs/self-test.md", List.of("text", "```java", "x();")))
                .hasMessage("docs/self-test.md:2: Java block is never closed by ```");
    }
}
