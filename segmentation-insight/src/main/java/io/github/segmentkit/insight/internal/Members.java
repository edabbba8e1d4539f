package io.github.segmentkit.insight.internal;

import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.core.engine.RoaringSegmentationResult;
import java.util.PrimitiveIterator;
import org.roaringbitmap.RoaringBitmap;

/**
 * The member rows of a segment as a bitmap, from any {@link SegmentationResult}: a copy of the columnar engine's own
 * bitmap, or one built from {@link SegmentationResult#memberRows(String)} for other engines.
 *
 * <p>Internal: not exported.
 */
public final class Members {
    private Members() {
    }

    /** The member rows of {@code segment}. */
    public static RoaringBitmap of(SegmentationResult result, String segment) {
        if (result instanceof RoaringSegmentationResult roaring) {
            return roaring.members(segment);
        }
        RoaringBitmap rows = new RoaringBitmap();
        PrimitiveIterator.OfInt members = result.memberRows(segment);
        while (members.hasNext()) {
            rows.add(members.nextInt());
        }
        return rows;
    }

    /** The rows set in {@code words} (bit {@code row % 64} of word {@code row / 64}). */
    public static RoaringBitmap ofWords(long[] words) {
        RoaringBitmap rows = new RoaringBitmap();
        for (int w = 0; w < words.length; w++) {
            long word = words[w];
            while (word != 0) {
                rows.add(w * 64 + Long.numberOfTrailingZeros(word));
                word &= word - 1;
            }
        }
        return rows;
    }
}
