package io.github.segmentkit.core.column;

/** {@link PackedLongs} storing {@code value − min} in ints (unsigned). */
final class IntLongs extends PackedLongs {
    private final int[] data;

    IntLongs(long[] values, int size, long min, long max) {
        super(size, min, max);
        data = new int[size];
        for (int i = 0; i < size; i++) {
            data[i] = (int) (values[i] - min);
        }
    }

    @Override
    public long get(int index) {
        return min + (data[index] & 0xFFFF_FFFFL);
    }

    @Override
    public long valueBytes() {
        return (long) 4 * size;
    }

    @Override
    public int width() {
        return 4;
    }

    @Override
    void selectStored(long from, long to, long[] out) {
        long low = (long) from;
        long high = (long) to;
        int[] values = data;
        for (int word = 0, start = 0; start < size; word++, start += 64) {
            int end = Math.min(64, size - start);
            long bits = 0;
            for (int j = 0; j < end; j++) {
                long v = values[start + j] & 0xFFFF_FFFFL;
                // branch-free: both differences are non-negative exactly when low <= v <= high
                bits |= ((((v - low) | (high - v)) >>> 63) ^ 1) << j;
            }
            out[word] = bits;
        }
    }

    @Override
    public void selectCodes(long[] set, long[] out) {
        int base = (int) min;
        int[] values = data;
        for (int word = 0, start = 0; start < size; word++, start += 64) {
            int end = Math.min(64, size - start);
            long bits = 0;
            for (int j = 0; j < end; j++) {
                bits |= bit(set, base + (int) (values[start + j] & 0xFFFF_FFFFL)) << j;
            }
            out[word] = bits;
        }
    }
}
