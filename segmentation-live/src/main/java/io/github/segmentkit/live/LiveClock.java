package io.github.segmentkit.live;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.criteria.CriterionVisitor;
import io.github.segmentkit.api.criteria.RelativeDate;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.core.row.ClockMemo;
import io.github.segmentkit.core.row.RowContext;
import io.github.segmentkit.core.row.SegmentPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntFunction;
import org.roaringbitmap.IntIterator;
import org.roaringbitmap.RoaringBitmap;

/**
 * What lets the as-of clock of a {@link LiveSegmentation} move without a rescan: one {@link RelativeDateIndex} per
 * attribute that relative criteria use (which customers a move touches) and the {@link ClockMemo} of the current
 * plan (their time-relative segments decided again without reading the customer objects, whose data did not
 * change), whose records are kept in the {@link SlotRecords} beside each customer's memberships and id, so that a
 * touched customer costs one or two cache lines for all three. The live segmentation files each change here and
 * asks for the touched customers' new memberships.
 *
 * <p>A customer is filed under an attribute only while that attribute is {@linkplain
 * ClockMemo#relativeAttributesInPlay in play} for it: a customer whose other values already decide every
 * time-relative segment reading the attribute (not on a mobile device, for "logged in within 7 days on a mobile
 * device") keeps those memberships at every as-of time, and a move that passes the attribute's bounds need not
 * look at it. Every change re-files the customer; a new plan (a segment added or removed, a refit) re-files everyone.
 *
 * <p>Not thread-safe: the live segmentation's writer lock guards it. A large move has pool threads help decide it
 * and write its member blocks ({@link #decideTouched}); they read and write the move's data only within that call,
 * which the lock holder makes.
 *
 * @param <T> the customer type
 */
final class LiveClock<T> {
    static final int BATCH = 256;
    /**
     * The touched customers per helper thread of a move, and half the fewest for which a move has one: a helper costs
     * its wake-up, tens of microseconds to milliseconds, against about 70 ns per touched customer decided.
     */
    static final int HELPER_SHARE = 8_192;
    /** The most threads that decide one move, whatever the pool's parallelism. */
    private static final int MAX_WORKERS = 8;

    private final CustomerSchema<T> schema;
    private final SlotRecords records;
    private final List<RelativeDateIndex<T>> indexes = new ArrayList<>();
    /** Where each slot is filed in every index, side by side. */
    private final SlotFilings filings = new SlotFilings();
    private final TouchedSlots touched = new TouchedSlots();
    /** The touched slots of the current move, ascending. */
    private int[] touchedInOrder = new int[0];
    /** The threads' shares of a move, the moving thread's first; made for each plan. */
    private final List<MoveWorker<T>> workers = new ArrayList<>();
    /** The touched customers per helper; a move with fewer than twice as many has none. */
    private int helperShare = HELPER_SHARE;
    /** The most threads that decide a move: one per thread of the common pool, and the moving thread. */
    private int workerCount = Math.min(MAX_WORKERS, ForkJoinPool.getCommonPoolParallelism() + 1);
    /** Per stretch of the current move: the worker that decided it, and its count of kept events after it. */
    private int[] stretchWorker = new int[0];
    private int[] stretchEnd = new int[0];
    /** The helpers called for the move under way, until it ends; null when none. */
    private HelperCrew crew;
    private ClockMemo<T> memo;
    /** Per index, its attribute's position among the memo's {@link ClockMemo#relativeAttributes}, or -1. */
    private int[] memoAttribute = new int[0];
    private long lastMoveTouched;

    LiveClock(CustomerSchema<T> schema, SlotRecords records) {
        this.schema = schema;
        this.records = records;
    }

    /**
     * Indexes by day the attributes of the relative criteria of {@code segment}, one index per attribute; a new index
     * is empty until the next {@link #remember}, which the caller makes next. Indexes are never dropped with a removed
     * segment: with no segment reading its attribute, no customer is in play for it and it is left empty.
     */
    void index(Segment segment) {
        segment.criterion().accept(new CriterionVisitor.Traversal() {
            @Override
            public Void visitRelativeDate(RelativeDate relativeDate) {
                String name = relativeDate.attribute().name();
                RelativeDateIndex<T> index = indexes.stream().filter(i -> i.attribute().equals(name))
                        .findFirst().orElse(null);
                if (index == null) {
                    index = new RelativeDateIndex<>(schema.binding(name), filings);
                    indexes.add(index);
                }
                index.addCriterion(relativeDate);
                return null;
            }
        });
    }

