package io.github.segmentkit.core.column;

/**
 * {@link PackedLongs} storing the values themselves, for chunks of fewer than 64 rows whose values span more than 32
 * bits (where slices would take more room).
 */
final class RawLongs extends PackedLongs {
    private final long[] data;

    RawLongs(long[] values, int size, long min, long max) {
        super(size, min, max);
        data = java.util.Arrays.copyOf(values, size);
    }

    @Override
    public long get(int index) {
        return data[index];
    }

    @Override
    public void copyTo(long[] into, int at) {
        System.arraycopy(data, 0, into, at, size);
    }

    @Override
    public long valueBytes() {
        return 8L * size;
    }

    @Override
    public int width() {
        return 64;
    }

    @Override
    void selectStored(long from, long to, long[] out, long[] work) {
        long low = min + from;
        long span = to - from;
        long[] values = data;
        boolean narrow = max - min >= 0;   // the chunk spans less than 2^63: no offset below can wrap
        for (int word = 0, start = 0; start < size; word++, start += 64) {
            int end = Math.min(64, size - start);
            long bits = 0;
            if (narrow) {
                for (int j = 0; j < end; j++) {
                    long offset = values[start + j] - low;
                    // both non-negative exactly when low <= v <= low + span
                    bits |= (((offset | (span - offset)) >>> 63) ^ 1) << j;
                }
            } else {
                for (int j = 0; j < end; j++) {
                    long offset = values[start + j] - low;   // wraps, which the unsigned test allows for
                    bits |= Bits.unsignedAtMost(offset, span) << j;
                }
            }
            out[word] = bits;
        }
    }

    @Override
    public void selectCodes(long[] set, long[] out, long[] work) {
        long[] values = data;
        for (int word = 0, start = 0; start < size; word++, start += 64) {
            int end = Math.min(64, size - start);
            long bits = 0;
            for (int j = 0; j < end; j++) {
                bits |= bit(set, (int) values[start + j]) << j;
            }
            out[word] = bits;
        }
    }
}
