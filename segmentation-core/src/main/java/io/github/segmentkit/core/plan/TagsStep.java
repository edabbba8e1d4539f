package io.github.segmentkit.core.plan;

import io.github.segmentkit.api.criteria.TagsOperator;
import io.github.segmentkit.core.column.Column;
import io.github.segmentkit.core.column.TagsChunk;
import java.util.Arrays;

/**
 * A leaf testing a tags column: an OR ({@code containsAny}, negated for {@code containsNone}) or an AND
 * ({@code containsAll}) of the bitmaps of the wanted tags' codes; UNKNOWN where the tag set is missing. A wanted tag
 * that no row holds has code -1: it adds nothing to an OR and empties an AND.
 */
final class TagsStep extends Step {
    private final Column column;
    private final TagsOperator match;
    private final int[] codes;

    TagsStep(int slot, Column column, TagsOperator match, int[] codes) {
        super(slot);
        this.column = column;
        this.match = match;
        this.codes = codes;
    }

    @Override
    void run(Scratch scratch) {
        TagsChunk chunk = (TagsChunk) column.chunk(scratch.chunk);
        long[] selected = scratch.temp1;
        int words = scratch.usedWords();
        if (match == TagsOperator.ALL) {
            Arrays.fill(selected, 0, words, -1L);
            for (int code : codes) {
                long[] rows = code < 0 ? null : chunk.rowsWith(code);
                if (rows == null) {
                    Arrays.fill(selected, 0, words, 0L);
                    break;
                }
                for (int i = 0; i < words; i++) {
                    selected[i] &= rows[i];
                }
            }
        } else {
            Arrays.fill(selected, 0, words, 0L);
            for (int code : codes) {
                long[] rows = code < 0 ? null : chunk.rowsWith(code);
                if (rows != null) {
                    for (int i = 0; i < words; i++) {
                        selected[i] |= rows[i];
                    }
                }
            }
        }
        finishLeaf(scratch, slot, selected, chunk.missing(), match == TagsOperator.NONE);
    }
}
