package io.github.segmentkit.core;

import io.github.segmentkit.testing.conformance.SegmenterConformanceSuite;

class CoreConformanceTest extends SegmenterConformanceSuite {
    @Override
    protected String engineName() {
        return CoreSegmenterProvider.NAME;
    }
}
