package io.github.segmentkit.core.column;

/** {@link PackedLongs} whose values are all equal: no storage at all. */
final class ConstantLongs extends PackedLongs {
    ConstantLongs(int size, long value) {
        super(size, value, value);
    }

    @Override
    public long get(int index) {
        return min;
    }

    @Override
    public void copyTo(long[] into, int at) {
        java.util.Arrays.fill(into, at, at + size, min);
    }

    @Override
    public long valueBytes() {
        return 0;
    }

    @Override
    public int width() {
        return 0;
    }

    @Override
    void selectStored(long from, long to, long[] out, long[] work) {
        // selectRange decides a constant chunk without reading it: never called
        throw new AssertionError("constant chunk");
    }

    @Override
    public void selectCodes(long[] set, long[] out, long[] work) {
        if (size > 0 && bit(set, (int) min) != 0) {
            Bits.fillOnes(out, size);
        } else {
            java.util.Arrays.fill(out, 0, Bits.words(size), 0L);
        }
    }
}
