package io.github.segmentkit.examples.snippets;

import io.github.segmentkit.testing.conformance.SegmenterConformanceSuite;

// javadoc: segmentation-testing/src/main/java/io/github/segmentkit/testing/conformance/SegmenterConformanceSuite.java
class MyEngineConformanceTest extends SegmenterConformanceSuite {
    protected String engineName() { return "my-engine"; }
}
