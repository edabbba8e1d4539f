/**
 * The engine service-provider interface: what a segmentation engine implements to be found by
 * {@code Segmenter.builder(schema)...build()}. An engine registers a
 * {@link io.github.segmentkit.api.spi.SegmenterProvider} in
 * {@code META-INF/services/io.github.segmentkit.api.spi.SegmenterProvider}; the builder validates the segments
 * first and hands the provider a {@link io.github.segmentkit.api.spi.SegmenterDefinition} that is known to be
 * consistent. With several engines on the class path the highest priority wins, unless one is chosen by name
 * ({@code engine("core")} or the system property {@code segmentkit.engine}).
 *
 * <p>Users of the library never call this package. Authors of an engine prove it with the conformance suite of
 * {@code segmentation-testing} ({@code io.github.segmentkit.testing.conformance}).
 */
package io.github.segmentkit.api.spi;
