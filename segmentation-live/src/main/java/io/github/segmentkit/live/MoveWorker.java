package io.github.segmentkit.live;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.core.row.ClockMemo;
import io.github.segmentkit.core.row.RowContext;
import io.github.segmentkit.core.row.SegmentPlan;
import java.util.Arrays;

/**
 * One thread's share of a clock move: it decides stretches of the move's touched slots with a {@link ClockMemo} and
 * an evaluation context of its own, so that several threads decide one move at once. Most of a move is waiting for
 * the touched customers' records, a random cache line or two each; a second core waits for as many more at the same
 * time.
 *
 * <p>A worker reads the records of its slots (memo, memberships, id), writes each changed slot's new memberships back
 * into its record, and keeps the changed slots with their ids and their memberships before and after, for the writer
 * to {@linkplain LiveClock.ChangedRows replay} in slot order: counts, the member blocks' pending bits and the events,
 * which are shared, are not touched here. Stretches are disjoint, so no two workers write the same record word; the
 * writer reads what a worker kept once its stretches are done ({@link HelperCrew}).
 *
 * @param <T> the customer type
 */
final class MoveWorker<T> {
    private final ClockMemo<T> memo;
    private final RowContext context;
    private final int[] batch = new int[LiveClock.BATCH];
    private long[] batchBefore = new long[0];
    private long[] batchAfter = new long[0];
    /** The changed slots kept since {@link #clear}, ascending within each stretch, with their ids. */
    private int[] slots = new int[0];
    private long[] ids = new long[0];
    /** The i-th changed slot's memberships from {@code i * words}: as of the move's start, and after it. */
    private long[] before = new long[0];
    private long[] after = new long[0];
    private int count;

    /** A worker for the moves of {@code plan}. */
    MoveWorker(SegmentPlan<T> plan, AsOf asOf) {
        this.memo = plan.clockMemo();
        this.context = plan.newContext(asOf);
    }

    /** Forgets the changed slots kept so far: a move starts. */
    void clear() {
        count = 0;
    }

    /**
     * Decides the slots {@code touched[from .. to)}, ascending and at most {@link LiveClock#BATCH}, whose memberships
     * in {@code records} (read through {@code members}) are those as of {@code start}, as of {@code later}: writes the
     * changed ones' new memberships into their records and keeps them after those kept before, from {@link #count()}
     * as it was on the call.
     */
    void decide(SlotRecords records, MemberBlocks members, int[] touched, int from, int to, AsOf start, AsOf later) {
        int words = records.rowWords();
        if (batchBefore.length < LiveClock.BATCH * words) {
            batchBefore = new long[LiveClock.BATCH * words];
            batchAfter = new long[LiveClock.BATCH * words];
        }
        RowContext at = context.at(later);
        int size = to - from;
        System.arraycopy(touched, from, batch, 0, size);
        // the memo drops the slots whose relative criteria answer as before; the others' memberships and ids are in
        // the cache lines of the records it has just read
        int moved = memo.keepMoved(records.words(), records.stride(), records.memoOffset(), batch, size, start, at);
        members.readRows(batch, moved, batchBefore);
        System.arraycopy(batchBefore, 0, batchAfter, 0, moved * words);
        memo.decideKept(at, batchAfter);
        for (int i = 0; i < moved; i++) {
            if (!Arrays.equals(batchBefore, i * words, (i + 1) * words, batchAfter, i * words, (i + 1) * words)) {
                keep(records, batch[i], i, words);
            }
        }
    }

    /** Keeps the batch's {@code i}-th slot, which changed, and writes its new memberships into its record. */
    private void keep(SlotRecords records, int slot, int i, int words) {
        if (count == slots.length) {
            int grown = Math.max(64, count + (count >>> 1));
            slots = Arrays.copyOf(slots, grown);
            ids = Arrays.copyOf(ids, grown);
            before = Arrays.copyOf(before, grown * words);
            after = Arrays.copyOf(after, grown * words);
        }
        slots[count] = slot;
        ids[count] = records.id(slot);
        System.arraycopy(batchBefore, i * words, before, count * words, words);
        System.arraycopy(batchAfter, i * words, after, count * words, words);
        System.arraycopy(batchAfter, i * words, records.words(), slot * records.stride(), words);
        count++;
    }

    /** How many changed slots are kept. */
    int count() {
        return count;
    }

    int[] slots() {
        return slots;
    }

    long[] ids() {
        return ids;
    }

    long[] before() {
        return before;
    }

    long[] after() {
        return after;
    }
}
