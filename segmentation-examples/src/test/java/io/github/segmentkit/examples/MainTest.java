package io.github.segmentkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

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
}
