package io.github.segmentkit.core.column;

/** {@link PackedLongs} storing {@code value − min} in shorts (unsigned). */
final class ShortLongs extends PackedLongs {
    private final short[] data;

    ShortLongs(long[] values, int size, long min, long max) {
        super(size, min, max);
        data = new short[size];
        for (int i = 0; i < size; i++) {
            data[i] = (short) (values[i] - min);
        }
    }

    @Override
    public long get(int index) {
        return min + (data[index] & 0xFFFF);
    }

    @Override
    public long valueBytes() {
        return (long) 2 * size;
    }

    @Override
    public int width() {
        return 2;
    }

    @Override
    void selectStored(long from, long to, long[] out) {
        int low = (int) from;
        int high = (int) to;
        short[] values = data;
        for (int word = 0, start = 0; start < size; word++, start += 64) {
            int end = Math.min(64, size - start);
            long bits = 0;
            for (int j = 0; j < end; j++) {
                int v = values[start + j] & 0xFFFF;
                // branch-free: both differences are non-negative exactly when low <= v <= high
                bits |= (long) ((((v - low) | (high - v)) >>> 31) ^ 1) << j;
            }
            out[word] = bits;
        }
    }

    @Override
    public void selectCodes(long[] set, long[] out) {
        int base = (int) min;
        short[] values = data;
        for (int word = 0, start = 0; start < size; word++, start += 64) {
            int end = Math.min(64, size - start);
            long bits = 0;
            for (int j = 0; j < end; j++) {
                bits |= bit(set, base + (int) (values[start + j] & 0xFFFF)) << j;
            }
            out[word] = bits;
        }
    }
}
