package io.github.segmentkit.live;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.core.row.ClockMemo;
import io.github.segmentkit.core.row.RowContext;
import io.github.segmentkit.core.row.SegmentPlan;
import java.util.Arrays;
import java.util.List;

/**
 * One thread's share of a clock move: it decides stretches of the move's touched slots with a {@link ClockMemo} and
 * an evaluation context of its own, so that several threads decide one move at once. Most of a move is waiting for
 * the touched customers' records, a random cache line or two each; a second core waits for as many more at the same
 * time.
 *
 * <p>A worker reads the records of its slots (memo, memberships, id), writes each changed slot's new memberships back
 * into its record, and keeps, for the whole move, what the writer needs afterwards: per segment the slots whose bit
 * flipped (ascending, as a worker's stretches are) and the members gained minus lost, for {@link
 * MemberBlocks#flipMoved}; and the events of its changed slots, in slot order and each slot's in segment order, which
 * the writer appends stretch by stretch in slot order, so that events and their sequence numbers are those of a move
 * decided on one thread. Stretches are disjoint, so no two workers write the same record word.
 *
 * @param <T> the customer type
 */
final class MoveWorker<T> {
    private final ClockMemo<T> memo;
    private final RowContext context;
    /** The segments' names, by set. */
    private final String[] names;
    private final int[] batch = new int[LiveClock.BATCH];
    private long[] batchBefore = new long[0];
    private long[] batchAfter = new long[0];
    /** The events kept since {@link #clear}: customer ids, segment names, kinds ({@link EventBatch#ENTERED}, ...). */
    private long[] eventIds = new long[0];
    private String[] eventSegments = new String[0];
    private byte[] eventKinds = new byte[0];
    private int eventCount;
    /** Per segment, since {@link #clear}: members gained minus lost, bits flipped, and their slots, ascending. */
    private final int[] countChanges;
    private final int[] flips;
    private final int[][] flipped;

    /** A worker for the moves of {@code plan}, whose segments are named {@code names} (by set). */
    MoveWorker(SegmentPlan<T> plan, AsOf asOf, List<String> names) {
        this.memo = plan.clockMemo();
        this.context = plan.newContext(asOf);
        this.names = names.toArray(String[]::new);
        this.countChanges = new int[names.size()];
        this.flips = new int[names.size()];
        this.flipped = new int[names.size()][0];
    }

    /** Forgets the events and counts kept so far: a move starts. */
    void clear() {
        eventCount = 0;
        Arrays.fill(countChanges, 0);
        Arrays.fill(flips, 0);
    }

    /**
     * Decides the slots {@code touched[from .. to)}, ascending and at most {@link LiveClock#BATCH}, whose memberships
     * in {@code records} are those as of {@code start}, as of {@code later}: writes the changed ones' new memberships
     * into their records and their bits into {@code members}' blocks, and keeps their events after those kept
     * before, from {@link #eventCount()} as it was on the call.
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
                keep(records, batch[i], i * words, words);
            }
        }
    }

    /**
     * Keeps the changed slot whose memberships are at {@code row} of the batch: its new memberships into its record,
     * its bits into the member blocks, its events and counts.
     */
    private void keep(SlotRecords records, int slot, int row, int words) {
        System.arraycopy(batchAfter, row, records.words(), slot * records.stride(), words);
        long id = records.id(slot);
        for (int w = 0; w < words; w++) {
            long after = batchAfter[row + w];
            long differs = batchBefore[row + w] ^ after;
            while (differs != 0) {
                int set = (w << 6) + Long.numberOfTrailingZeros(differs);
                boolean member = (after & (1L << set)) != 0;
                keepFlip(set, slot);
                countChanges[set] += member ? 1 : -1;
                keepEvent(id, names[set], member ? EventBatch.ENTERED : EventBatch.EXITED);
                differs &= differs - 1;
            }
        }
    }

    private void keepFlip(int set, int slot) {
        int count = flips[set];
        if (count == flipped[set].length) {
            flipped[set] = Arrays.copyOf(flipped[set], Math.max(64, count + (count >>> 1)));
        }
        flipped[set][count] = slot;
        flips[set] = count + 1;
    }

    private void keepEvent(long id, String segment, byte kind) {
        if (eventCount == eventIds.length) {
            int grown = Math.max(64, eventCount + (eventCount >>> 1));
            eventIds = Arrays.copyOf(eventIds, grown);
            eventSegments = Arrays.copyOf(eventSegments, grown);
            eventKinds = Arrays.copyOf(eventKinds, grown);
        }
        eventIds[eventCount] = id;
        eventSegments[eventCount] = segment;
        eventKinds[eventCount] = kind;
        eventCount++;
    }

    /** How many events are kept. */
    int eventCount() {
        return eventCount;
    }

    /** Appends the kept events {@code [from, to)} to {@code events}. */
    void appendEvents(EventBatch events, int from, int to) {
        events.addAll(eventIds, eventSegments, eventKinds, from, to);
    }

    /** Per segment set: members gained minus lost since {@link #clear}. */
    int[] countChanges() {
        return countChanges;
    }

    /** Per segment set: how many of its bits flipped since {@link #clear}. */
    int[] flips() {
        return flips;
    }

    /** Per segment set: the slots whose bit flipped since {@link #clear}, ascending, {@link #flips()} of them. */
    int[][] flipped() {
        return flipped;
    }
}
