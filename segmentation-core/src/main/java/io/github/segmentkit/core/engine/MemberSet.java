package io.github.segmentkit.core.engine;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The segments of one classified customer: a bit per segment over the segmenter's name list, so that
 * {@code classify} allocates one small object and one word array. Unmodifiable; iterates in declaration order.
 */
final class MemberSet extends AbstractSet<String> {
    private final List<String> names;
    private final long[] bits;
    private final int size;

    MemberSet(List<String> names, long[] bits) {
        this.names = names;
        this.bits = bits;
        int count = 0;
        for (long word : bits) {
            count += Long.bitCount(word);
        }
        this.size = count;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean contains(Object name) {
        int index = names.indexOf(name);
        return index >= 0 && (bits[index >>> 6] & (1L << index)) != 0;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next = advance(0);

            private int advance(int from) {
                for (int i = from; i < names.size(); i++) {
                    if ((bits[i >>> 6] & (1L << i)) != 0) {
                        return i;
                    }
                }
                return names.size();
            }

            @Override
            public boolean hasNext() {
                return next < names.size();
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String name = names.get(next);
                next = advance(next + 1);
                return name;
            }
        };
    }
}
