package io.github.segmentkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every {@code segmentkit} command of the {@code shell} blocks of docs/cli.md, in order, from the repository's
 * root: repository files as they are, every other file (outputs, and the inputs earlier commands wrote) in a
 * temporary directory. Each must succeed.
 */
class CliDocsTest {
    private static final Pattern SHELL_BLOCK = Pattern.compile("```shell\\n(.*?)```", Pattern.DOTALL);
    private static final String JAR = "java -jar segmentation-cli/target/segmentkit.jar ";

    @TempDir
    Path dir;

    static List<String> commands() throws IOException {
        String docs = Files.readString(CliRun.REPO.resolve("docs/cli.md"), StandardCharsets.UTF_8);
        List<String> commands = new ArrayList<>();
        Matcher block = SHELL_BLOCK.matcher(docs);
        while (block.find()) {
            String joined = block.group(1).replace("\\\n", " ");
            for (String line : joined.split("\n")) {
                String command = line.strip();
                if (command.startsWith("segmentkit ")) {
                    commands.add(command.substring("segmentkit ".length()));
                } else if (command.startsWith(JAR) && !command.endsWith("--help")) {
                    commands.add(command.substring(JAR.length()));
                }
            }
        }
        return commands;
    }

    @Test
    void should_run_every_example_of_docs_cli_md() throws IOException {
        List<String> commands = commands();
        assertThat(commands).hasSizeGreaterThanOrEqualTo(6);
        for (String command : commands) {
            List<String> args = new ArrayList<>();
            for (String token : command.split("\\s+")) {
                Path inRepository = CliRun.REPO.resolve(token);
                if (token.startsWith("-") || !token.contains(".")) {
                    args.add(token);
                } else if (Files.exists(inRepository)) {
                    args.add(inRepository.toString());
                } else {
                    args.add(dir.resolve(token).toString());
                }
            }

            CliRun.Result result = CliRun.run(args.toArray(String[]::new));

            assertThat(result.exitCode()).as(command + "\n" + result.err()).isZero();
        }
        assertThat(dir.resolve("changes.csv")).exists();
        assertThat(dir.resolve("rfm.csv")).exists();
    }

    @Test
    void should_show_the_counts_the_counts_example_prints() throws IOException {
        String docs = Files.readString(CliRun.REPO.resolve("docs/cli.md"), StandardCharsets.UTF_8);
        String counts = commands().stream().filter(c -> c.startsWith("counts ")).findFirst().orElseThrow();
        List<String> args = new ArrayList<>();
        for (String token : counts.split("\\s+")) {
            args.add(token.contains("/") ? CliRun.REPO.resolve(token).toString() : token);
        }

        CliRun.Result result = CliRun.run(args.toArray(String[]::new));

        assertThat(result.exitCode()).isZero();
        assertThat(docs).contains(result.out().strip());
    }
}
