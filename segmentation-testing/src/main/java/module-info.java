/**
 * Test support for engines and for users' own tests: the {@code ReferenceEvaluator} oracle, conformance suites and
 * jqwik generators of awkward customers and random criteria.
 */
module io.github.segmentkit.testing {
    requires transitive io.github.segmentkit.api;
    requires transitive net.jqwik.api;
    requires transitive org.junit.jupiter.api;
    requires transitive org.junit.jupiter.params;
    requires transitive org.assertj.core;

    exports io.github.segmentkit.testing;
    exports io.github.segmentkit.testing.conformance;
    exports io.github.segmentkit.testing.generators;

    // JUnit and jqwik instantiate the suites' test classes reflectively
    opens io.github.segmentkit.testing.conformance to org.junit.platform.commons;
}
