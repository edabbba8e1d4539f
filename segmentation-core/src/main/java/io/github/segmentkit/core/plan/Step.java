package io.github.segmentkit.core.plan;

/**
 * One node of an {@link EvaluationPlan}: computes the TRUE and UNKNOWN bitmaps of its slot for the current chunk
 * from columns (a leaf) or from the slots of earlier steps (a connective). Immutable; all state is in the
 * {@link Scratch}.
 */
abstract class Step {
    final int slot;

    Step(int slot) {
        this.slot = slot;
    }

    /** Writes {@code scratch.truth[slot]} and {@code scratch.unknown[slot]} for chunk {@code scratch.chunk}. */
    abstract void run(Scratch scratch);

    /** {@code truth = selected & ~missing}, {@code unknown = missing}: the usual leaf result. */
    static void finishLeaf(Scratch scratch, int slot, long[] selected, long[] missing, boolean negate) {
        long[] truth = scratch.truth[slot];
        long[] unknown = scratch.unknown[slot];
        int words = scratch.usedWords();
        long flip = negate ? -1L : 0L;
        if (missing == null) {
            for (int i = 0; i < words; i++) {
                truth[i] = selected[i] ^ flip;
                unknown[i] = 0;
            }
        } else {
            for (int i = 0; i < words; i++) {
                truth[i] = (selected[i] ^ flip) & ~missing[i];
                unknown[i] = missing[i];
            }
        }
    }
}
