/**
 * The segment report: {@link io.github.segmentkit.report.SegmentReport} gathers the analyses of segmentation-insight
 * and segmentation-campaign and writes them as one self-contained HTML page and as JSON (see {@code docs/report.md}).
 */
package io.github.segmentkit.report;
