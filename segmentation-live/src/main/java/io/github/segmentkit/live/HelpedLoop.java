package io.github.segmentkit.live;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the numbered pieces of one job on the calling thread and on as many helper threads of the common fork-join
 * pool as wake up in time: every thread claims the next piece from a shared counter, so a helper that starts late (a
 * parked pool thread can take milliseconds to wake on a virtual machine) finds fewer pieces or none, and costs
 * nothing; the caller never parks to wait for one. The call returns once every piece is done, having waited at most
 * for pieces already under way on helpers.
 *
 * <p>A helper that starts after its job has returned claims no piece and touches nothing. Each thread works as a
 * numbered worker (0 for the caller), so that a job can give each its own scratch space: no two threads of one job
 * share a worker number, and a worker's pieces of one job all end before the job returns.
 */
final class HelpedLoop {
    /** Spins before each yield while waiting for helpers' pieces: a piece takes tens of microseconds. */
    private static final int SPINS_BEFORE_YIELD = 1_000;

    /** One piece of a job, run by worker {@code worker} (0: the caller, 1 and on: helpers). */
    @FunctionalInterface
    interface Piece {
        void run(int worker, int piece);
    }

    private HelpedLoop() {
    }

    /**
     * Runs {@code piece.run(worker, p)} for every {@code p} in {@code [0, pieces)}, once each, on this thread and on
     * up to {@code helpers} pool threads, and returns when all have run.
     *
     * @throws RuntimeException the first failure of a piece (the other pieces still run), or {@link Error}
     */
    static void run(int pieces, int helpers, Piece piece) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int h = 1; h <= Math.min(helpers, pieces - 1); h++) {
            int worker = h;
            ForkJoinPool.commonPool().execute(() -> claim(worker, pieces, piece, next, done, failure));
        }
        claim(0, pieces, piece, next, done, failure);
        for (int spins = 1; done.get() < pieces; spins++) {
            if (spins % SPINS_BEFORE_YIELD == 0) {
                Thread.yield();
            } else {
                Thread.onSpinWait();
            }
        }
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
    }

    private static void claim(int worker, int pieces, Piece piece, AtomicInteger next, AtomicInteger done,
            AtomicReference<Throwable> failure) {
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
