package io.github.segmentkit.core.column;

/**
 * A chunk of instants, exact to the nanosecond: epoch seconds and nanoseconds of the second, packed separately
 * (when every nanosecond part is 0, as for second-precision data, that column takes no space).
 *
 * <pre>{@code
 * TimestampChunk logins = (TimestampChunk) table.column("last_login").chunk(0);
 * Instant firstLogin = Instant.ofEpochSecond(logins.seconds().get(0), logins.nanos().get(0));
 * }</pre>
 *
 * @param seconds the epoch seconds
 * @param nanos   the nanoseconds, in {@code [0, 999_999_999]}
 * @param missing the missing rows, or {@code null} when none
 */
public record TimestampChunk(PackedLongs seconds, PackedLongs nanos, long[] missing) implements Chunk {
    @Override
    public int size() {
        return seconds.size();
    }

    @Override
    public long memoryBytes() {
        return 48 + seconds.valueBytes() + nanos.valueBytes() + Chunk.bytesOf(missing);
    }
}
