package io.github.segmentkit.live;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.attribute.DateAttribute;
import io.github.segmentkit.api.criteria.RelativeDate;
import io.github.segmentkit.api.schema.AttributeBinding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.TreeSet;

/**
 * The live customers of one date or timestamp attribute that relative criteria use, bucketed by day: dates by
 * their epoch day, timestamps by their UTC day. When the as-of time moves, a relative criterion
 * ({@code value} against {@code asOf − N days} and against {@code asOf}) can change only for values between the old
 * and the new position of one of its bounds; {@link #crossing} returns the customers of the days that span those
 * ranges, so a clock move touches those customers only, never the whole population. Customers without a value are
 * not indexed: their criteria stay unknown at every as-of time.
 *
 * <p>Each slot's day and its position in that day's bucket are kept side by side in {@link SlotFilings} (with those
 * of the other indexes: one cache line), and a day's bucket is an array of slots: a change of one customer costs a
 * read and a write there, a note of the entry it leaves and an append (no search within a bucket, no shifting of a
 * sorted set, no read of the previous customer object). The noted entries are marked gone in batches of up to
 * {@value #PENDING_DEPARTURES}, when the list is full or before anything reads the buckets: marking one at once meant
 * looking up the day it left and waiting for a cache miss on its entry (a bucket is compacted once marks are more than
 * half of it). A day's bucket, once created, stays (emptied when its customers leave): one per distinct day ever filed.
 *
 * <p>Not thread-safe: the live segmentation's writer lock guards it.
 */
final class RelativeDateIndex<T> {
    private static final long SECONDS_PER_DAY = 86_400L;
    private static final long NONE = SlotFilings.NONE;
    /** The most departures {@link #remove} notes before marking their entries gone. */
    static final int PENDING_DEPARTURES = 1_024;

    private final AttributeBinding<T> binding;
    private final boolean dates;
    /**
     * The N of every bound {@code value ≥ asOf − N} or {@code value < asOf − N}: when the as-of time moves from
     * {@code from} to {@code to}, their answer changes for values in {@code [from − N, to − N)} only.
     */
    private final TreeSet<Long> closedBounds = new TreeSet<>();
    /**
     * The N of every bound {@code value > asOf − N} or {@code value ≤ asOf − N} (the as-of bound of
     * {@code withinDays} is N = 0): their answer changes for values in {@code (from − N, to − N]} only.
     */
    private final TreeSet<Long> openBounds = new TreeSet<>();
    private final DayBuckets slotsByDay = new DayBuckets();
    /** Where each slot is filed, in this index and the others of the live segmentation (one cache line). */
    private final SlotFilings filings;
    /** This index's number in {@link #filings}. */
    private final int number;
    private long lastDay;
    private DayBucket lastBucket;
    /** The day and the position in its bucket of each entry noted by {@link #remove}, not yet marked gone. */
    private final long[] departedDays = new long[PENDING_DEPARTURES];
    private final int[] departedPositions = new int[PENDING_DEPARTURES];
    private int pendingDepartures;

    /** An index whose slots' filings are its own. */
    RelativeDateIndex(AttributeBinding<T> binding) {
        this(binding, new SlotFilings());
    }

    /** An index whose slots' filings are kept in {@code filings}, beside those of the other indexes there. */
    RelativeDateIndex(AttributeBinding<T> binding, SlotFilings filings) {
        this.binding = binding;
        this.dates = binding.attribute() instanceof DateAttribute;
        this.filings = filings;
        this.number = filings.addIndex();
    }

    /** Indexes the bounds of {@code criterion}, as the row evaluation tests them. */
    void addCriterion(RelativeDate criterion) {
        switch (criterion.operator()) {
            case WITHIN_LAST_DAYS -> {
                closedBounds.add(criterion.days());
                openBounds.add(0L);
            }
            case BEFORE_DAYS_AGO -> closedBounds.add(criterion.days());
            case AFTER_DAYS_AGO -> openBounds.add(criterion.days());
        }
    }

    String attribute() {
        return binding.attribute().name();
    }

    /** Files {@code slot} under the day of {@code customer}'s value, or unfiles it when there is none. */
    void put(int slot, T customer) {
        long day = dayOf(customer);
        if (day == filings.day(slot, number)) {
            return;
        }
        remove(slot);
        if (day != NONE) {
            filings.file(slot, number, day, bucket(day).add(slot));
        }
    }

    /** Unfiles {@code slot} (a deleted customer): it leaves its day's bucket. */
    void remove(int slot) {
        if (pendingDepartures == PENDING_DEPARTURES) {
            // before the slot's position is read: marking may compact its bucket and move its entry
            markDepartures();
        }
        long day = filings.day(slot, number);
        if (day != NONE) {
            departedDays[pendingDepartures] = day;
            departedPositions[pendingDepartures++] = filings.position(slot, number);
            filings.unfile(slot, number);
        }
    }

