package io.github.segmentkit.report.internal;

/** One section of the report: an anchor, a heading and its content. */
public interface Section {
    /** The section's id, the target of the contents' links: {@code sizes}, {@code profiles}, ... */
    String id();

    /** The section's heading. */
    String title();

    /** Writes the content below the heading. */
    void render(Markup html);
}