    /**
     * Starts a memo for {@code plan} (whose segments are named {@code names}, by set), lays the slot records out for
     * its records and fills them: from the customers of {@code alive}, reading only the attributes its time-relative
     * segments use; every other slot's (deleted customers) as forgotten. Then files each customer of {@code alive}
     * under the attributes in play for it (their memberships, in the records, are current), and unfiles it from the
     * others.
     */
    void remember(SegmentPlan<T> plan, List<String> names, RoaringBitmap alive, IntFunction<T> customers,
            RowContext context) {
        memo = plan.clockMemo();
        workers.clear();
        for (int w = 0; w < workerCount; w++) {
            workers.add(new MoveWorker<>(plan, context.asOf(), names));
        }
        records.relayout(records.rowWords(), memo.isEmpty() ? 0 : memo.recordWords());
        touched.ensureCapacity(records.capacity());
        memoAttribute = new int[indexes.size()];
        for (int i = 0; i < indexes.size(); i++) {
            memoAttribute[i] = memo.relativeAttributes().indexOf(indexes.get(i).attribute());
        }
        long[] words = records.words();
        int stride = records.stride();
        int offset = records.memoOffset();
        // each record written once: read for a live customer, forgotten for the slots between them
        int next = 0;
        IntIterator each = alive.getIntIterator();
        while (each.hasNext()) {
            int slot = each.next();
            T customer = customers.apply(slot);
            long inPlay = 0;
            if (!memo.isEmpty()) {
                for (; next < slot; next++) {
                    memo.forget(words, next * stride + offset);
                }
                memo.read(words, slot * stride + offset, customer, context);
                inPlay = memo.relativeAttributesInPlay(words, slot * stride + offset, words, slot * stride, context);
            }
            file(slot, customer, inPlay);
            next = slot + 1;
        }
        if (!memo.isEmpty()) {
            for (; next < records.capacity(); next++) {
                memo.forget(words, next * stride + offset);
            }
        }
    }

    /**
     * Files the customer now in {@code slot} (which has a record), just evaluated in {@code context} with
     * memberships {@code bits}.
     */
    void put(int slot, T customer, RowContext context, long[] bits) {
        long inPlay = 0;
        if (!memo.isEmpty()) {
            int at = slot * records.stride() + records.memoOffset();
            memo.record(records.words(), at, context);
            inPlay = memo.relativeAttributesInPlay(records.words(), at, bits, 0, context);
        }
        file(slot, customer, inPlay);
    }

    /** The first word of {@code slot}'s filings, read ahead of a change to it (see {@link SlotFilings#readAhead}). */
    long readAhead(int slot) {
        return filings.readAhead(slot);
    }

    /** Files {@code slot} under the attributes of {@code inPlay}, unfiles it from the others. */
    private void file(int slot, T customer, long inPlay) {
        for (int i = 0; i < indexes.size(); i++) {
            if (memoAttribute[i] >= 0 && ClockMemo.isInPlay(inPlay, memoAttribute[i])) {
                indexes.get(i).put(slot, customer);
            } else {
                indexes.get(i).remove(slot);
            }
        }
    }

    /** Unfiles a deleted customer. */
    void remove(int slot) {
        for (RelativeDateIndex<T> index : indexes) {
            index.remove(slot);
        }
        if (!memo.isEmpty()) {
            memo.forget(records.words(), slot * records.stride() + records.memoOffset());
        }
    }

    /**
     * Collects the customers the move from {@code from} to {@code to} may change, and returns how many. When they may
     * be enough for helpers to {@linkplain #decideTouched decide} them, judged from the sizes of the days they are
     * filed under, the helpers are called first, so that their wake-up overlaps the collecting.
     */
    int touch(AsOf from, AsOf to) {
        touched.clear();
        callHelpers(from, to);
        for (RelativeDateIndex<T> index : indexes) {
            index.crossing(from, to, touched);
        }
        lastMoveTouched = touched.count();
        return touched.count();
    }

    /** Forgets the touched customers (a rescan decides them instead). */
    void forgetTouched() {
        touched.clear();
        dismissHelpers();
    }

    private void callHelpers(AsOf from, AsOf to) {
        dismissHelpers();
        if (workers.size() > 1) {
            long atMost = 0;
            for (RelativeDateIndex<T> index : indexes) {
                atMost += index.crossingAtMost(from, to);
            }
            int helpers = helpersFor(atMost);
            if (helpers > 0) {
                crew = HelperCrew.call(helpers);
            }
        }
    }

    /**
     * The helpers of the move under way, null when none: a move large enough to have them is published as it ends
     * (its caller's choice), so that the snapshot that usually follows a large move costs nothing.
     */
    HelperCrew helpers() {
        return crew;
    }

