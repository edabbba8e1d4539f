package io.github.segmentkit.examples.snippets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The {@code ```java} blocks of the project's Markdown pages (README.md and docs/*.md), each with the line of its
 * opening fence, and the check that each has a compiled twin below a marker naming its page (see
 * {@link CompiledTwins}). A page's Java must compile and run like the javadoc examples, so it cannot rot.
 */
final class MarkdownJavaBlocks {
    private static final String OPENING_FENCE = "```java";
    private static final String CLOSING_FENCE = "```";

    private MarkdownJavaBlocks() {
    }

    /** The pages whose Java blocks are checked: README.md and every docs/*.md, as markers name them. */
    static List<String> pages(Path root) throws IOException {
        List<String> pages = new ArrayList<>(List.of("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(f -> f.getFileName().toString().endsWith(".md")).sorted()
                    .forEach(f -> pages.add(root.relativize(f).toString().replace('\\', '/')));
        }
        return pages;
    }

    /** The Java blocks of {@code page} (relative to {@code root}). */
    static List<JavaBlock> of(Path root, String page) throws IOException {
        return extract(page, Files.readAllLines(root.resolve(page)));
    }

    /** The Java blocks of one page's lines; an unclosed block is an error naming the page and line. */
    static List<JavaBlock> extract(String page, List<String> lines) {
        List<JavaBlock> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals(OPENING_FENCE)) {
                continue;
            }
            int opening = i + 1;
            List<String> block = new ArrayList<>();
            while (++i < lines.size() && !lines.get(i).strip().equals(CLOSING_FENCE)) {
                block.add(lines.get(i));
            }
            if (i == lines.size()) {
                throw new IllegalStateException(page + ":" + opening + ": Java block is never closed by "
                        + CLOSING_FENCE);
            }
            blocks.add(new JavaBlock(page, opening, CompiledTwins.normalise(block)));
        }
        return blocks;
    }

    /**
     * One line per block of {@code page} not left out by {@code skip} that has no compiled twin, naming the page,
     * the line of the block and what differs; {@code checked} receives every block looked at.
     */
    static List<String> missingTwins(Path root, String page, Predicate<JavaBlock> skip, List<JavaBlock> checked)
            throws IOException {
        CompiledTwins twins = CompiledTwins.in(root);
        List<String> missing = new ArrayList<>();
        for (JavaBlock block : of(root, page)) {
            if (skip.test(block)) {
                continue;
            }
            checked.add(block);
            twins.missingTwin(page, block.lines()).ifPresent(problem -> missing.add(page + ":" + block.line()
                    + ": Java block has no compiled twin; " + problem));
        }
        return missing;
    }

    /**
     * One Java block: its page, the line of its opening fence (1-based) and its lines without indentation.
     */
    record JavaBlock(String page, int line, List<String> lines) {
        /** Whether the block shows its imports, as a whole program does. */
        boolean startsWithImports() {
            return !lines.isEmpty() && lines.get(0).startsWith("import ");
        }
    }
}
