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
 * into its record, and keeps, for the whole move, what the writer needs afterwards: the events of its changed slots,
 * in slot order and each slot's in segment order, which the writer appends stretch by stretch in slot order, so that
 * events and their sequence numbers are those of a move decided on one thread; beside each event the member bit it
 * flips (ascending, as a worker's stretches are), and per segment the members gained minus lost, for {@link
 * MemberBlocks#flipMoved}. Stretches are disjoint, so no two workers write the same record word.
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
    /**
     * The events kept since {@link #clear}: customer ids, segment names, kinds ({@link EventBatch#ENTERED}, ...), and
     * the member bit each one flips, {@code slot << 32 | set} (ascending, as a worker's stretches and each slot's
     * segments are): every flip is an event and every event a flip, so one count and one growth serve both.
     */
    private long[] eventIds = new long[0];
    private String[] eventSegments = new String[0];
    private byte[] eventKinds = new byte[0];
    private long[] flipped = new long[0];
    private int eventCount;
    /** Per segment, since {@link #clear}: members gained minus lost, and bits flipped. */
    private final int[] countChanges;
    private final int[] flips;

    /** A worker for the moves of {@code plan}, whose segments are named {@code names} (by set). */
    MoveWorker(SegmentPlan<T> plan, AsOf asOf, List<String> names) {
        this.memo = plan.clockMemo();
        this.context = plan.newContext(asOf);
        this.names = names.toArray(String[]::new);
        this.countChanges = new int[names.size()];
        this.flips = new int[names.size()];
    }

    /**
     * Forgets the events and counts kept so far: a move starts, whose share for this worker is expected to make
     * about {@code expectedEvents} events (about one per touched customer). The arrays that keep them grow to that
     * at once: grown by half at a time from nothing, as on the first move of a new plan, their copies were a few per
     * cent of a one-day move on ten million customers (a probe's one-thread moves took about 4 % less).
     */
    void clear(int expectedEvents) {
        eventCount = 0;
        Arrays.fill(countChanges, 0);
        Arrays.fill(flips, 0);
        if (eventIds.length < expectedEvents) {
            growEvents(expectedEvents);
        }
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
                countChanges[set] += member ? 1 : -1;
                flips[set]++;
                keepEvent(id, (long) slot << 32 | set, names[set], member ? EventBatch.ENTERED : EventBatch.EXITED);
                differs &= differs - 1;
            }
        }
    }

    private void keepEvent(long id, long flip, String segment, byte kind) {
        if (eventCount == eventIds.length) {
            growEvents(Math.max(64, eventCount + (eventCount >>> 1)));
        }
        eventIds[eventCount] = id;
        flipped[eventCount] = flip;
        eventSegments[eventCount] = segment;
        eventKinds[eventCount] = kind;
        eventCount++;
    }

    private void growEvents(int capacity) {
        eventIds = Arrays.copyOf(eventIds, capacity);
        flipped = Arrays.copyOf(flipped, capacity);
        eventSegments = Arrays.copyOf(eventSegments, capacity);
        eventKinds = Arrays.copyOf(eventKinds, capacity);
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

    /**
     * The member bits flipped since {@link #clear}, {@code slot << 32 | set}, ascending, {@link #eventCount()} of
     * them: the i-th is the bit of the i-th event.
     */
    long[] flipped() {
        return flipped;
    }
}
