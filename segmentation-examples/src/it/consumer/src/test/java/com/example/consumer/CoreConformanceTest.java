package com.example.consumer;

import io.github.segmentkit.testing.conformance.SegmenterConformanceSuite;

/** The conformance suite, run from the segmentation-testing jar against the engine on this class path. */
class CoreConformanceTest extends SegmenterConformanceSuite {
    @Override
    protected String engineName() {
        return "core";
    }
}
