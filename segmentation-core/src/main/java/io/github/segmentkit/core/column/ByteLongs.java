package io.github.segmentkit.core.column;

/** {@link PackedLongs} storing {@code value − min} in bytes (unsigned). */
final class ByteLongs extends PackedLongs {
    private final byte[] data;

    ByteLongs(long[] values, int size, long min, long max) {
        super(size, min, max);
        data = new byte[size];
        for (int i = 0; i < size; i++) {
            data[i] = (byte) (values[i] - min);
        }
    }

    @Override
    public long get(int index) {
        return min + (data[index] & 0xFF);
    }

    @Override
    public long valueBytes() {
        return (long) 1 * size;
    }

    @Override
    public int width() {
        return 1;
    }

    @Override
    void selectStored(long from, long to, long[] out) {
        int low = (int) from;
        int high = (int) to;
        byte[] values = data;
        for (int word = 0, start = 0; start < size; word++, start += 64) {
            int end = Math.min(64, size - start);
            long bits = 0;
            for (int j = 0; j < end; j++) {
                int v = values[start + j] & 0xFF;
                // branch-free: both differences are non-negative exactly when low <= v <= high
                bits |= (long) ((((v - low) | (high - v)) >>> 31) ^ 1) << j;
            }
            out[word] = bits;
        }
    }

    @Override
    public void selectCodes(long[] set, long[] out) {
        int base = (int) min;
        byte[] values = data;
        for (int word = 0, start = 0; start < size; word++, start += 64) {
            int end = Math.min(64, size - start);
            long bits = 0;
            for (int j = 0; j < end; j++) {
                bits |= bit(set, base + (int) (values[start + j] & 0xFF)) << j;
            }
            out[word] = bits;
        }
    }
}
