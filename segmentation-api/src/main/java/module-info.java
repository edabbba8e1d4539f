/**
 * The SegmentKit API: attributes, the sealed criteria AST and its visitor, customer schemas, segments, segmenters and
 * their results, and the engine and classifier service interfaces. No runtime dependencies.
 */
@SuppressWarnings("module")   // the qualified export names modules compiled after this one
module io.github.segmentkit.api {
    exports io.github.segmentkit.api;
    exports io.github.segmentkit.api.attribute;
    exports io.github.segmentkit.api.classify;
    exports io.github.segmentkit.api.criteria;
    exports io.github.segmentkit.api.result;
    exports io.github.segmentkit.api.schema;
    exports io.github.segmentkit.api.spi;
    exports io.github.segmentkit.api.waterfall;
    // validation and did-you-mean suggestions, shared with SegmentKit's own modules only
    exports io.github.segmentkit.api.internal to
            io.github.segmentkit.core,
            io.github.segmentkit.classifiers,
            io.github.segmentkit.definitions,
            io.github.segmentkit.io,
            io.github.segmentkit.campaign,
            io.github.segmentkit.spark;

    uses io.github.segmentkit.api.spi.SegmenterProvider;
    uses io.github.segmentkit.api.classify.ClassifierProvider;
}
