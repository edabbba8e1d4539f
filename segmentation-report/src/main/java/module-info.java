/**
 * The segment report: one self-contained HTML file (inline SVG charts and CSS, no script, no external resource,
 * printable) of segment sizes, profiles with index colouring, overlaps, response rates with their Wilson intervals,
 * movement between two runs, top products per segment and a sample of explanations, and the same figures as JSON.
 */
module io.github.segmentkit.report {
    requires transitive io.github.segmentkit.insight;
    requires transitive io.github.segmentkit.campaign;
    requires com.fasterxml.jackson.databind;

    exports io.github.segmentkit.report;
}
