package io.github.segmentkit.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile document kept in {@code fuzz-corpus/} (see its README) is read in its format: it parses, or it is
 * refused with a {@link DefinitionException} whose every problem is placed and prints safely. Anything else escaping
 * (a stack overflow, an out-of-memory, another exception) fails the build.
 */
class FuzzCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/fuzz-corpus");

    static Stream<Path> corpus() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(CORPUS)) {
            files = listing.filter(f -> !f.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).as("corpus files").hasSizeGreaterThanOrEqualTo(30);
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void should_refuse_hostile_documents_only_with_placed_and_printable_problems(Path file) {
        DefinitionException refused;
        try {
            Definitions.read(file, TestCustomers.SCHEMA.attributes());
            return;   // a hostile-looking but valid document (a byte-order mark, only comments) may parse
        } catch (DefinitionException e) {
            refused = e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            fail(file.getFileName() + " escaped as " + e, e);
            return;
        }
        assertThat(HostileDocumentRule.violation(refused, CORPUS.toAbsolutePath().toString()))
                .as(file.getFileName().toString()).isEmpty();
    }
}
