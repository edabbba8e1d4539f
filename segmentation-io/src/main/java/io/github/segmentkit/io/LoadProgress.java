package io.github.segmentkit.io;

/**
 * Told how far a load has come: every {@link #INTERVAL} rows read and once at the end, on the loading thread. A
 * progress bar, a log line or a cancellation check (throw to stop) fits here; keep it quick.
 *
 * <pre>{@code
 * LoadProgress toLog = (read, loaded, rejected) -> log.info("{} rows read, {} rejected", read, rejected);
 * }</pre>
 */
@FunctionalInterface
public interface LoadProgress {
    /** How many rows pass between two calls. */
    int INTERVAL = 10_000;

    /** Progress that nobody watches. */
    LoadProgress NONE = (read, loaded, rejected) -> { };

    /**
     * The counts so far; {@code read == loaded + rejected} at every call.
     *
     * @param read     data rows read
     * @param loaded   rows turned into customers
     * @param rejected rows set aside (lenient mode only)
     */
    void update(long read, long loaded, long rejected);
}
