package io.github.segmentkit.core.column;

import io.github.segmentkit.api.schema.TimestampBinding;
import java.time.Instant;
import java.util.Arrays;

/** Writes a timestamp attribute as epoch seconds and nanoseconds, exact to the nanosecond. */
final class TimestampWriter<T> extends ColumnWriter<T> {
    private final TimestampBinding<T> binding;
    private final long[] seconds;
    private final long[] nanos;

    TimestampWriter(TimestampBinding<T> binding, int capacity) {
        super(capacity);
        this.binding = binding;
        this.seconds = new long[capacity];
        this.nanos = new long[capacity];
    }

    @Override
    void write(T customer, int index) {
        writeFrom(binding, customer, index);
    }

    @Override
    TimestampBinding<T> binding() {
        return binding;
    }

    /**
     * {@link #write} from {@code from}, which is this writer's binding: a generated {@link ColumnFill} passes it as a
     * constant, so that the JIT inlines the extractor.
     */
    void writeFrom(TimestampBinding<T> from, T customer, int index) {
        Instant value = from.read(customer);
        if (value == null) {
            markMissing(index);
        } else {
            seconds[index] = value.getEpochSecond();
            nanos[index] = value.getNano();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    void writeAll(Object[] customers, int offset, int count, int index) {
        for (int i = 0; i < count; i++) {
            write((T) customers[offset + i], index + i);
        }
    }

    @Override
    void reload(Chunk chunk) {
        TimestampChunk sealed = (TimestampChunk) chunk;
        for (int i = 0; i < sealed.size(); i++) {
            seconds[i] = sealed.seconds().get(i);
            nanos[i] = sealed.nanos().get(i);
        }
        reloadMissing(sealed.missing());
    }

    @Override
    Chunk seal(int rows) {
        int present = 0;
        while (present < rows && isMissing(present)) {
            present++;
        }
        for (int i = 0; i < rows; i++) {
            if (isMissing(i) && present < rows) {
                seconds[i] = seconds[present];
                nanos[i] = nanos[present];
            }
        }
        TimestampChunk chunk = new TimestampChunk(PackedLongs.pack(seconds, rows), PackedLongs.pack(nanos, rows),
                sealMissing(rows));
        Arrays.fill(seconds, 0, rows, 0L);
        Arrays.fill(nanos, 0, rows, 0L);
        return chunk;
    }
}
