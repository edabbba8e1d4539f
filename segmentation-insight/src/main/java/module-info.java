/**
 * Describe, explain and refine segments: profiles of every segment in one pass over the columnar table, overlaps,
 * why and why-not explanations of one customer, near misses, what-if threshold sweeps, and product affinity per
 * segment. Every result is an immutable value with a JSON form, for reports and other tools.
 */
module io.github.segmentkit.insight {
    requires transitive io.github.segmentkit.api;
    requires transitive io.github.segmentkit.core;
    requires transitive io.github.segmentkit.io;   // the purchases reader is one of its loaders (LoadReport, limits)
    requires transitive roaringbitmap;
    requires com.fasterxml.jackson.databind;

    exports io.github.segmentkit.insight;
    exports io.github.segmentkit.insight.profile;
    exports io.github.segmentkit.insight.explain;
    exports io.github.segmentkit.insight.whatif;
    exports io.github.segmentkit.insight.affinity;
}
