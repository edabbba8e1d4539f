package io.github.segmentkit.core.column;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** {@link PackedLongs} storing {@code value − min} in bytes (unsigned). */
final class ByteLongs extends PackedLongs {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long BYTES = 0x0101_0101_0101_0101L;
    private static final long HIGH = 0x8080_8080_8080_8080L;
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
        int full = size >>> 6;
        // SWAR: eight rows per long, bytewise (v − low) mod 256 ≤ high − low, without a borrow across bytes
        // (the bytewise subtraction of Hacker's Delight, 2nd ed., §2-18)
        long lows = BYTES * low;
        long spans = BYTES * (high - low);
        for (int word = 0; word < full; word++) {
            long bits = 0;
            for (int k = 0; k < 8; k++) {
                long x = (long) LONGS.get(data, (word << 6) + (k << 3));
                bits |= gather(Bits.lanesInRange(x, lows, spans, HIGH)) << (k << 3);
            }
            out[word] = bits;
        }
        if ((size & 63) != 0) {
            long bits = 0;
            for (int i = full << 6, j = 0; i < size; i++, j++) {
                int v = data[i] & 0xFF;
                bits |= (long) ((((v - low) | (high - v)) >>> 31) ^ 1) << j;
            }
            out[full] = bits;
        }
    }

    /** The high bits of the eight bytes of {@code highBits} (all other bits clear) as the eight low bits. */
    private static long gather(long highBits) {
        return ((highBits >>> 7) * 0x0102040810204080L) >>> 56;
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
