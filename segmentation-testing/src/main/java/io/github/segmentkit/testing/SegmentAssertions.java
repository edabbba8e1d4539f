package io.github.segmentkit.testing;

import io.github.segmentkit.api.result.SegmentationResult;

/**
 * The entry point of SegmentKit's AssertJ assertions, for users' own tests of their segment definitions.
 *
 * <p>With {@code import static io.github.segmentkit.testing.SegmentAssertions.assertThat;}:
 *
 * <pre>{@code
 * SegmentationResult result = segmenter.segment(customers);
 * assertThat(result)
 *         .hasCount("vip", 3)
 *         .hasMembers("vip", 1L, 2L, 7L)
 *         .customerIsIn(42L, "lapsed")
 *         .agreesWith(ReferenceEvaluator.of(schema, segmenter.segments(), AsOf.date(asOfDate)), customers);
 * }</pre>
 *
 * <p>A static import of this {@code assertThat} sits next to AssertJ's own: Java picks the overload by argument type.
 * Subclass it to add entry points of your own, as with AssertJ's {@code Assertions}.
 */
public class SegmentAssertions {
    /** For subclasses that add entry points; everything here is static. */
    protected SegmentAssertions() {
    }

    /** Assertions on a segmentation result; every failure names the segment, the expected and the actual value. */
    public static SegmentationResultAssert assertThat(SegmentationResult actual) {
        return new SegmentationResultAssert(actual);
    }
}
