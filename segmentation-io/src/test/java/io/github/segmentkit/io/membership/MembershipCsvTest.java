package io.github.segmentkit.io.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.io.runs.ListedResult;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.PrimitiveIterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MembershipCsvTest {
    static final LocalDate MARCH = LocalDate.of(2024, 3, 31);

    @TempDir
    Path directory;

    @Test
    void should_write_a_header_and_one_rfc_4180_row_per_membership() throws IOException {
        StringBuilder out = new StringBuilder();

        long written = MembershipCsv.write(MembershipRows.of(MembershipRowsTest.RUN).withUnsegmentedAs("none"),
                MARCH, out);

        assertThat(written).isEqualTo(6);
        assertThat(out.toString()).isEqualTo("customer_id,segment,as_of\r\n"
                + "10,a,2024-03-31\r\n30,a,2024-03-31\r\n30,b,2024-03-31\r\n40,b,2024-03-31\r\n"
                + "20,none,2024-03-31\r\n50,none,2024-03-31\r\n");
    }

    @Test
    void should_quote_segment_names_that_need_it() throws IOException {
        String awkward = "big, \"loyal\"\nones";
        ListedResult run = ListedResult.withSegments(awkward).customer(-5, awkward).build();
        Path file = directory.resolve("memberships.csv");

        MembershipCsv.write(MembershipRows.of(run), MARCH, file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("customer_id,segment,as_of\r\n"
                + "-5,\"big, \"\"loyal\"\"\nones\",2024-03-31\r\n");
    }

    @Test
    void should_replace_an_existing_file_and_leave_no_temporary_file() throws IOException {
        Path file = directory.resolve("memberships.csv");
        Files.writeString(file, "old content");

        MembershipCsv.write(MembershipRows.of(MembershipRowsTest.RUN), MARCH, file);

        assertThat(Files.readString(file)).startsWith("customer_id,segment,as_of\r\n10,a,");
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void should_keep_the_previous_file_when_writing_fails_midway() throws IOException {
        Path file = directory.resolve("memberships.csv");
        Files.writeString(file, "previous run");
        SegmentationResult failing = failingAfterFirstMember(MembershipRowsTest.RUN);

        assertThatThrownBy(() -> MembershipCsv.write(MembershipRows.of(failing), MARCH, file))
                .isInstanceOf(IllegalStateException.class).hasMessage("engine lost");

        assertThat(Files.readString(file)).isEqualTo("previous run");
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void should_name_the_file_it_cannot_write() {
        Path file = directory.resolve("no-such-directory").resolve("memberships.csv");

        assertThatThrownBy(() -> MembershipCsv.write(MembershipRows.of(MembershipRowsTest.RUN), MARCH, file))
                .isInstanceOf(MembershipWriteException.class)
                .hasMessageContaining("could not write the memberships to " + file);
    }

    /** {@code result}, except that its member iterators throw after their first row, as a broken engine might. */
    static SegmentationResult failingAfterFirstMember(SegmentationResult result) {
        return (SegmentationResult) Proxy.newProxyInstance(MembershipCsvTest.class.getClassLoader(),
                new Class<?>[] {SegmentationResult.class}, (proxy, method, args) -> {
                    Object value = method.invoke(result, args);
                    if (!method.getName().equals("memberRows")) {
                        return value;
                    }
                    PrimitiveIterator.OfInt rows = (PrimitiveIterator.OfInt) value;
                    return new PrimitiveIterator.OfInt() {
                        private int given;

                        @Override
                        public boolean hasNext() {
                            return rows.hasNext();
                        }

                        @Override
                        public int nextInt() {
                            if (given++ == 1) {
                                throw new IllegalStateException("engine lost");
                            }
                            return rows.nextInt();
                        }
                    };
                });
    }
}