    /** Dismisses the helpers of the move under way, if any: it ended, or failed. */
    void dismissHelpers() {
        if (crew != null) {
            crew.close();
            crew = null;
        }
    }

    /** The helper threads for a move that touches {@code customers}: none below twice {@link #HELPER_SHARE}. */
    private int helpersFor(long customers) {
        return (int) Math.max(0, Math.min(workers.size() - 1, customers / helperShare - 1));
    }

    /**
     * Decides again the time-relative segments of the touched customers, whose memberships in their records are those
     * as of {@code from}, as of {@code to}: writes the changed ones' new memberships into their records and their bits
     * into {@code members}' blocks, counts them, appends their events to {@code events} in ascending slots (each
     * customer's in segment order) and returns how many it appended. A touched slot whose relative criteria answer as
     * before (a bound that no longer changes any answer, an index a removed segment left behind) is dropped by the
     * memo, from the record that deciding it reads anyway, before its memberships are read.
     *
     * <p>The touched slots are decided in ascending stretches of {@link #BATCH}; a move that may touch at least twice
     * {@link #HELPER_SHARE} customers (by the sizes of its days) has threads of the common fork-join pool help (one on
     * a two-core machine), called by {@link #touch}, each with a {@link MoveWorker} of its own ({@link HelperCrew});
     * the stretches' events are then appended in order, on this thread, and the same threads flip the member blocks.
     * The helpers stay, {@linkplain #helpers telling the caller} the move was large, until they are {@linkplain
     * #dismissHelpers dismissed}.
     */
    int decideTouched(AsOf from, AsOf to, MemberBlocks members, EventBatch events) {
        int count = touched.count();
        if (touchedInOrder.length < count) {
            touchedInOrder = new int[count];
        }
        int drained = touched.drainTo(touchedInOrder);
        if (drained == 0) {
            return 0;
        }
        int stretch = Math.min(BATCH, helperShare);
        int stretches = (drained + stretch - 1) / stretch;
        if (stretchWorker.length < stretches) {
            stretchWorker = new int[stretches];
            stretchEnd = new int[stretches];
        }
        // about one event per touched customer, shared among the workers (a worker that decides more grows)
        int expectedEvents = workers.size() == 1 ? drained : drained / workers.size() + stretch;
        workers.forEach(worker -> worker.clear(expectedEvents));
        // the helpers called when the slots were collected: their days' sizes count every slot, so a move that
        // needs helpers has them by now (helpersFor(drained) is then 0); a move without helpers runs its loops on
        // this thread, with a crew of none that is not kept (a kept crew tells the caller to publish at once)
        if (crew == null && helpersFor(drained) > 0) {
            crew = HelperCrew.call(helpersFor(drained));
        }
        HelperCrew moveCrew = crew != null ? crew : HelperCrew.call(0);
        moveCrew.run(stretches, (worker, s) -> {
            MoveWorker<T> decider = workers.get(worker);
            decider.decide(records, members, touchedInOrder, s * stretch, Math.min(drained, (s + 1) * stretch), from,
                    to);
            stretchWorker[s] = worker;
            stretchEnd[s] = decider.eventCount();
        });
        // each worker's stretches, in ascending order, follow one another in its events
        int[] kept = new int[workers.size()];
        int made = 0;
        for (int s = 0; s < stretches; s++) {
            int worker = stretchWorker[s];
            workers.get(worker).appendEvents(events, kept[worker], stretchEnd[s]);
            made += stretchEnd[s] - kept[worker];
            kept[worker] = stretchEnd[s];
        }
        long[][] flipped = new long[workers.size()][];
        int[] flippedCounts = new int[workers.size()];
        int[][] flips = new int[workers.size()][];
        int[][] countChanges = new int[workers.size()][];
        for (int w = 0; w < workers.size(); w++) {
            flipped[w] = workers.get(w).flipped();
            flippedCounts[w] = workers.get(w).eventCount();
            flips[w] = workers.get(w).flips();
            countChanges[w] = workers.get(w).countChanges();
        }
        members.flipMoved(moveCrew, touchedInOrder[drained - 1], flipped, flippedCounts, flips, countChanges);
        return made;
    }

    /**
     * Has helpers decide the moves from the next {@link #remember} on that may touch at least twice {@code share}
     * customers, at most {@code workers − 1} of them (tests split small moves among more threads than there are).
     */
    void splitMoves(int share, int workers) {
        this.helperShare = share;
        this.workerCount = workers;
    }

    /** How many customers the last move touched (for tests). */
    long lastMoveTouched() {
        return lastMoveTouched;
    }
}
