package io.github.segmentkit.core.column;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** {@link PackedLongs} storing {@code value − min} in shorts (unsigned). */
final class ShortLongs extends PackedLongs {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LANES = 0x0001_0001_0001_0001L;
    private static final long HIGH = 0x8000_8000_8000_8000L;
    private static final VarHandle SHORTS = MethodHandles.byteArrayViewVarHandle(short[].class,
            ByteOrder.LITTLE_ENDIAN);
    /** Two little-endian bytes per value, so that four values can be read as one long. */
    private final byte[] data;

    ShortLongs(long[] values, int size, long min, long max) {
        super(size, min, max);
        data = new byte[2 * size];
        for (int i = 0; i < size; i++) {
            SHORTS.set(data, 2 * i, (short) (values[i] - min));
        }
    }

    private int stored(int index) {
        return (short) SHORTS.get(data, 2 * index) & 0xFFFF;
    }

    @Override
    public long get(int index) {
        return min + stored(index);
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
        int full = size >>> 6;
        // SWAR: four rows per long, lanewise (v − low) mod 2^16 ≤ high − low, as in ByteLongs
        long lows = LANES * low;
        long spans = LANES * (high - low);
        for (int word = 0; word < full; word++) {
            long bits = 0;
            for (int k = 0; k < 16; k++) {
                long x = (long) LONGS.get(data, (word << 7) + (k << 3));
                bits |= gather(Bits.lanesInRange(x, lows, spans, HIGH)) << (k << 2);
            }
            out[word] = bits;
        }
        if ((size & 63) != 0) {
            long bits = 0;
            for (int i = full << 6, j = 0; i < size; i++, j++) {
                int v = stored(i);
                bits |= (long) ((((v - low) | (high - v)) >>> 31) ^ 1) << j;
            }
            out[full] = bits;
        }
    }

    /** The high bits of the four 16-bit lanes of {@code highBits} (all other bits clear) as the four low bits. */
    private static long gather(long highBits) {
        // the lane bits land on bits 48..51 and nowhere else collide, so the product carries nothing into them
        return (((highBits >>> 15) * 0x0001_0002_0004_0008L) >>> 48) & 0xF;
    }

    @Override
    public void selectCodes(long[] set, long[] out) {
        int base = (int) min;
        for (int word = 0, start = 0; start < size; word++, start += 64) {
            int end = Math.min(64, size - start);
            long bits = 0;
            for (int j = 0; j < end; j++) {
                bits |= bit(set, base + stored(start + j)) << j;
            }
            out[word] = bits;
        }
    }
}
