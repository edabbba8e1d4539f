package io.github.segmentkit.report;

import io.github.segmentkit.campaign.movement.SegmentMovement;
import io.github.segmentkit.campaign.response.ResponseReport;
import io.github.segmentkit.insight.affinity.AffinityReport;
import io.github.segmentkit.insight.explain.Explanation;
import io.github.segmentkit.insight.profile.ProfileReport;
import io.github.segmentkit.report.internal.AffinitySection;
import io.github.segmentkit.report.internal.ExplanationSection;
import io.github.segmentkit.report.internal.FileReplacement;
import io.github.segmentkit.report.internal.Formats;
import io.github.segmentkit.report.internal.JsonFigures;
import io.github.segmentkit.report.internal.MovementSection;
import io.github.segmentkit.report.internal.OverlapSection;
import io.github.segmentkit.report.internal.Page;
import io.github.segmentkit.report.internal.ProfileSection;
import io.github.segmentkit.report.internal.ResponseSection;
import io.github.segmentkit.report.internal.Section;
import io.github.segmentkit.report.internal.SizesSection;
import io.github.segmentkit.report.internal.TopValuesSection;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report of segments: one self-contained HTML page (inline SVG charts and CSS, no script, no external resource,
 * readable offline and printable) and the same figures as JSON for other tools (see {@code docs/report.md}).
 * It shows what it is given: segment sizes, the profile tables (index coloured) and the overlap heatmap from a
 * {@link ProfileReport}; response rates with their Wilson intervals (and, with a control group, lift, p-value and
 * Holm-adjusted p-value) from a {@link ResponseReport}; the migration matrix from a {@link SegmentMovement}; top
 * products per segment from an {@link AffinityReport}; and a sample of {@link Explanation explanations}.
 *
 * <pre>{@code
 * SegmentReport report = SegmentReport.builder()
 *         .title("Customer segments, December 2014")
 *         .profiles(profiles)
 *         .responses(responses)
 *         .build();
 * report.writeHtml(folder.resolve("report.html"));
 * report.writeJson(folder.resolve("report.json"));
 * }</pre>
 *
 * <p>Every text from the data (segment names, attribute values, items) is escaped: a segment named
 * {@code <script>} is shown as such. The same inputs give the same bytes. Immutable and thread-safe.
 */
public final class SegmentReport {
    private final String title;
    private final String description;
    private final ProfileReport profiles;
    private final ResponseReport responses;
    private final SegmentMovement movement;
    private final AffinityReport affinity;
    private final List<Explanation> explanations;

    private SegmentReport(Builder builder) {
        this.title = builder.title;
        this.description = builder.description;
        this.profiles = builder.profiles;
        this.responses = builder.responses;
        this.movement = builder.movement;
        this.affinity = builder.affinity;
        this.explanations = builder.explanations;
    }

    /** A builder of a report titled "Segment report" until {@link Builder#title} says otherwise. */
    public static Builder builder() {
        return new Builder();
    }

    /** The report's title. */
    public String title() {
        return title;
    }

    /** The HTML page, UTF-8 text. */
    public String toHtml() {
        return Page.render(title, summary(), sections());
    }

    /** The figures as JSON, ending with a line break. */
    public String toJson() {
        return JsonFigures.write(title, profiles, responses, movement, affinity, explanations);
    }

    /** Writes {@link #toHtml()} to {@code out} (not closed). */
    public void writeHtml(Writer out) throws IOException {
        out.write(toHtml());
        out.flush();
    }

    /** Writes {@link #toHtml()} to {@code file} in UTF-8, replacing it only once the whole page is written. */
    public void writeHtml(Path file) throws IOException {
        FileReplacement.write(file, toHtml());
    }

    /** Writes {@link #toJson()} to {@code out} (not closed). */
    public void writeJson(Writer out) throws IOException {
        out.write(toJson());
        out.flush();
    }

    /** Writes {@link #toJson()} to {@code file} in UTF-8, replacing it only once the whole document is written. */
    public void writeJson(Path file) throws IOException {
        FileReplacement.write(file, toJson());
    }

    private String summary() {
        List<String> parts = new ArrayList<>();
        if (!description.isEmpty()) {
            parts.add(description);
        }
        if (profiles != null) {
            parts.add(Formats.count(profiles.customers()) + " customers, " + profiles.segments().size()
                    + " segments");
        }
        return String.join(" · ", parts);
    }

    private List<Section> sections() {
        List<Section> sections = new ArrayList<>();
        if (profiles != null) {
            sections.add(new SizesSection(profiles));
            if (!profiles.population().numeric().isEmpty()) {
                sections.add(new ProfileSection(profiles));
            }
            if (!profiles.population().categories().isEmpty()) {
                sections.add(new TopValuesSection(profiles));
            }
            if (!profiles.segments().isEmpty()) {
                sections.add(new OverlapSection(profiles.overlap()));
            }
        }
        if (responses != null) {
            sections.add(new ResponseSection(responses));
        }
        if (movement != null) {
            sections.add(new MovementSection(movement));
        }
        if (affinity != null) {
            sections.add(new AffinitySection(affinity));
        }
        if (explanations != null) {
            sections.add(new ExplanationSection(explanations));
        }
        return sections;
    }

    /**
     * Gathers what the report shows; each part is optional and may be given once. Not thread-safe.
     */
    public static final class Builder {
        private String title = "Segment report";
        private String description = "";
        private ProfileReport profiles;
        private ResponseReport responses;
        private SegmentMovement movement;
        private AffinityReport affinity;
        private List<Explanation> explanations;

        private Builder() {
        }

        /**
         * The title, at the top of the page and in its {@code <title>}.
         *
         * @throws IllegalArgumentException when it is blank
         */
        public Builder title(String title) {
            Objects.requireNonNull(title, "title");
            if (title.isBlank()) {
                throw new IllegalArgumentException("the report's title is blank: '" + title + "'");
            }
            this.title = title;
            return this;
        }

        /** A line under the title: the data and the date it is as of, say. */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /** Sizes, profile tables and overlap heatmap. */
        public Builder profiles(ProfileReport profiles) {
            this.profiles = once(this.profiles, Objects.requireNonNull(profiles, "profiles"), "profiles");
            return this;
        }

        /** Response rates with their intervals, and the control comparisons they have. */
        public Builder responses(ResponseReport responses) {
            this.responses = once(this.responses, Objects.requireNonNull(responses, "responses"), "responses");
            return this;
        }

        /** The migration matrix between two runs. */
        public Builder movement(SegmentMovement movement) {
            this.movement = once(this.movement, Objects.requireNonNull(movement, "movement"), "movement");
            return this;
        }

        /** Top products per segment. */
        public Builder affinity(AffinityReport affinity) {
            this.affinity = once(this.affinity, Objects.requireNonNull(affinity, "affinity"), "affinity");
            return this;
        }

        /** A sample of explanations, shown in this order; a handful reads well. */
        public Builder explanations(List<Explanation> explanations) {
            this.explanations = once(this.explanations, List.copyOf(explanations), "explanations");
            return this;
        }

        /** The report. */
        public SegmentReport build() {
            return new SegmentReport(this);
        }

        private static <T> T once(T current, T value, String what) {
            if (current != null) {
                throw new IllegalStateException("the report's " + what + " were already set");
            }
            return value;
        }
    }
}
