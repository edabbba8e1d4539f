package io.github.segmentkit.core.engine;

import io.github.segmentkit.core.plan.EvaluationPlan;
import io.github.segmentkit.core.plan.Scratch;
import java.lang.ref.SoftReference;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The working bitmaps of each worker of a segmenter, kept from one bulk run to the next: a new {@link Scratch} per
 * worker and run was about a tenth of what a run over a million customers returns (two kilobytes per plan step), and
 * a run should allocate little beyond its result. Held softly, since a plan of thousands of segments needs megabytes
 * of them: the collector may take them back under memory pressure, and the next run then makes new ones.
 *
 * <p>A worker takes its scratch out while it runs and puts it back after, so two runs at once on the same segmenter
 * never share one: the second finds the place empty and makes its own. Thread-safe.
 */
final class ScratchCache {
    private final AtomicReferenceArray<SoftReference<Scratch>> byWorker;

    ScratchCache(int workers) {
        byWorker = new AtomicReferenceArray<>(workers);
    }

    /**
     * Worker {@code worker}'s kept scratch when it suits {@code plan}, else a new one; either way the holder to give
     * back to {@link #release} once the worker is done.
     */
    SoftReference<Scratch> take(int worker, EvaluationPlan plan) {
        SoftReference<Scratch> kept = byWorker.getAndSet(worker, null);
        Scratch scratch = kept == null ? null : kept.get();
        if (scratch != null && plan.fits(scratch)) {
            return kept;
        }
        return new SoftReference<>(plan.newScratch());
    }

    /** Keeps {@code holder}'s scratch for worker {@code worker}'s next run. */
    void release(int worker, SoftReference<Scratch> holder) {
        byWorker.set(worker, holder);
    }
}
