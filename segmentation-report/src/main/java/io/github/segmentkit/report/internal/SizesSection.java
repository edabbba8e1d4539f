package io.github.segmentkit.report.internal;

import io.github.segmentkit.insight.profile.ProfileReport;
import io.github.segmentkit.insight.profile.SegmentProfile;
import java.util.Objects;

/** Segment sizes: one horizontal bar per segment, its members and share of all customers written beside it. */
public final class SizesSection implements Section {
    static final double LABEL_WIDTH = 230;
    static final double BAR_WIDTH = 440;
    static final double VALUE_WIDTH = 130;
    static final double ROW = 24;
    static final int LABEL_CHARS = 32;

    private final ProfileReport profiles;

    /** The sizes of {@code profiles}' segments. */
    public SizesSection(ProfileReport profiles) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
    }

    @Override
    public String id() {
        return "sizes";
    }

    @Override
    public String title() {
        return "Segment sizes";
    }

    @Override
    public void render(Markup html) {
        html.element("p", Formats.count(profiles.customers()) + " customers; a customer may be in several "
                + "segments, so the shares need not add up to 100%.");
        int max = profiles.segments().stream().mapToInt(SegmentProfile::size).max().orElse(0);
        double height = ROW * profiles.segments().size() + 8;
        Svg chart = new Svg(LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH, height, "Bar chart of segment sizes");
        double y = 4;
        for (SegmentProfile segment : profiles.segments()) {
            double length = max == 0 ? 0 : BAR_WIDTH * segment.size() / max;
            chart.text(LABEL_WIDTH - 8, y + ROW * 0.65, segment.segment(), "end", "label", LABEL_CHARS);
            chart.rect(LABEL_WIDTH, y + 3, Math.max(length, 1), ROW - 6, Palette.ACCENT,
                    segment.segment() + ": " + Formats.count(segment.size()));
            chart.text(LABEL_WIDTH + length + 6, y + ROW * 0.65, Formats.count(segment.size()) + " · "
                    + Formats.share(segment.share()), "start", "value", 40);
            y += ROW;
        }
        html.open("figure").raw(chart).close("figure");
    }
}
