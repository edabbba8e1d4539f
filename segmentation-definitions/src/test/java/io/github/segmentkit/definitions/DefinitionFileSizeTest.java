package io.github.segmentkit.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.DefinitionLimits;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Definitions.read} reads at most one byte past the document limit, whatever the file is: a file that
 * reports its size as 0 ({@code /dev/zero}, a FIFO) cannot make it read without end, and the message names the
 * file, not its absolute path.
 */
class DefinitionFileSizeTest {
    private static final String TOO_LARGE = " has more than 4194304 bytes, the limit of a definitions document";

    @Test
    @EnabledOnOs(OS.LINUX)
    void should_stop_reading_an_endless_file_at_the_limit() {
        Path endless = Path.of("/dev/zero");
        assertThat(Files.isReadable(endless)).as("/dev/zero on this machine").isTrue();

        DefinitionException thrown = assertThrows(DefinitionException.class,
                () -> Definitions.read(endless, TestCustomers.SCHEMA.attributes()));

        assertThat(thrown.problems()).singleElement().extracting(p -> p.message()).isEqualTo("zero" + TOO_LARGE);
    }

    @Test
    void should_refuse_a_file_one_byte_over_the_limit_and_read_one_at_the_limit(@TempDir Path directory)
            throws IOException {
        Path over = Files.writeString(directory.resolve("over.seg"),
                "#" + " ".repeat(DefinitionLimits.MAX_SOURCE_LENGTH));
        Path at = Files.writeString(directory.resolve("at.seg"),
                "#" + " ".repeat(DefinitionLimits.MAX_SOURCE_LENGTH - 1));

        DefinitionException thrown = assertThrows(DefinitionException.class,
                () -> Definitions.read(over, TestCustomers.SCHEMA.attributes()));

        assertThat(thrown.problems()).singleElement().extracting(p -> p.message()).isEqualTo("over.seg" + TOO_LARGE);
        assertThat(thrown.getMessage()).doesNotContain(directory.toString());
        assertThat(Definitions.read(at, TestCustomers.SCHEMA.attributes()).segments()).isEmpty();
    }
}
