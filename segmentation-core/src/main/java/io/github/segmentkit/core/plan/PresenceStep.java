package io.github.segmentkit.core.plan;

import io.github.segmentkit.core.column.Column;
import java.util.Arrays;

/** {@code isPresent} / {@code isMissing}: the missing bitmap itself or its complement; never UNKNOWN. */
final class PresenceStep extends Step {
    private final Column column;
    private final boolean present;

    PresenceStep(int slot, Column column, boolean present) {
        super(slot);
        this.column = column;
        this.present = present;
    }

    @Override
    void run(Scratch scratch) {
        long[] missing = column.chunk(scratch.chunk).missing();
        long[] truth = scratch.truth[slot];
        int words = scratch.usedWords();
        long flip = present ? -1L : 0L;
        for (int i = 0; i < words; i++) {
            truth[i] = (missing == null ? 0L : missing[i]) ^ flip;
        }
        Arrays.fill(scratch.unknown[slot], 0, words, 0L);
    }
}
