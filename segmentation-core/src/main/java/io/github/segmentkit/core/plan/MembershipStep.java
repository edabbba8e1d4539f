package io.github.segmentkit.core.plan;

import java.util.Arrays;

/**
 * {@code inSegment(name)}: TRUE for the members of an earlier-evaluated segment (the TRUE rows of its root slot),
 * FALSE for everyone else, never UNKNOWN.
 */
final class MembershipStep extends Step {
    private final int root;

    MembershipStep(int slot, int root) {
        super(slot);
        this.root = root;
    }

    @Override
    void run(Scratch scratch) {
        int words = scratch.usedWords();
        System.arraycopy(scratch.truth[root], 0, scratch.truth[slot], 0, words);
        Arrays.fill(scratch.unknown[slot], 0, words, 0L);
    }
}
