package io.github.segmentkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.definitions.Definitions;
import io.github.segmentkit.examples.personality.DemoSegments;
import io.github.segmentkit.examples.personality.PersonalitySchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled definitions files say exactly what the Java DSL in {@link DemoSegments} says. */
class DefinitionsFilesTest {
    private static final Path DIRECTORY = Path.of("src/main/resources/definitions");

    @Test
    void should_parse_the_text_file_to_the_java_segments() throws IOException {
        assertThat(Definitions.read(DIRECTORY.resolve("demo.seg"), PersonalitySchema.SCHEMA.attributes()).segments())
                .isEqualTo(DemoSegments.ALL);
    }

    @Test
    void should_parse_the_json_file_to_the_java_segments() throws IOException {
        assertThat(Definitions.read(DIRECTORY.resolve("demo.json"), PersonalitySchema.SCHEMA.attributes()).segments())
                .isEqualTo(DemoSegments.ALL);
    }

    @Test
    void should_run_the_demo_from_a_definitions_file_with_the_same_counts() {
        ByteArrayOutputStream fromJava = new ByteArrayOutputStream();
        ByteArrayOutputStream fromFile = new ByteArrayOutputStream();
        assertThat(Main.run(new String[] {"demo"}, new PrintStream(fromJava, true, StandardCharsets.UTF_8),
                System.err)).isZero();
        assertThat(Main.run(new String[] {"demo", "--definitions", DIRECTORY.resolve("demo.seg").toString()},
                new PrintStream(fromFile, true, StandardCharsets.UTF_8), System.err)).isZero();
        assertThat(fromFile.toString(StandardCharsets.UTF_8))
                .endsWith(fromJava.toString(StandardCharsets.UTF_8));
    }

    @Test
    void should_name_file_line_and_column_of_a_mistake(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("typo.seg");
        Files.writeString(file, "segment \"rich\"\n  where incom >= 100000\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"demo", "--definitions", file.toString()}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: line 2, column 9: segment 'rich':"
                + " typo.seg: unknown attribute 'incom' (did you mean 'income'?)");
        org.junit.jupiter.api.Assertions.assertThrows(DefinitionException.class,
                () -> Definitions.read(file, PersonalitySchema.SCHEMA.attributes()));
    }
}
