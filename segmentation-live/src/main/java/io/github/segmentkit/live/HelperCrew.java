package io.github.segmentkit.live;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Threads of the common fork-join pool called to help the calling thread with loops over numbered pieces: in each
 * {@linkplain #run(int, Piece) loop} every thread claims the next piece from a shared counter, so a helper that starts
 * late (a parked pool thread can take milliseconds to wake on a virtual machine) finds fewer pieces or none, and costs
 * nothing; the caller never parks to wait for one. A loop returns once every piece is done, having waited at most for
 * pieces already under way on helpers.
 *
 * <p>The crew is called before its first loop is known, so that the helpers' wake-up overlaps the caller's work until
 * then, and it stays for the loops that follow: between loops a helper spins until the next one, until the crew is
 * {@linkplain #close dismissed}, or for at most {@value #LONGEST_WAIT_MILLIS} ms. Whoever calls a crew closes it.
 *
 * <p>A helper that starts after a loop has returned claims none of its pieces. Each thread works as a numbered worker
 * (0 for the caller), the same in every loop of the crew, so that a loop can give each its own scratch space: no two
 * threads share a worker number, and a worker's pieces all end before their loop returns.
 *
 * <p>Not thread-safe for callers: one thread calls, runs the loops, one at a time, and closes.
 */
final class HelperCrew implements AutoCloseable {
    /** Spins before each yield while waiting: a piece takes tens of microseconds. */
    private static final int SPINS_BEFORE_YIELD = 1_000;
    /** How long a helper waits for the crew's next loop before it leaves, in milliseconds. */
    static final long LONGEST_WAIT_MILLIS = 50;
    private static final long LONGEST_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(LONGEST_WAIT_MILLIS);

    /** One piece of a loop, run by worker {@code worker} (0: the caller, 1 and on: helpers). */
    @FunctionalInterface
    interface Piece {
        void run(int worker, int piece);
    }

    /** The latest loop; helpers run each loop they see, once. */
    private volatile Loop loop;
    private volatile boolean dismissed;

    private HelperCrew() {
    }

    /**
     * Runs {@code piece.run(worker, p)} for every {@code p} in {@code [0, pieces)}, once each, on this thread and on
     * up to {@code helpers} pool threads called for it, and returns when all have run.
     *
     * @throws RuntimeException the first failure of a piece (the other pieces still run), or {@link Error}
     */
    static void run(int pieces, int helpers, Piece piece) {
        try (HelperCrew crew = call(Math.min(helpers, pieces - 1))) {
            crew.run(pieces, piece);
        }
    }

    /** A crew of {@code helpers} pool threads (none when 0 or less), called now for the loops to come. */
    static HelperCrew call(int helpers) {
        HelperCrew crew = new HelperCrew();
        for (int h = 1; h <= helpers; h++) {
            int worker = h;
            ForkJoinPool.commonPool().execute(() -> crew.help(worker));
        }
        return crew;
    }

    /**
     * Runs {@code piece.run(worker, p)} for every {@code p} in {@code [0, pieces)}, once each, on this thread and on
     * the crew's helpers that are waiting or still to start, and returns when all have run.
     *
     * @throws IllegalStateException when the crew was dismissed
     * @throws RuntimeException      the first failure of a piece (the other pieces still run), or {@link Error}
     */
    void run(int pieces, Piece piece) {
        if (dismissed) {
            throw new IllegalStateException("a dismissed crew runs no loop");
        }
        Loop running = new Loop(pieces, piece);
        loop = running;
        running.claim(0);
        for (int spins = 1; running.done.get() < pieces; spins++) {
            if (spins % SPINS_BEFORE_YIELD == 0) {
                Thread.yield();
            } else {
                Thread.onSpinWait();
            }
        }
        Throwable failed = running.failure.get();
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
    }

    /** Dismisses the helpers: they leave once their pieces under way are done, and the crew runs no more loops. */
    @Override
    public void close() {
        dismissed = true;
    }

    private void help(int worker) {
        Loop last = null;
        long idleSince = System.nanoTime();
        for (int spins = 1; !dismissed; spins++) {
            Loop current = loop;
            if (current != last) {
                current.claim(worker);
                last = current;
                idleSince = System.nanoTime();
            } else if (spins % SPINS_BEFORE_YIELD == 0) {
                if (System.nanoTime() - idleSince > LONGEST_WAIT_NANOS) {
                    return;
                }
                Thread.yield();
            } else {
                Thread.onSpinWait();
            }
        }
    }

    /** The pieces of one loop, the next to claim, those done and the first failure. */
    private static final class Loop {
        final int pieces;
        final Piece piece;
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger done = new AtomicInteger();
        final AtomicReference<Throwable> failure = new AtomicReference<>();

        Loop(int pieces, Piece piece) {
            this.pieces = pieces;
            this.piece = piece;
        }

        void claim(int worker) {
            for (int p; (p = next.getAndIncrement()) < pieces; ) {
                try {
                    piece.run(worker, p);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.incrementAndGet();
                }
            }
        }
    }
}
