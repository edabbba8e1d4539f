package io.github.segmentkit.cli;

import static io.github.segmentkit.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HelpTest {
    private static final List<String> COMMANDS = List.of("segment", "counts", "diff", "rfm", "profile", "explain", "report");

    @Test
    void should_give_help_with_the_exit_codes_on_every_command() {
        for (String command : COMMANDS) {
            CliRun.Result result = run(command, "--help");

            assertThat(result.exitCode()).as(command).isZero();
            assertThat(result.out()).as(command).startsWith("Usage: segmentkit " + command)
                    .contains("Exit codes:").contains("--quiet").contains("--verbose");
            for (Map.Entry<String, String> code : ExitCodes.described().entrySet()) {
                assertThat(result.out()).as(command).containsPattern("(?m)^\\s+" + code.getKey() + "\\s+\\S");
            }
        }
        CliRun.Result root = run("--help");
        assertThat(root.exitCode()).isZero();
        assertThat(root.out()).contains("Exit codes:");
        COMMANDS.forEach(command -> assertThat(root.out()).contains(command));
    }

    @Test
    void should_document_every_exit_code_and_command_in_docs_cli_md() throws IOException {
        String docs = Files.readString(CliRun.REPO.resolve("docs/cli.md"), StandardCharsets.UTF_8);

        for (String code : ExitCodes.described().keySet()) {
            assertThat(docs).containsPattern("(?m)^\\| `" + code + "` \\|");
        }
        COMMANDS.forEach(command -> assertThat(docs).contains("## `segmentkit " + command));
    }

    @Test
    void should_exit_2_without_a_command_or_with_an_unknown_one() {
        CliRun.Result none = run();
        CliRun.Result unknown = run("segmnet");

        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("a command is needed");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("segmnet").contains("segment");
    }
}
