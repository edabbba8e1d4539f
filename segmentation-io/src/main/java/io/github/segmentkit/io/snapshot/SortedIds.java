package io.github.segmentkit.io.snapshot;

import java.util.Arrays;
import org.roaringbitmap.longlong.Roaring64Bitmap;

/** Customer ids out of a bitmap, ascending as signed longs (a bitmap iterates unsigned: negative ids last). */
final class SortedIds {
    private SortedIds() {
    }

    static long[] of(Roaring64Bitmap ids) {
        long[] sorted = ids.toArray();
        Arrays.sort(sorted);
        return sorted;
    }
}