    /**
     * Marks the entries {@link #remove} noted as gone, then compacts the buckets where gone entries became the
     * majority. No bucket is compacted while entries are noted: their positions hold until they are marked.
     */
    private void markDepartures() {
        int count = pendingDepartures;
        pendingDepartures = 0;
        for (int i = 0; i < count; i++) {
            filed(departedDays[i]).kill(departedPositions[i]);
        }
        for (int i = 0; i < count; i++) {
            DayBucket bucket = filed(departedDays[i]);
            if (bucket.crowdedWithDead()) {
                bucket.compact((moved, at) -> filings.moved(moved, number, at));
            }
        }
    }

    /** The bucket of a day some slot is filed under: it exists. */
    private DayBucket filed(long day) {
        return day == lastDay && lastBucket != null ? lastBucket : slotsByDay.get(day);
    }

    /** The bucket of {@code day}, created if needed; changes tend to file many customers under the same day. */
    private DayBucket bucket(long day) {
        if (day != lastDay || lastBucket == null) {
            lastBucket = slotsByDay.getOrCreate(day);
            lastDay = day;
        }
        return lastBucket;
    }

    /** The bytes of the buckets' arrays (not of the slots' filings, shared with the other indexes). */
    long memoryBytes() {
        markDepartures();
        return slotsByDay.memoryBytes();
    }

    /**
     * Adds to {@code into} every customer whose value may compare differently with a bound of a relative criterion
     * at {@code to} than at {@code from} ({@code from} not after {@code to}): for each bound, the values the bound
     * passed over (half-open: a one-day move of a date bound passes over one day, not two), widened to whole days.
     */
    void crossing(AsOf from, AsOf to, TouchedSlots into) {
        crossingDays(from, to, (day, bucket) -> bucket.addTo(into));
    }

    /**
     * At least as many as the customers {@link #crossing} adds, counted from the sizes of their days' buckets, without
     * reading the buckets: a slot under two crossing days, or gone from a bucket not yet compacted, counts as many
     * times as it is there.
     */
    long crossingAtMost(AsOf from, AsOf to) {
        long[] entries = new long[1];
        crossingDays(from, to, (day, bucket) -> entries[0] += bucket.size());
        return entries[0];
    }

    /** Visits the bucket of every day that {@link #crossing} adds, once per bound that passes over it. */
    private void crossingDays(AsOf from, AsOf to, DayBuckets.Visitor into) {
        markDepartures();
        for (long days : closedBounds) {
            if (dates) {
                // [from − N, to − N): the days from − N to to − N − 1
                long low = minus(from.date().toEpochDay(), days);
                long high = minus(to.date().toEpochDay(), days);
                addDays(low, high - 1, low < high, into);
            } else {
                long lowSecond = minus(from.instant().getEpochSecond(), span(days));
                long highSecond = minus(to.instant().getEpochSecond(), span(days));
                int highNano = to.instant().getNano();
                // the last value before the high bound is one nanosecond earlier: the previous day at midnight
                long highDay = Math.floorDiv(highNano > 0 ? highSecond : highSecond - 1, SECONDS_PER_DAY);
                addDays(Math.floorDiv(lowSecond, SECONDS_PER_DAY), highDay,
                        earlier(lowSecond, from.instant().getNano(), highSecond, highNano), into);
            }
        }
        for (long days : openBounds) {
            if (dates) {
                // (from − N, to − N]: the days from − N + 1 to to − N
                long low = minus(from.date().toEpochDay(), days);
                long high = minus(to.date().toEpochDay(), days);
                addDays(low + 1, high, low < high, into);
            } else {
                long lowSecond = minus(from.instant().getEpochSecond(), span(days));
                long highSecond = minus(to.instant().getEpochSecond(), span(days));
                addDays(Math.floorDiv(lowSecond, SECONDS_PER_DAY), Math.floorDiv(highSecond, SECONDS_PER_DAY),
                        earlier(lowSecond, from.instant().getNano(), highSecond, to.instant().getNano()), into);
            }
        }
    }

    private void addDays(long low, long high, boolean any, DayBuckets.Visitor into) {
        if (any) {
            slotsByDay.forEachIn(low, high, into);
        }
    }

    /** Whether (second, nano) {@code a} is strictly before {@code b}: the bound moved, so some values may cross. */
    private static boolean earlier(long aSecond, int aNano, long bSecond, int bNano) {
        return aSecond < bSecond || (aSecond == bSecond && aNano < bNano);
    }

    private static long span(long days) {
        return days > Long.MAX_VALUE / SECONDS_PER_DAY ? Long.MAX_VALUE : days * SECONDS_PER_DAY;
    }

    /** {@code a − b} for {@code b ≥ 0}, saturating at {@link Long#MIN_VALUE} instead of wrapping. */
    private static long minus(long a, long b) {
        long difference = a - b;
        return difference > a ? Long.MIN_VALUE : difference;
    }

    private long dayOf(T customer) {
        Object value = binding.read(customer);
        if (value == null) {
            return NONE;
        }
        return dates ? ((LocalDate) value).toEpochDay() : Math.floorDiv(((Instant) value).getEpochSecond(),
                SECONDS_PER_DAY);
    }
}
