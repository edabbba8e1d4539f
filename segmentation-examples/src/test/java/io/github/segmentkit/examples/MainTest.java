package io.github.segmentkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's entry logic: exit codes and messages as a user sees them; no stack trace reaches the user. */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void should_run_the_demo_by_default() {
        assertThat(run()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Customer Personality Analysis: 2240 customers");
    }

    @Test
    void should_run_a_campaign_on_the_bundled_data() {
        assertThat(run("campaign")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Campaign audiences").contains("win-back")
                .contains("Response per segment");
        assertThat(run("campaign", "now")).isEqualTo(2);
    }

    @Test
    void should_run_the_classifier_families() {
        assertThat(run("families")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Age band").contains("UN M49 region")
                .contains("Illustrative survey").contains("k-means");
    }

    @Test
    void should_print_rfm_segments_of_the_online_retail_sample() {
        assertThat(run("rfm")).isZero();
        // 221 hibernating customers, as the test resource golden/online-retail-sample20-expected.csv has it: computed
        // outside Java by a standard-library Python rewrite of the pandas.qcut RFM recipe (see NOTICE)
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("hibernating\\s+221");
    }

    @Test
    void should_reject_an_unknown_command_with_usage() {
        assertThat(run("demoo")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'demoo'").contains("usage:");
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void should_say_that_a_definitions_directory_is_not_a_file_and_name_its_files(@TempDir Path directory)
            throws IOException {
        Files.writeString(directory.resolve("b.seg"), "segment \"all\" where all\n");
        Files.writeString(directory.resolve("a.json"), "{}");
        Files.writeString(directory.resolve("notes.txt"), "");

        assertThat(run("demo", "--definitions", directory.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("error: the definitions path " + directory + " is a directory, not a file; give"
                + " one of its files: a.json, b.seg" + System.lineSeparator());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void should_say_that_a_definitions_directory_holds_no_definitions(@TempDir Path directory) {
        assertThat(run("demo", "--definitions", directory.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("error: the definitions path " + directory + " is a directory, not a file; it"
                + " holds no .seg or .json file" + System.lineSeparator());
    }

    @Test
    void should_warn_that_a_comment_only_definitions_file_defines_no_segments(@TempDir Path directory)
            throws IOException {
        Path empty = Files.writeString(directory.resolve("empty.seg"), "# nothing yet\n");

        assertThat(run("demo", "--definitions", empty.toString())).isZero();
        assertThat(err()).isEqualTo("warning: " + empty + " defines no segments; every customer will be in no segment"
                + System.lineSeparator());
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("\\(in no segment\\)\\s+2240\\s+100\\.0%");
    }

    @Test
    void should_say_that_a_definitions_file_does_not_exist(@TempDir Path directory) {
        Path missing = directory.resolve("missing.seg");

        assertThat(run("demo", "--definitions", missing.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("error: the definitions file " + missing + " does not exist"
                + System.lineSeparator());
    }

    @Test
    void should_reject_unexpected_arguments_with_usage() {
        assertThat(run("families", "--fast")).isEqualTo(2);
        assertThat(err()).startsWith("unexpected argument '--fast' after 'families'" + System.lineSeparator()
                + "usage: java -jar segmentkit-examples.jar <command>");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void should_reject_unexpected_demo_arguments_with_usage() {
        assertThat(run("demo", "--verbose")).isEqualTo(2);
        assertThat(run("demo", "--definitions")).isEqualTo(2);
        assertThat(run("demo", "--definitions", "demo.seg", "extra")).isEqualTo(2);
        assertThat(run("rfm", "x")).isEqualTo(2);
        assertThat(run("help", "demo")).isEqualTo(2);
        assertThat(err().lines().filter(line -> !line.isBlank() && !line.startsWith(" ")
                && !line.startsWith("usage:") && !line.startsWith("commands:")).toList()).containsExactly(
                "unexpected argument '--verbose' after 'demo'",
                "'demo --definitions' needs a FILE",
                "unexpected argument 'extra' after 'demo --definitions demo.seg'",
                "unexpected argument 'x' after 'rfm'",
                "unexpected argument 'demo' after 'help'");
        assertThat(err().lines().filter(line -> line.startsWith("usage: java -jar segmentkit-examples.jar")))
                .hasSize(5);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
