package io.github.segmentkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.campaign.response.ResponseReport;
import io.github.segmentkit.insight.profile.ProfileReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled twins of segmentation-report's javadoc examples, on the bundled data. */
class ReportSnippetsTest {
    @TempDir
    Path dir;

    @Test
    void should_build_and_write_a_report() throws IOException {
        BundledReport bundled = new BundledReport();
        ProfileReport profiles = bundled.profiles;
        ResponseReport responses = bundled.responses;
        Path folder = dir;

        // javadoc: segmentation-report/src/main/java/io/github/segmentkit/report/SegmentReport.java
        SegmentReport report = SegmentReport.builder()
                .title("Customer segments, December 2014")
                .profiles(profiles)
                .responses(responses)
                .build();
        report.writeHtml(folder.resolve("report.html"));
        report.writeJson(folder.resolve("report.json"));

        assertThat(Files.readString(dir.resolve("report.html"))).contains("<h2>Segment sizes</h2>").contains("<h2>Response rates</h2>")
                .doesNotContain("<h2>Movement between runs</h2>");
        assertThat(Files.readString(dir.resolve("report.json"))).contains("\"movement\" : null");
    }
}
