package io.github.segmentkit.examples.snippets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the compiled twin of a documentation example: the same lines (each stripped of its indentation) in a test
 * source of the build, below a marker comment {@value #MARKER}{@code <source>} naming where the example is written.
 * The marker makes every twin traceable to its example and lets a check find twins whose example is gone.
 */
final class CompiledTwins {
    /** The comment that names the example's source file, relative to the repository root. */
    static final String MARKER = "// javadoc: ";

    private final Path root;
    private final List<TestSource> sources;

    private CompiledTwins(Path root, List<TestSource> sources) {
        this.root = root;
        this.sources = sources;
    }

    /** Reads every {@code src/test/java} source of every module under {@code root}. */
    static CompiledTwins in(Path root) {
        try (Stream<Path> modules = Files.list(root)) {
            List<TestSource> sources = new ArrayList<>();
            for (Path module : modules.sorted().toList()) {
                Path tests = module.resolve("src/test/java");
                if (!Files.isDirectory(tests)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(tests)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                        sources.add(new TestSource(root.relativize(file), normalise(Files.readAllLines(file))));
                    }
                }
            }
            return new CompiledTwins(root, sources);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each line without its indentation or trailing blanks; the unit both texts are compared in. */
    static List<String> normalise(List<String> lines) {
        return lines.stream().map(String::strip).collect(Collectors.toList());
    }

    /** The repository-relative name of {@code file}, with '/' separators, as markers spell it. */
    String nameOf(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /**
     * Empty when {@code example} (already normalised) appears in a test source below a marker naming
     * {@code sourceName}; otherwise what is wrong: where the closest candidate is and its first differing line.
     */
    Optional<String> missingTwin(String sourceName, List<String> example) {
        Mismatch closest = null;
        for (TestSource source : sources) {
            for (int start = 0; start < source.lines.size(); start++) {
                int same = 0;
                while (same < example.size() && start + same < source.lines.size()
                        && source.lines.get(start + same).equals(example.get(same))) {
                    same++;
                }
                if (same == example.size() && sourceName.equals(source.markerAbove(start))) {
                    return Optional.empty();
                }
                if (same > 0 && (closest == null || same > closest.sameLines)) {
                    closest = new Mismatch(source, start, same);
                }
            }
        }
        if (closest == null) {
            return Optional.of("no test source holds its first line `" + example.get(0) + "`");
        }
        if (closest.sameLines == example.size()) {
            return Optional.of("its twin at " + closest.source.name + ":" + (closest.start + 1)
                    + " is not below the marker `" + MARKER + sourceName + "` (found `" + MARKER
                    + closest.source.markerAbove(closest.start) + "`)");
        }
        int differing = closest.start + closest.sameLines;
        String found = differing < closest.source.lines.size() ? closest.source.lines.get(differing) : "<end of file>";
        return Optional.of("closest is " + closest.source.name + ":" + (closest.start + 1) + ", first differing line "
                + (closest.sameLines + 1) + " of the example: expected `" + example.get(closest.sameLines)
                + "` but found `" + found + "`");
    }

    /** Markers naming a source that {@code known} does not accept (a renamed or removed example), with their place. */
    List<String> markersNaming(java.util.function.Predicate<String> unknown) {
        List<String> stale = new ArrayList<>();
        for (TestSource source : sources) {
            for (int i = 0; i < source.lines.size(); i++) {
                String line = source.lines.get(i);
                if (line.startsWith(MARKER) && unknown.test(line.substring(MARKER.length()))) {
                    stale.add(source.name + ":" + (i + 1) + ": `" + line + "` names no documentation example");
                }
            }
        }
        return stale;
    }

    private record TestSource(Path name, List<String> lines) {
        /** The source named by the nearest marker at or above {@code line}, or null. */
        String markerAbove(int line) {
            for (int i = line; i >= 0; i--) {
                if (lines.get(i).startsWith(MARKER)) {
                    return lines.get(i).substring(MARKER.length());
                }
            }
            return null;
        }
    }

    private record Mismatch(TestSource source, int start, int sameLines) {}
}
